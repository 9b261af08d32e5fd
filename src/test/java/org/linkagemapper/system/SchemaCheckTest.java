package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import ac.simons.neo4j.migrations.core.Migrations;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/**
 * The start-up shortcut past neo4j-migrations: taken only when the database records every migration
 * file with the checksum the library computes; a pending or edited file runs the library.
 */
class SchemaCheckTest {

  private static final LinkageProperties PROPERTIES =
      new LinkageProperties(
          new LinkageProperties.Neo4j("bolt://ignored", "neo4j", "", ""),
          new LinkageProperties.Embedded(Path.of("data"), "127.0.0.1", 0, "", false),
          null,
          new LinkageProperties.Query(Duration.ofSeconds(5)),
          null);

  @Test
  void aFreshDatabaseGetsEveryMigrationAndAfterwardsTheCheckAloneAnswers() {
    try (Neo4j neo4j = TestNeo4j.start();
        Driver driver = TestNeo4j.driver(neo4j)) {
      Neo4jConfig config = new Neo4jConfig();
      Migrations migrations = config.migrations(driver, PROPERTIES);
      assertThat(Neo4jConfig.appliedMigrations(driver, null)).isEmpty();

      SchemaReady first = config.schemaReady(migrations, driver, PROPERTIES);

      assertThat(Neo4jConfig.localMigrations())
          .hasSizeGreaterThanOrEqualTo(4)
          .containsKey(first.version());
      assertThat(Neo4jConfig.appliedMigrations(driver, null))
          .isEqualTo(Neo4jConfig.localMigrations());
      // The library's own view agrees: every local migration applied, with the same checksums.
      assertThat(migrations.info().getElements())
          .allSatisfy(
              e ->
                  assertThat(e.getChecksum())
                      .contains(Neo4jConfig.localMigrations().get(e.getVersion())));
      assertThat(config.schemaReady(migrations, driver, PROPERTIES).version())
          .isEqualTo(first.version());
    }
  }

  @Test
  void aMissingOrEditedMigrationIsNotTakenAsUpToDate() {
    try (Neo4j neo4j = TestNeo4j.start();
        Driver driver = TestNeo4j.driver(neo4j)) {
      Neo4jConfig config = new Neo4jConfig();
      config.schemaReady(config.migrations(driver, PROPERTIES), driver, PROPERTIES);
      String latest =
          Neo4jConfig.localMigrations().keySet().stream().max(String::compareTo).orElseThrow();

      try (var session = driver.session()) {
        session
            .run(
                "MATCH (m:__Neo4jMigration {version: $v}) SET m.checksum = 'edited'",
                java.util.Map.of("v", latest))
            .consume();
      }
      assertThat(Neo4jConfig.appliedMigrations(driver, null))
          .isNotEqualTo(Neo4jConfig.localMigrations());

      try (var session = driver.session()) {
        session
            .run(
                "MATCH (m:__Neo4jMigration {version: $v}) DETACH DELETE m",
                java.util.Map.of("v", latest))
            .consume();
      }
      assertThat(Neo4jConfig.appliedMigrations(driver, null)).doesNotContainKey(latest);
      // The library then applies the pending one again.
      assertThat(
              config
                  .schemaReady(config.migrations(driver, PROPERTIES), driver, PROPERTIES)
                  .version())
          .isEqualTo(latest);
      assertThat(Neo4jConfig.appliedMigrations(driver, null))
          .isEqualTo(Neo4jConfig.localMigrations());
    }
  }
}
