package org.linkagemapper.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/** In-process Neo4j servers for tests: a real database reached over Bolt, never a mock. */
public final class TestNeo4j {

  private static Neo4j shared;

  private TestNeo4j() {}

  /** A fresh, empty database of its own; close it when done. */
  public static Neo4j start() {
    return builder().build();
  }

  /** The builder {@link #start()} uses, for a test that needs a setting of its own on top. */
  public static Neo4jBuilder builder() {
    return Neo4jBuilders.newInProcessBuilder()
        .withDisabledServer()
        // Netty 4.2 (Spring Boot 4) cannot bind Neo4j's in-JVM channel.
        .withConfig(BoltConnectorInternalSettings.enable_local_connector, false);
  }

  /**
   * One database for the whole test run, holding the curated seed once the first Spring context has
   * started against it. Tests that use it must leave it as they found it.
   */
  public static synchronized Neo4j shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  public static Driver driver(Neo4j neo4j) {
    return GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
  }

  /**
   * Everything the database holds, as sorted text: two equal fingerprints mean the graph did not
   * change (labels, properties and relationships alike).
   */
  public static String fingerprint(Driver driver) {
    try (var session = driver.session()) {
      List<String> lines = new ArrayList<>();
      session
          .run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
          .forEachRemaining(
              r ->
                  lines.add(
                      "N "
                          + r.get("l").asList().stream().sorted().toList()
                          + " "
                          + new TreeMap<>(r.get("p").asMap())));
      session
          .run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
          .forEachRemaining(
              r ->
                  lines.add(
                      "R "
                          + r.get("a").asString(null)
                          + " "
                          + r.get("t").asString()
                          + " "
                          + r.get("b").asString(null)
                          + " "
                          + new TreeMap<>(r.get("p").asMap())));
      lines.sort(null);
      return String.join("\n", lines);
    }
  }

  public static Map<String, Long> countsByLabel(Driver driver) {
    try (var session = driver.session()) {
      Map<String, Long> counts = new TreeMap<>();
      session
          .run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")
          .forEachRemaining(r -> counts.put(r.get("l").asString(), r.get("c").asLong()));
      session
          .run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
          .forEachRemaining(r -> counts.put("-" + r.get("t").asString(), r.get("c").asLong()));
      return counts;
    }
  }
}
