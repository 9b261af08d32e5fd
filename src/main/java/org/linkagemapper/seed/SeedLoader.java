package org.linkagemapper.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.system.LinkageProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a checked {@link SeedGraph} in one transaction: nodes merged on {@code id}, relationships
 * merged on their {@code key}, and seed facts no longer in the files removed. A second load of the
 * same files changes nothing; a failure leaves the database as it was.
 */
public final class SeedLoader {

  /** What the graph holds after a load, by label and by relationship type. */
  public record Report(
      Map<String, Long> nodesByLabel,
      Map<String, Long> relationshipsByType,
      int nodesInSeed,
      int relationshipsInSeed) {
    Report withWritten(SeedGraph graph) {
      return new Report(
          nodesByLabel, relationshipsByType, graph.nodes().size(), graph.relationships().size());
    }
  }

  static final String ORIGIN = "seed";

  private static final String ALL_LABELS =
      String.join(":", java.util.Arrays.stream(NodeLabel.values()).map(NodeLabel::cypher).toList());

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public SeedLoader(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = LinkageProperties.Neo4j.sessionConfig(database);
  }

  /** Reads, checks and writes the seed files at {@code files}. */
  public Report load(SeedFiles files) {
    return load(files, SeedFiles.Check.STRUCTURE);
  }

  /** Reads, checks as far as {@code check} says, and writes the seed files at {@code files}. */
  public Report load(SeedFiles files, SeedFiles.Check check) {
    return write(files.parse(check));
  }

  Report write(SeedGraph graph) {
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> writeAll(tx, graph));
      return session.executeRead(SeedLoader::report).withWritten(graph);
    }
  }

  private static void writeAll(TransactionContext tx, SeedGraph graph) {
    List<String> ids = graph.nodes().stream().map(SeedGraph.Node::id).toList();
    List<String> keys = graph.relationships().stream().map(SeedGraph.Relationship::key).toList();
    // Seed facts that were removed from the files go first, so a moved id can be re-created.
    tx.run(
            """
            MATCH ()-[r]->() WHERE r.origin = $origin AND NOT r.key IN $keys
            DELETE r""",
            Map.of("origin", ORIGIN, "keys", keys))
        .consume();
    tx.run(
            """
            MATCH (n:Entity) WHERE n.origin = $origin AND NOT n.id IN $ids
            DETACH DELETE n""",
            Map.of("origin", ORIGIN, "ids", ids))
        .consume();
    Map<String, List<Map<String, Object>>> nodesByLabels = new LinkedHashMap<>();
    for (SeedGraph.Node node : graph.nodes()) {
      Map<String, Object> props = new TreeMap<>(node.properties());
      props.put("origin", ORIGIN);
      nodesByLabels
          .computeIfAbsent(String.join(":", node.labels()), k -> new ArrayList<>())
          .add(Map.of("id", node.id(), "props", props));
    }
    nodesByLabels.forEach(
        (labels, rows) -> {
          checkLabels(labels);
          // Labels cannot be parameters; they come from NodeLabel, never from input.
          tx.run(
                  """
                  UNWIND $rows AS row
                  MERGE (n:Entity {id: row.id})
                  SET n = row.props
                  REMOVE n:%s
                  SET n:%s"""
                      .formatted(ALL_LABELS, labels),
                  Map.of("rows", rows))
              .consume();
        });
    Map<RelType, List<Map<String, Object>>> relsByType = new LinkedHashMap<>();
    for (SeedGraph.Relationship rel : graph.relationships()) {
      Map<String, Object> props = new TreeMap<>(rel.properties());
      props.put("origin", ORIGIN);
      relsByType
          .computeIfAbsent(RelType.valueOf(rel.type()), k -> new ArrayList<>())
          .add(Map.of("from", rel.from(), "to", rel.to(), "key", rel.key(), "props", props));
    }
    relsByType.forEach(
        (type, rows) ->
            tx.run(
                    """
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    MERGE (a)-[r:%s {key: row.key}]->(b)
                    SET r = row.props"""
                        .formatted(type.name()),
                    Map.of("rows", rows))
                .consume());
  }

  private static void checkLabels(String labels) {
    for (String label : labels.split(":")) {
      if (NodeLabel.parse(label).isEmpty()) {
        throw new IllegalArgumentException("not a label of the model: " + label);
      }
    }
  }

  private static Report report(TransactionContext tx) {
    Map<String, Long> labels = new TreeMap<>();
    tx.run("MATCH (n:Entity) UNWIND labels(n) AS label RETURN label, count(*) AS n")
        .forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
    Map<String, Long> types = new TreeMap<>();
    tx.run("MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n")
        .forEachRemaining(r -> types.put(r.get("type").asString(), r.get("n").asLong()));
    return new Report(labels, types, 0, 0);
  }

  /** True when the database holds no linkage data yet. */
  public boolean isEmpty() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx ->
              tx.run("MATCH (n:Entity) RETURN count(n) = 0 AS empty")
                  .single()
                  .get("empty")
                  .asBoolean());
    }
  }
}
