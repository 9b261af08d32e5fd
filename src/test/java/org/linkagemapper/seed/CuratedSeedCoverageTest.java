package org.linkagemapper.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated seed holds what the source paper names, each fact with its source: the actors, the
 * dated facts, the overlaps it worries about, and a citation of every one of its footnotes.
 */
class CuratedSeedCoverageTest {

  private static SeedGraph seed;
  private static Map<String, SeedGraph.Node> nodes;

  @BeforeAll
  static void parse() {
    seed = SeedFiles.resolve("seed-data").parse();
    nodes = new HashMap<>();
    seed.nodes().forEach(n -> nodes.put(n.id(), n));
  }

  private static List<SeedGraph.Relationship> facts(String from, String type, String to) {
    return seed.relationships().stream()
        .filter(r -> r.from().equals(from) && r.type().equals(type) && r.to().equals(to))
        .toList();
  }

  private static SeedGraph.Relationship fact(String from, String type, String to, String source) {
    return facts(from, type, to).stream()
        .filter(r -> source.equals(r.properties().get("source")))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no %s-[%s]->%s citing %s".formatted(from, type, to, source)));
  }

  @Test
  void everyCuratedMechanismHasALevelForTheFigureRows() {
    List<String> missing =
        seed.nodes().stream()
            .filter(n -> n.labels().contains("Mechanism"))
            .filter(
                n ->
                    !org.linkagemapper.graph.Vocabulary.LEVELS.contains(
                        n.properties().get("level")))
            .map(SeedGraph.Node::id)
            .toList();
    assertThat(missing)
        .as("mechanisms whose kind does not imply a level and whose entry sets none")
        .isEmpty();
    assertThat(nodes.get("telmin").properties())
        .as("derived from the kind")
        .containsEntry("level", "ministerial");
    assertThat(nodes.get("arf").properties())
        .as("set by hand")
        .containsEntry("level", "ministerial");
  }

  @Test
  void everyMechanismThePaperNamesIsAMechanism() {
    for (String id :
        List.of(
            "arf",
            "telmin",
            "asean-certs",
            "asean-ict-masterplan-2015",
            "aim2020",
            "asean-japan-ispm",
            "meti-isms-ics-training",
            "accp",
            "jasper",
            "tsubame",
            "ammtc-plus-japan",
            "un-gge",
            "amcc",
            "admm-plus-ewg-cyber",
            "sicw",
            "asean-cyber-unit",
            "japan-asean-cybercrime-dialogue",
            "arf-ict-work-plan",
            "asean-summit-23",
            "jtf-hadr-synergy",
            "hadr-military-preparedness-seminar-2015",
            "asean-cybersecurity-cooperation-strategy",
            "acid",
            "asean-japan-cyber-exercise",
            "nec-cyber-defense-training")) {
      assertThat(nodes).as(id).containsKey(id);
      assertThat(nodes.get(id).labels()).as(id).contains("Mechanism");
    }
  }

  @Test
  void everyPartnerPillarAndMemberStateThePaperNamesIsThere() {
    for (String id :
        List.of(
            "china",
            "south-korea",
            "japan",
            "india",
            "eu",
            "itu",
            "interpol",
            "palo-alto-networks",
            "boeing",
            "microsoft",
            "nec",
            "nict",
            "meti")) {
      assertThat(nodes.get(id).labels()).as(id).contains("Partner");
    }
    for (String id :
        List.of(
            "brunei",
            "cambodia",
            "indonesia",
            "laos",
            "malaysia",
            "myanmar",
            "philippines",
            "singapore",
            "thailand",
            "vietnam")) {
      assertThat(nodes.get(id).labels()).as(id).contains("Partner", "MemberState");
    }
    for (String id : List.of("apsc", "aec", "ascc")) {
      assertThat(nodes.get(id).labels()).as(id).contains("Pillar");
    }
  }

  @Test
  void datedFactsOfThePaperCarryTheirYearsAndSources() {
    assertThat(nodes.get("telmin").properties()).containsEntry("established", 2001);
    assertThat(fact("telmin", "UNDER_PILLAR", "aec", "paper").properties())
        .containsEntry("since", 2001);
    assertThat(fact("telmin", "ENGAGES", "china", "paper").properties())
        .containsEntry("since", 2006);
    assertThat(nodes.get("asean-japan-ispm").properties()).containsEntry("established", 2009);
    assertThat(nodes.get("amcc").properties()).containsEntry("established", 2016);
    assertThat(nodes.get("asean-summit-23").properties()).containsEntry("established", 2013);
    assertThat(nodes.get("hadr-military-preparedness-seminar-2015").properties())
        .containsEntry("established", 2015);
    assertThat(fact("indonesia", "PARTICIPATES_IN", "un-gge", "paper").properties())
        .containsEntry("since", 2014)
        .containsEntry("until", 2015);
    assertThat(fact("malaysia", "PARTICIPATES_IN", "un-gge", "paper").properties())
        .containsEntry("since", 2016)
        .containsEntry("until", 2017);
    assertThat(facts("philippines", "PROPOSED", "admm-plus-ewg-cyber")).isNotEmpty();
    assertThat(facts("thailand", "PROPOSED", "asean-cyber-unit")).isNotEmpty();
  }

  @Test
  void theOverlapsThePaperRaisesAreRecordedWithItsSentence() {
    List<Set<String>> overlaps =
        seed.relationships().stream()
            .filter(r -> "overlaps".equals(r.properties().get("kind")))
            .map(r -> Set.of(r.from(), r.to()))
            .toList();

    assertThat(overlaps)
        .contains(
            Set.of("japan-asean-cybercrime-dialogue", "accp"),
            Set.of("asean-certs", "admm-plus-ewg-cyber"),
            Set.of("arf-ict-work-plan", "asean-certs"));
  }

  @Test
  void disagreementsBetweenSourcesAreKeptOnBothSides() {
    assertThat(facts("indonesia", "PARTICIPATES_IN", "un-gge"))
        .allSatisfy(
            r ->
                assertThat(r.properties())
                    .containsEntry("disputed", true)
                    .containsKey("conflictNote"));
    assertThat(nodes.get("admm-plus-ewg-cyber").properties()).containsEntry("disputed", true);
  }

  @Test
  void twoSourcesThatDoNotDisagreeAreTwoFactsWithoutAConflict() {
    // The paper dates TELMIN's engagement with China from 2006; the digest only confirms it by
    // 2012.
    List<SeedGraph.Relationship> china = facts("telmin", "ENGAGES", "china");

    assertThat(china).extracting(r -> r.properties().get("source")).contains("paper", "digest");
    assertThat(china).noneSatisfy(r -> assertThat(r.properties()).containsKey("disputed"));
  }

  @Test
  void everyFootnoteOfThePaperIsCitedByAtLeastOneFact() {
    Set<String> cited =
        seed.relationships().stream()
            .map(r -> (String) r.properties().get("source"))
            .collect(Collectors.toSet());
    seed.nodes().forEach(n -> cited.add((String) n.properties().get("source")));

    for (int fn = 1; fn <= 11; fn++) {
      assertThat(cited).contains("paper-fn" + fn);
    }
  }

  @Test
  void everyFactNamesASourceAndALocator() {
    seed.relationships()
        .forEach(r -> assertThat(r.properties()).as(r.key()).containsKeys("source", "locator"));
    seed.nodes().stream()
        .filter(n -> !n.labels().contains("Source"))
        .forEach(n -> assertThat(n.properties()).as(n.id()).containsKeys("source", "locator"));
  }
}
