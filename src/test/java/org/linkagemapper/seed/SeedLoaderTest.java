package org.linkagemapper.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/** The loader against a real Neo4j of its own: idempotent, and all or nothing. */
class SeedLoaderTest {

  private static Neo4j neo4j;
  private static Driver driver;
  private SeedLoader loader;

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
  void emptyDatabase() throws IOException {
    try (var session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    loader = new SeedLoader(driver, null);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/seed-fixtures/minimal"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private SeedFiles fixture() {
    return SeedFiles.resolve(dir.toString());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("fixture %s contains the text to change", file).contains(from);
    Files.writeString(
        path,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  @Test
  void loadsNodesWithTheirLabelsAndRelationshipsWithTheirSources() {
    SeedLoader.Report report = loader.load(fixture());

    assertThat(report.nodesByLabel())
        .containsEntry("Mechanism", 3L)
        .containsEntry("Partner", 2L)
        .containsEntry("MemberState", 1L)
        .containsEntry("Pillar", 2L)
        .containsEntry("Source", 2L)
        .containsEntry("Scenario", 1L);
    assertThat(report.relationshipsByType())
        .containsEntry("LINKS_TO", 1L)
        .containsEntry("AFFECTS", 1L)
        .containsEntry("ACTIVATES", 1L);
    try (var session = driver.session()) {
      var engages =
          session
              .run("MATCH (:Mechanism {id:'telmin'})-[r:ENGAGES]->(:Partner {id:'japan'}) RETURN r")
              .single()
              .get("r");
      assertThat(engages.get("since").asInt()).isEqualTo(2009);
      assertThat(engages.get("source").asString()).isEqualTo("paper");
      assertThat(engages.get("locator").asString()).isEqualTo("p.2");
      var certs = session.run("MATCH (m:Mechanism {id:'asean-certs'}) RETURN m").single().get("m");
      assertThat(certs.get("conflictValues").asList()).containsExactly("2006");
      assertThat(certs.get("conflictSources").asList()).containsExactly("other");
      assertThat(certs.get("disputed").asBoolean()).isTrue();
    }
  }

  @Test
  void secondLoadLeavesEveryCountAndPropertyUnchanged() {
    loader.load(fixture());
    String first = TestNeo4j.fingerprint(driver);

    loader.load(fixture());

    assertThat(TestNeo4j.fingerprint(driver)).isEqualTo(first);
  }

  @Test
  void reloadRemovesSeedFactsDeletedFromTheFilesButKeepsOthers() throws IOException {
    loader.load(fixture());
    try (var session = driver.session()) {
      session
          .run(
              "MATCH (a:Entity {id:'arf'}), (b:Entity {id:'telmin'}) CREATE (a)-[:LINKS_TO {kind:'supports', origin:'edit'}]->(b)")
          .consume();
    }
    edit(
        "relationships.yaml",
        "- from: arf\n  type: UNDER_PILLAR\n  to: apsc\n  source: paper\n  locator: \"p.1\"\n",
        "");

    loader.load(fixture());

    assertThat(TestNeo4j.countsByLabel(driver))
        .containsEntry("-UNDER_PILLAR", 1L)
        .containsEntry("-LINKS_TO", 2L);
  }

  @Test
  void unknownReferenceIsRefusedNamingFileLineAndFieldAndNothingIsWritten() throws IOException {
    loader.load(fixture());
    String before = TestNeo4j.fingerprint(driver);
    edit(
        "relationships.yaml",
        "to: asean-certs\n  kind: coordinates",
        "to: asean-cert\n  kind: coordinates");

    assertThatThrownBy(() -> loader.load(fixture()))
        .isInstanceOf(InvalidSeedException.class)
        .hasMessageContaining("relationships.yaml line 30")
        .hasMessageContaining("field 'to'")
        .hasMessageContaining("unknown id 'asean-cert'")
        .hasMessageContaining("did you mean 'asean-certs'");
    assertThat(TestNeo4j.fingerprint(driver)).isEqualTo(before);
  }

  @Test
  void duplicateIdIsRefusedNamingBothPlaces() throws IOException {
    edit("partners.yaml", "- id: japan", "- id: arf");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining("partners.yaml line 1 (entry arf), field 'id'")
        .hasMessageContaining("duplicate id 'arf', already defined in")
        .hasMessageContaining("mechanisms.yaml line 10");
    assertThat(TestNeo4j.countsByLabel(driver)).isEmpty();
  }

  @Test
  void yearOutOfRangeIsRefused() throws IOException {
    edit("mechanisms.yaml", "established: 1994", "established: 1794");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining(
            "mechanisms.yaml line 14 (entry arf), field 'established': year 1794 is out of range 1900-2035");
    assertThat(TestNeo4j.countsByLabel(driver)).isEmpty();
  }

  @Test
  void missingSourceIsRefused() throws IOException {
    edit("relationships.yaml", "  since: 2009\n  source: paper\n", "  since: 2009\n");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining(
            "relationships.yaml line 12 (entry #3), field 'source': missing (required)");
  }

  @Test
  void malformedLineIsRefusedWithItsLine() throws IOException {
    edit("areas.yaml", "  name: Cybercrime", "  name: [Cybercrime");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining("areas.yaml line ")
        .hasMessageContaining("malformed YAML");
  }

  @Test
  void misspelledFieldAndDisallowedValueAreRefused() throws IOException {
    edit("mechanisms.yaml", "  kind: forum", "  kinds: forum");
    edit("roles.yaml", "phase: detect", "phase: detection");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining("field 'kinds': unknown field")
        .hasMessageContaining("field 'kind': missing (required)")
        .hasMessageContaining(
            "roles.yaml line 3 (entry information-sharing), field 'phase': 'detection' is not allowed");
  }

  @Test
  void levelIsCheckedAndSetByHandOnlyWhereTheKindDoesNotSayIt() throws IOException {
    edit(
        "mechanisms.yaml",
        "  kind: ministerial-meeting",
        "  kind: ministerial-meeting\n  level: operational");
    edit("mechanisms.yaml", "  kind: forum", "  kind: forum\n  level: cosmic");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining(
            "(entry telmin), field 'level': a ministerial-meeting is at the ministerial level by its kind")
        .hasMessageContaining("(entry arf), field 'level': 'cosmic' is not allowed");
  }

  @Test
  void relationshipBetweenWrongLabelsIsRefused() throws IOException {
    edit(
        "relationships.yaml",
        "- from: arf\n  type: UNDER_PILLAR\n  to: apsc",
        "- from: arf\n  type: UNDER_PILLAR\n  to: japan");

    assertThatThrownBy(() -> loader.load(fixture()))
        .hasMessageContaining("'japan' is a Partner, expected Pillar");
  }

  @Test
  void failureInsideTheTransactionRollsBackEverythingAlreadyWritten() {
    loader.load(fixture());
    String before = TestNeo4j.fingerprint(driver);
    // Nodes are written before relationships; a relationship property Neo4j cannot store fails the
    // transaction after the nodes were merged.
    var graph = fixture().parse();
    var node =
        new SeedGraph.Node(
            "new-node",
            List.of("Area"),
            Map.of("id", "new-node", "name", "New", "source", "paper", "locator", "x"));
    var broken =
        new SeedGraph.Relationship(
            "broken",
            "FOCUSES_ON",
            "telmin",
            "new-node",
            Map.of("key", "broken", "bad", Map.of("nested", "map")));
    var nodes = new java.util.ArrayList<>(graph.nodes());
    nodes.add(node);
    var rels = new java.util.ArrayList<>(graph.relationships());
    rels.add(broken);

    assertThatThrownBy(() -> loader.write(new SeedGraph(nodes, rels))).isNotNull();

    assertThat(TestNeo4j.fingerprint(driver)).isEqualTo(before);
  }
}
