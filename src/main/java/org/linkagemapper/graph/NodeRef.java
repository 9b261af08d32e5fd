package org.linkagemapper.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** A node as answers name it: enough to print a label and link to its detail. */
public record NodeRef(String id, String name, String acronym, List<String> labels) {

  /** Cypher map projection producing what {@link #of(Value)} reads. */
  public static String project(String n) {
    return "%1$s {.id, .name, .acronym, labels: [l IN labels(%1$s) WHERE l <> 'Entity']}"
        .formatted(n);
  }

  public static NodeRef of(Value v) {
    return new NodeRef(
        v.get("id").asString(null),
        v.get("name").asString(null),
        v.get("acronym").asString(null),
        v.get("labels").asList(Value::asString));
  }

  public static NodeRef of(Map<String, Object> m) {
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) m.get("labels");
    return new NodeRef(
        (String) m.get("id"), (String) m.get("name"), (String) m.get("acronym"), labels);
  }

  /** The short label for diagrams and lists: the acronym where there is one. */
  public String shortName() {
    return acronym != null ? acronym : name;
  }
}
