package org.linkagemapper.linkage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.system.GraphReads;
import org.springframework.stereotype.Component;

/**
 * The relationship types, link kinds, phases and roles the graph holds: what a request may name.
 * Read from the graph and kept for a few seconds, so validation does not cost a round trip per
 * request (the benchmark compares the REST answer with the raw query).
 */
@Component
class GraphVocabulary {

  record Values(
      List<String> types,
      List<String> kinds,
      List<String> phases,
      List<String> roles,
      long readAt) {}

  private static final Duration TTL = Duration.ofSeconds(10);

  private final GraphReads reads;
  private volatile Values cached;

  GraphVocabulary(GraphReads reads) {
    this.reads = reads;
  }

  Values current() {
    Values v = cached;
    if (v == null || System.nanoTime() - v.readAt() > TTL.toNanos()) {
      v = read();
      cached = v;
    }
    return v;
  }

  private Values read() {
    return reads.read(
        """
        CALL db.relationshipTypes() YIELD relationshipType
        WITH collect(relationshipType) AS types
        CALL () { MATCH ()-[r:LINKS_TO]->() WHERE r.kind IS NOT NULL RETURN collect(DISTINCT r.kind) AS kinds }
        CALL () { MATCH (role:ResponseRole) RETURN collect(DISTINCT role.phase) AS phases, collect(role.id) AS roles }
        RETURN types, kinds, phases, roles""",
        Map.of(),
        result -> {
          var r = result.single();
          Set<String> linkage = new TreeSet<>();
          for (String t : r.get("types").asList(v -> v.asString())) {
            // Only types of the model, and only those that join actors, pillars, roles and areas.
            RelType.parse(t).filter(RelType.linkage()::contains).ifPresent(x -> linkage.add(t));
          }
          return new Values(
              List.copyOf(linkage),
              sorted(r.get("kinds").asList(v -> v.asString())),
              sorted(r.get("phases").asList(v -> v.asString())),
              sorted(r.get("roles").asList(v -> v.asString())),
              System.nanoTime());
        });
  }

  private static List<String> sorted(List<String> values) {
    return List.copyOf(new TreeSet<>(values));
  }
}
