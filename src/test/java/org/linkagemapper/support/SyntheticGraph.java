package org.linkagemapper.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;

/**
 * A large linkage graph generated reproducibly from a seed, for the benchmark and for tests that
 * need queries heavy enough to matter: mechanisms and partners under the real pillars, linked by
 * the model's relationship types with years and sources, so every query runs on it unchanged.
 */
public final class SyntheticGraph {

  private static final String[] PILLARS = {"apsc", "aec", "ascc", "cross-pillar", "external"};
  private static final String[] TYPES = {
    "LINKS_TO", "LINKS_TO", "LINKS_TO", "PART_OF", "ENGAGES", "PARTICIPATES_IN"
  };
  private static final String[] KINDS = {
    "coordinates", "shares-information", "supports", "exercises-with", "complements", "overlaps"
  };
  private static final String[] PHASES = {"prepare", "detect", "respond", "recover"};

  private SyntheticGraph() {}

  /** Ids of the generated actors are {@code m0..} (mechanisms) and {@code p0..} (partners). */
  public static String actorId(int i, int actors) {
    int partners = actors / 5;
    return i < partners ? "p" + i : "m" + (i - partners);
  }

  /**
   * Writes {@code actors} actors and {@code relationships} relationships into an empty database.
   */
  public static void generate(Driver driver, int actors, int relationships, long seed) {
    Random random = new Random(seed);
    int partners = actors / 5;
    try (var session = driver.session()) {
      session
          .run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE")
          .consume();
      session
          .run("CREATE (:Entity:Source {id: 'synthetic', title: 'Synthetic graph', year: 2026})")
          .consume();
      session
          .run(
              "UNWIND $pillars AS id CREATE (:Entity:Pillar {id: id, name: toUpper(id), source: 'synthetic', locator: 'generated'})",
              Map.of("pillars", List.of(PILLARS)))
          .consume();
      session
          .run(
              "UNWIND $phases AS phase CREATE (:Entity:ResponseRole {id: 'role-' + phase, name: phase, phase: phase, source: 'synthetic', locator: 'generated'})",
              Map.of("phases", List.of(PHASES)))
          .consume();
      List<Map<String, Object>> nodes = new ArrayList<>();
      for (int i = 0; i < actors; i++) {
        nodes.add(
            Map.of(
                "id",
                actorId(i, actors),
                "partner",
                i < partners,
                "established",
                1990 + random.nextInt(35),
                "pillar",
                PILLARS[random.nextInt(PILLARS.length)],
                "phase",
                PHASES[random.nextInt(PHASES.length)]));
      }
      for (int start = 0; start < nodes.size(); start += 2000) {
        List<Map<String, Object>> batch =
            nodes.subList(start, Math.min(nodes.size(), start + 2000));
        session.executeWriteWithoutResult(
            tx ->
                tx.run(
                        """
            UNWIND $rows AS row
            CREATE (n:Entity {id: row.id, name: 'Actor ' + row.id, established: row.established, source: 'synthetic', locator: 'generated'})
            FOREACH (_ IN CASE WHEN row.partner THEN [1] ELSE [] END | SET n:Partner)
            FOREACH (_ IN CASE WHEN row.partner THEN [] ELSE [1] END | SET n:Mechanism)
            WITH n, row
            MATCH (p:Pillar {id: row.pillar}), (role:ResponseRole {phase: row.phase})
            FOREACH (_ IN CASE WHEN row.partner THEN [] ELSE [1] END | CREATE (n)-[:UNDER_PILLAR {source: 'synthetic', locator: 'generated'}]->(p))
            CREATE (n)-[:PERFORMS {source: 'synthetic', locator: 'generated'}]->(role)""",
                        Map.of("rows", batch))
                    .consume());
      }
      List<Map<String, Object>> rels = new ArrayList<>();
      for (int i = 0; i < relationships; i++) {
        int a = random.nextInt(actors);
        int b = random.nextInt(actors);
        if (a == b) {
          b = (b + 1) % actors;
        }
        String type = TYPES[random.nextInt(TYPES.length)];
        rels.add(
            Map.of(
                "a",
                actorId(a, actors),
                "b",
                actorId(b, actors),
                "type",
                type,
                "kind",
                type.equals("LINKS_TO") ? KINDS[random.nextInt(KINDS.length)] : "",
                "since",
                2000 + random.nextInt(25)));
      }
      for (String type : new String[] {"LINKS_TO", "PART_OF", "ENGAGES", "PARTICIPATES_IN"}) {
        List<Map<String, Object>> ofType =
            rels.stream().filter(r -> r.get("type").equals(type)).toList();
        for (int from = 0; from < ofType.size(); from += 10_000) {
          List<Map<String, Object>> batch =
              ofType.subList(from, Math.min(ofType.size(), from + 10_000));
          session.executeWriteWithoutResult(
              tx ->
                  tx.run(
                          """
              UNWIND $rows AS row
              MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})
              CREATE (a)-[r:%s {since: row.since, source: 'synthetic', locator: 'generated'}]->(b)
              FOREACH (_ IN CASE WHEN row.kind <> '' THEN [1] ELSE [] END | SET r.kind = row.kind)"""
                              .formatted(type),
                          Map.of("rows", batch))
                      .consume());
        }
      }
    }
  }
}
