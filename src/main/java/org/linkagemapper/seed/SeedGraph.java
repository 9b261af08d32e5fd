package org.linkagemapper.seed;

import java.util.List;
import java.util.Map;

/** The seed files, checked and ready to write: nodes and relationships with their properties. */
public record SeedGraph(List<Node> nodes, List<Relationship> relationships) {

  /** A node; {@code labels} are the specific labels (the loader adds {@code Entity}). */
  public record Node(String id, List<String> labels, Map<String, Object> properties) {}

  /** A relationship, identified across loads by {@code key}. */
  public record Relationship(
      String key, String type, String from, String to, Map<String, Object> properties) {}
}
