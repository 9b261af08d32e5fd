package org.linkagemapper.system;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Wires the database: the embedded Neo4j (unless {@code NEO4J_URI} points elsewhere), the one
 * driver every query goes through, and the schema migrations applied before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkageProperties.class)
class Neo4jConfig {

  private static final Logger log = LoggerFactory.getLogger(Neo4jConfig.class);

  static final String MIGRATIONS_LOCATION = "classpath:cypher/migrations";

  private static final Pattern MIGRATION_FILE = Pattern.compile("/V(\\w+?)__[^/]*\\.cypher$");

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${linkage.neo4j.uri:}'.isBlank()")
  EmbeddedNeo4j embeddedNeo4j(
      LinkageProperties properties,
      Environment environment,
      ObjectProvider<EmbeddedNeo4jEarlyStart> early) {
    EmbeddedNeo4jEarlyStart startedEarly = early.getIfAvailable();
    return startedEarly != null
        ? startedEarly.await()
        : EmbeddedNeo4j.start(properties.embedded(), EmbeddedNeo4j.appBaseUrl(environment));
  }

  /**
   * Our own driver rather than Boot's, because it must point at the embedded database when there is
   * one, and taking that bean as a parameter guarantees Bolt is up before the first query.
   */
  @Bean(destroyMethod = "close")
  Driver neo4jDriver(LinkageProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
    Config config = Config.builder().withUserAgent("linkage-mapper").build();
    LinkageProperties.Neo4j external = properties.neo4j();
    if (external.external()) {
      AuthToken auth =
          external.password() == null || external.password().isBlank()
              ? AuthTokens.none()
              : AuthTokens.basic(external.username(), external.password());
      log.info("Using the Neo4j at {} (NEO4J_URI); no embedded database started", external.uri());
      return GraphDatabase.driver(external.uri(), auth, config);
    }
    EmbeddedNeo4j db = embedded.getObject();
    AuthToken auth =
        db.authEnabled()
            ? AuthTokens.basic("neo4j", properties.embedded().password())
            : AuthTokens.none();
    return GraphDatabase.driver(db.boltUri(), auth, config);
  }

  /** Spring Data Neo4j queries the database NEO4J_DATABASE names, or the server's default. */
  @Bean
  DatabaseSelectionProvider databaseSelectionProvider(LinkageProperties properties) {
    String database = blankToNull(properties.neo4j().database());
    return database == null
        ? DatabaseSelectionProvider.getDefaultSelectionProvider()
        : DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(database);
  }

  /** neo4j-migrations' Boot auto-configuration is skipped on Boot 4, so it is wired here. */
  @Bean
  Migrations migrations(Driver driver, LinkageProperties properties) {
    MigrationsConfig config =
        MigrationsConfig.builder()
            .withLocationsToScan(MIGRATIONS_LOCATION)
            .withDatabase(blankToNull(properties.neo4j().database()))
            .withAutocrlf(true)
            // ClassGraph (the default scanner) walks every nested jar of the packaged app: ~10 s.
            .withResourceScanner(Neo4jConfig::scanCypherFiles)
            .build();
    return new Migrations(config, driver);
  }

  /**
   * Applies pending migrations at start-up; beans that query the graph depend on this one. When the
   * database already holds every migration file with its checksum (every start but the first), one
   * query says so and the library is not run: its lock, constraint and chain queries each pay a
   * cold Cypher plan and together took 10 s of every start. Anything else (a pending file, an
   * edited one) goes through the library, which applies or refuses as before.
   */
  @Bean
  SchemaReady schemaReady(Migrations migrations, Driver driver, LinkageProperties properties) {
    Map<String, String> local = localMigrations();
    if (!local.isEmpty()
        && local.equals(appliedMigrations(driver, properties.neo4j().database()))) {
      String version = local.keySet().stream().max(String::compareTo).orElseThrow();
      log.info("Schema up to date at version {}, no migration pending", version);
      return new SchemaReady(version);
    }
    String version = migrations.apply().map(v -> v.getValue()).orElse("none");
    log.info("Schema migrations applied, database at version {}", version);
    return new SchemaReady(version);
  }

  /** Version to checksum of each migration file, computed the way neo4j-migrations does. */
  static Map<String, String> localMigrations() {
    Map<String, String> versions = new TreeMap<>();
    for (URL url : scanCypherFiles(List.of(MIGRATIONS_LOCATION.substring("classpath:".length())))) {
      Matcher name = MIGRATION_FILE.matcher(url.getPath());
      if (name.find()) {
        versions.put(name.group(1), CypherResource.of(url, true).getChecksum());
      }
    }
    return versions;
  }

  /** Version to checksum of each migration the database records as applied. */
  static Map<String, String> appliedMigrations(Driver driver, String database) {
    try (Session session = driver.session(LinkageProperties.Neo4j.sessionConfig(database))) {
      Map<String, String> versions = new TreeMap<>();
      session
          .run(
              """
              MATCH (m:__Neo4jMigration)
              WHERE m.migrationTarget IS NULL AND m.version <> 'BASELINE'
              RETURN m.version AS version, m.checksum AS checksum""")
          .forEachRemaining(
              r -> versions.put(r.get("version").asString(), r.get("checksum").asString(null)));
      return versions;
    }
  }

  private static List<URL> scanCypherFiles(List<String> paths) {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(Neo4jConfig.class.getClassLoader());
    List<URL> urls = new ArrayList<>();
    try {
      for (String path : paths) {
        for (Resource resource : resolver.getResources("classpath*:" + path + "/*.cypher")) {
          urls.add(resource.getURL());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return urls;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
