package org.linkagemapper.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of the service in one place; each maps to an environment variable documented in the
 * README's configuration table.
 */
@ConfigurationProperties("linkage")
public record LinkageProperties(
    Neo4j neo4j, Embedded embedded, Seed seed, Query query, Browser browser) {

  /** An external server or cluster; when {@code uri} is blank the embedded database is used. */
  public record Neo4j(String uri, String username, String password, String database) {
    public boolean external() {
      return uri != null && !uri.isBlank();
    }

    /** Sessions on NEO4J_DATABASE, or on the server's default database when it is blank. */
    public org.neo4j.driver.SessionConfig sessionConfig() {
      return sessionConfig(database);
    }

    /** Sessions on {@code database}, or on the server's default database when it is blank. */
    public static org.neo4j.driver.SessionConfig sessionConfig(String database) {
      return database == null || database.isBlank()
          ? org.neo4j.driver.SessionConfig.defaultConfig()
          : org.neo4j.driver.SessionConfig.forDatabase(database);
    }
  }

  /**
   * The in-process database started when no external URI is given; {@code browserTelemetry} lets
   * Neo4j Browser report product usage (off unless LINKAGE_BROWSER_TELEMETRY=true).
   */
  public record Embedded(
      Path dataDir, String boltAddress, int boltPort, String password, boolean browserTelemetry) {
    public boolean authEnabled() {
      return password != null && !password.isBlank();
    }
  }

  /** Where the curated dataset lives and when it is loaded. */
  public record Seed(String location, OnStart onStart) {}

  /** Bounds on every query a request can trigger. */
  public record Query(Duration timeout) {}

  /** What Neo4j Browser is told to connect to; blank means "the Bolt this service uses". */
  public record Browser(String boltUrl) {}

  /** When to load the seed at start-up. */
  public enum OnStart {
    /** Load only into a database that holds no linkage data yet. */
    IF_EMPTY,
    /** Reload at every start (the seed files win over edits to seed facts). */
    ALWAYS,
    /** Never load at start-up. */
    NEVER
  }
}
