package org.linkagemapper.analysis;

import static org.linkagemapper.graph.Temporal.nodeExisted;
import static org.linkagemapper.graph.Temporal.relationshipHeld;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.linkagemapper.analysis.Projection.Actor;
import org.linkagemapper.analysis.Projection.Topic;
import org.linkagemapper.graph.Citation;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.system.LinkageProperties;
import org.linkagemapper.system.QueryTimeoutException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@link Projection} from Neo4j: three queries in one read transaction, so the actors,
 * the facts between them and the vocabulary come from the same snapshot.
 */
@Repository
class AnalysisRepository {

  private static final String ACTORS =
      """
      MATCH (n:Mechanism|Partner)
      WHERE %s
      RETURN n.id AS id, n.name AS name, n.acronym AS acronym,
             [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.established AS established, n.ended AS ended
      ORDER BY id"""
          .formatted(nodeExisted("n"));

  /** Facts from an actor to an actor, role or area, with the source each cites. */
  private static final String FACTS =
      """
      MATCH (a:Mechanism|Partner)-[r]->(b:Mechanism|Partner|ResponseRole|Area)
      WHERE type(r) IN $types AND %s AND %s AND %s
      OPTIONAL MATCH (src:Source {id: r.source})
      RETURN a.id AS from, type(r) AS type, r.kind AS kind, b.id AS to, r.since AS since, r.until AS until,
             %s AS source
      ORDER BY from, type, to, r.key"""
          .formatted(
              relationshipHeld("r"),
              nodeExisted("a"),
              nodeExisted("b"),
              Citation.project("r", "src"));

  private static final String TOPICS =
      """
      MATCH (n:ResponseRole|Area)
      RETURN n.id AS id, n.name AS name, n.acronym AS acronym,
             CASE WHEN n:ResponseRole THEN 'ResponseRole' ELSE 'Area' END AS label, n.phase AS phase
      ORDER BY label DESC,
               CASE n.phase WHEN 'prepare' THEN 0 WHEN 'detect' THEN 1 WHEN 'respond' THEN 2 WHEN 'recover' THEN 3 ELSE 4 END,
               id""";

  private static final String ACTOR_IDS =
      """
      MATCH (n:Mechanism|Partner) WHERE n.id IN $ids RETURN collect(n.id) AS ids""";

  private static final List<String> TYPES =
      Stream.concat(Projection.TIE_TYPES.stream(), Stream.of(RelType.PERFORMS, RelType.FOCUSES_ON))
          .map(Enum::name)
          .toList();

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Duration timeout;

  @Autowired
  AnalysisRepository(Driver driver, LinkageProperties properties) {
    this(driver, properties.neo4j().database(), properties.query().timeout());
  }

  AnalysisRepository(Driver driver, String database, Duration timeout) {
    this.driver = driver;
    this.sessionConfig = LinkageProperties.Neo4j.sessionConfig(database);
    this.timeout = timeout;
  }

  /** The graph as it stood in {@code asOf} (null: every node and fact, whatever its years). */
  Projection projection(Integer asOf) {
    Map<String, Object> params = new HashMap<>();
    params.put("asOf", asOf);
    params.put("types", TYPES);
    return read(
        tx -> {
          List<Actor> actors =
              tx.run(ACTORS, params)
                  .list(
                      r ->
                          new Actor(
                              r.get("id").asString(),
                              r.get("name").asString(null),
                              r.get("acronym").asString(null),
                              r.get("labels").asList(Value::asString),
                              integer(r.get("established")),
                              integer(r.get("ended"))));
          List<Fact> facts =
              tx.run(FACTS, params)
                  .list(
                      r ->
                          new Fact(
                              r.get("from").asString(),
                              r.get("type").asString(),
                              r.get("kind").asString(null),
                              r.get("to").asString(),
                              integer(r.get("since")),
                              integer(r.get("until")),
                              Citation.of(r.get("source"))));
          List<Topic> topics =
              tx.run(TOPICS)
                  .list(
                      r ->
                          new Topic(
                              r.get("id").asString(),
                              r.get("name").asString(null),
                              r.get("acronym").asString(null),
                              r.get("label").asString(),
                              r.get("phase").asString(null)));
          return Projection.of(asOf, actors, topics, facts);
        });
  }

  /** Which of {@code ids} name a mechanism or partner, in any year. */
  Set<String> existingActors(List<String> ids) {
    return read(
        tx ->
            Set.copyOf(
                tx.run(ACTOR_IDS, Map.of("ids", ids)).single().get("ids").asList(Value::asString)));
  }

  private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
    } catch (Neo4jException e) {
      if (QueryTimeoutException.isTimeout(e)) {
        throw QueryTimeoutException.after(timeout, e);
      }
      throw e;
    }
  }

  private static Integer integer(Value v) {
    return v == null || v.isNull() ? null : v.asInt();
  }
}
