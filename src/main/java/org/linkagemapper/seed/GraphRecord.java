package org.linkagemapper.seed;

import java.util.Map;

/**
 * A node or relationship of the graph as an entry of a seed file: {@code fields} are exactly what
 * the file would hold (in the documented order), and the rest is bookkeeping that never reaches a
 * file: the edit {@code version}, where the fact came from ({@code origin}: seed or edit) and, for
 * a relationship, its {@code key}.
 */
public record GraphRecord(
    String file, Map<String, Object> fields, long version, String origin, String key) {

  public boolean isRelationship() {
    return key != null;
  }

  /** The id of a node, or the key of a relationship. */
  public String identity() {
    return key != null ? key : (String) fields.get("id");
  }
}
