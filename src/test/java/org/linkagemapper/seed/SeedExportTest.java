package org.linkagemapper.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/**
 * The graph written back as seed files loads to the very same graph, and exports to the same bytes.
 */
class SeedExportTest {

  private static Neo4j neo4j;
  private static Driver driver;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    neo4j = TestNeo4j.start();
    driver = TestNeo4j.driver(neo4j);
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  @BeforeEach
  void emptyDatabase() {
    try (var session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private Map<String, String> export() {
    try (var session = driver.session()) {
      return session.executeRead(tx -> SeedExport.yaml(SeedExport.read(tx)));
    }
  }

  private Path write(Map<String, String> files, String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    for (var file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
    return folder;
  }

  private void emptyAndLoad(Path folder) {
    emptyDatabase();
    new SeedLoader(driver, null).load(SeedFiles.resolve(folder.toString()));
  }

  @Test
  void curatedSeedExportsLoadsAndExportsToIdenticalBytesAndTheSameGraph() throws IOException {
    new SeedLoader(driver, null).load(SeedFiles.resolve("seed-data"));
    String loadedFromCuratedFiles = TestNeo4j.fingerprint(driver);
    Map<String, String> first = export();

    emptyAndLoad(write(first, "first"));
    Map<String, String> second = export();

    assertThat(second).isEqualTo(first);
    assertThat(TestNeo4j.fingerprint(driver)).isEqualTo(loadedFromCuratedFiles);
    assertThat(first.get("mechanisms.yaml"))
        .contains("- id: telmin\n  name: \"ASEAN Telecommunications and IT Ministers Meeting\"\n");
  }

  @Test
  void conflictsMemberStatesScenariosAndAwkwardTextSurviveTheRoundTrip() throws IOException {
    new SeedLoader(driver, null)
        .load(SeedFiles.resolve("src/test/resources/seed-fixtures/minimal"));
    try (var session = driver.session()) {
      session
          .run(
              "MATCH (n:Entity {id: 'arf'}) SET n.description = $text, n.aliases = []",
              Map.of(
                  "text",
                  "quotes \" and \\ backslash,\ta tab,\nnew line, 'single', # hash, : colon, é, \u2028, emoji \uD83D\uDE00, null"))
          .consume();
    }
    String before = TestNeo4j.fingerprint(driver);
    Map<String, String> first = export();

    emptyAndLoad(write(first, "first"));

    assertThat(TestNeo4j.fingerprint(driver)).isEqualTo(before);
    assertThat(export()).isEqualTo(first);
    assertThat(first.get("partners.yaml")).contains("memberState: true");
    assertThat(first.get("mechanisms.yaml"))
        .contains("conflicts:\n    - field: established\n      value: \"2006\"");
    assertThat(first.get("scenarios.yaml"))
        .contains("affectedState: singapore", "roles: [information-sharing]");
  }
}
