package org.linkagemapper.catalog;

import org.linkagemapper.graph.Citation;
import org.linkagemapper.graph.NodeRef;
import org.neo4j.driver.Value;

/**
 * One relationship seen from a node: its type and kind, which way it points, the node at the other
 * end, its years and its source, so a reader can cite it.
 */
public record Link(
    String type,
    String kind,
    String direction,
    NodeRef node,
    Integer since,
    Integer until,
    String note,
    Citation source,
    Boolean disputed,
    String conflictNote) {

  static Link of(Value v) {
    Value r = v.get("rel");
    return new Link(
        v.get("type").asString(),
        r.get("kind").asString(null),
        v.get("direction").asString(),
        NodeRef.of(v.get("node")),
        r.get("since").isNull() ? null : r.get("since").asInt(),
        r.get("until").isNull() ? null : r.get("until").asInt(),
        r.get("note").asString(null),
        Citation.of(v.get("source")),
        r.get("disputed").isNull() ? null : r.get("disputed").asBoolean(),
        r.get("conflictNote").asString(null));
  }
}
