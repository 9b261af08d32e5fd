package org.linkagemapper.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkagemapper.analysis.AnalysisAnswers.Bridge;
import org.linkagemapper.analysis.AnalysisAnswers.CutPoint;
import org.linkagemapper.analysis.AnalysisAnswers.Gaps;
import org.linkagemapper.analysis.AnalysisAnswers.Hub;
import org.linkagemapper.analysis.AnalysisAnswers.Overlap;
import org.linkagemapper.analysis.AnalysisAnswers.WhatIf;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.seed.SeedFiles;
import org.linkagemapper.seed.SeedLoader;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/**
 * Each analysis on small hand-made graphs whose right answers are known (a star, two triangles
 * joined by a bridge, a ring, pairs of mechanisms with known overlaps), loaded through the seed
 * loader into a real Neo4j of its own.
 */
class AnalysisOnKnownGraphsTest {

  private static Neo4j neo4j;
  private static Driver driver;
  private static AnalysisService analysis;

  @BeforeAll
  static void start() {
    neo4j = TestNeo4j.start();
    driver = TestNeo4j.driver(neo4j);
    analysis = new AnalysisService(new AnalysisRepository(driver, null, Duration.ofSeconds(10)));
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  /** Empties the database and loads one fixture folder of src/test/resources/seed-fixtures. */
  private static void load(String fixture) {
    try (var session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    new SeedLoader(driver, null)
        .load(SeedFiles.resolve("src/test/resources/seed-fixtures/" + fixture));
  }

  private static List<String> ids(List<NodeRef> refs) {
    return refs.stream().map(NodeRef::id).toList();
  }

  private static Hub hub(List<Hub> hubs, String id) {
    return hubs.stream().filter(h -> h.actor().id().equals(id)).findFirst().orElseThrow();
  }

  private static Overlap pair(List<Overlap> overlaps, String a, String b) {
    return overlaps.stream()
        .filter(o -> o.a().id().equals(a) && o.b().id().equals(b))
        .findFirst()
        .orElseThrow();
  }

  // --- star ---

  @Test
  void centreOfAStarIsTheTopHubOnEveryMeasure() {
    load("analysis-star");

    for (String measure : HubAnalysis.MEASURES) {
      assertThat(analysis.hubs(null, measure, null, null).hubs().get(0).actor().id())
          .as(measure)
          .isEqualTo("hub");
    }
    List<Hub> hubs = analysis.hubs(null, null, 100, null).hubs();
    Hub centre = hub(hubs, "hub");
    assertThat(centre.degree()).isEqualTo(5);
    // 8 actors (the island and the unlinked state count too): the centre lies on all C(5,2) = 10
    // paths between its spokes, out of C(7,2) = 21 pairs of other actors.
    assertThat(centre.betweenness()).isCloseTo(10 / 21.0, within(0.001));
    assertThat(centre.closeness()).isCloseTo(5 / 7.0, within(0.001));
    assertThat(centre.ranks()).isEqualTo(new AnalysisAnswers.Ranks(1, 1, 1));
    Hub leaf = hub(hubs, "leaf-a");
    assertThat(leaf.betweenness()).isZero();
    assertThat(leaf.closeness()).isCloseTo((1 + 4 * 0.5) / 7, within(0.001));
    assertThat(hub(hubs, "island").closeness()).isZero();
  }

  @Test
  void hubsCanBeLimitedToMemberStates() {
    load("analysis-star");

    assertThat(
            ids(
                analysis.hubs(null, "degree", null, "MemberState").hubs().stream()
                    .map(Hub::actor)
                    .toList()))
        .containsExactly("state-in", "state-out");
  }

  @Test
  void centreOfAStarIsItsOnlyArticulationPointAndCutsEveryoneOffFromEachOther() {
    load("analysis-star");

    var critical = analysis.critical(null, null);

    assertThat(critical.articulationPoints()).hasSize(1);
    CutPoint centre = critical.articulationPoints().get(0);
    assertThat(centre.actor().id()).isEqualTo("hub");
    assertThat(centre.cutOffCount()).isEqualTo(5);
    assertThat(centre.cutOff()).hasSize(5);
    assertThat(centre.lostPairs()).isEqualTo(10);
    assertThat(critical.bridges()).hasSize(5);
    assertThat(critical.bridges()).allSatisfy(b -> assertThat(b.cutOffCount()).isEqualTo(1));
  }

  @Test
  void gapsNameRolesAndPhasesWithNoneOrOneMechanismAndTheIsolatedMechanism() {
    load("analysis-star");

    Gaps gaps = analysis.gaps(null, null, null);

    assertThat(gaps.roles())
        .extracting(g -> g.role().id() + ":" + g.mechanisms())
        .containsExactly("detect-role:0", "respond-role:1");
    assertThat(gaps.roles().get(1).performedBy().get(0).source().locator())
        .isEqualTo("hub responds");
    assertThat(gaps.phases())
        .extracting(g -> g.phase() + ":" + g.mechanisms())
        .containsExactly("detect:0", "respond:1", "recover:0");
    assertThat(gaps.unlinked()).extracting(u -> u.mechanism().id()).containsExactly("island");
    assertThat(gaps.unlinked().get(0).isolated()).isTrue();
  }

  @Test
  void memberStateWithNoPathToARoleIsNamedAndTheOtherGetsItsPath() {
    load("analysis-star");

    var reach = analysis.gaps(null, "respond-role", 4).reach();

    assertThat(reach).hasSize(1);
    assertThat(ids(reach.get(0).unreached())).containsExactly("state-out");
    var in = reach.get(0).reached().get(0);
    assertThat(in.state().id()).isEqualTo("state-in");
    assertThat(in.hops()).isEqualTo(1);
    assertThat(in.path()).containsExactly("state-in", "hub");
    assertThat(in.via().get(0).type()).isEqualTo("PARTICIPATES_IN");
  }

  @Test
  void depthBoundLeavesOutStatesFurtherAway() {
    load("analysis-star");

    var reach = analysis.gaps(null, "prepare-role", 1).reach().get(0);

    // state-in reaches leaf-a, which prepares, only through the hub: two ties.
    assertThat(ids(reach.unreached())).containsExactly("state-in", "state-out");
    assertThat(analysis.gaps(null, "prepare-role", 2).reach().get(0).reached())
        .extracting(r -> r.hops())
        .containsExactly(2);
  }

  @Test
  void removingTheCentreOfAStarDisconnectsEveryPairAndLosesItsRole() {
    load("analysis-star");

    WhatIf whatIf = analysis.whatIf(null, "hub");

    assertThat(whatIf.lostPairCount()).isEqualTo(10);
    assertThat(whatIf.lostPairs())
        .hasSize(10)
        .allSatisfy(p -> assertThat(p.hopsBefore()).isEqualTo(2));
    assertThat(whatIf.cutOff()).hasSize(5);
    assertThat(whatIf.roles())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.role().id()).isEqualTo("respond-role");
              assertThat(c.lost()).isTrue();
            });
    assertThat(whatIf.removedFacts()).hasSize(5);
  }

  @Test
  void removingALeafNarrowsCoverageWithoutDisconnectingAnyone() {
    load("analysis-star");

    WhatIf whatIf = analysis.whatIf(null, "leaf-a");

    assertThat(whatIf.lostPairCount()).isZero();
    assertThat(whatIf.roles())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(ids(c.before())).containsExactly("leaf-a", "leaf-b");
              assertThat(ids(c.after())).containsExactly("leaf-b");
              assertThat(c.lost()).isFalse();
            });
  }

  // --- bridge ---

  @Test
  void tieBetweenTwoTrianglesIsTheOnlyBridgeAndItsEndsTheOnlyArticulationPoints() {
    load("analysis-bridge");

    var critical = analysis.critical(null, null);

    assertThat(critical.bridges()).hasSize(1);
    Bridge bridge = critical.bridges().get(0);
    assertThat(List.of(bridge.a().id(), bridge.b().id())).containsExactly("a1", "b1");
    assertThat(bridge.facts())
        .extracting(Fact::type)
        .containsExactlyInAnyOrder("LINKS_TO", "REPORTS_TO");
    assertThat(bridge.cutOff()).hasSize(2);
    assertThat(bridge.cutOffCount()).isEqualTo(6);
    assertThat(bridge.lostPairs()).isEqualTo(9);
    assertThat(critical.articulationPoints())
        .extracting(c -> c.actor().id())
        .containsExactly("a1", "b1");
    assertThat(ids(critical.articulationPoints().get(0).cutOff().get(0)))
        .containsExactly("a2", "state-a");
    assertThat(critical.articulationPoints().get(0).lostPairs()).isEqualTo(6);
    assertThat(ids(critical.articulationPoints().get(1).cutOff().get(0)))
        .containsExactly("b2", "b3");
  }

  @Test
  void removingABridgeEndCutsTheMemberStateOffFromTheKeyMechanism() {
    load("analysis-bridge");

    WhatIf whatIf = analysis.whatIf(null, "b1");

    assertThat(whatIf.lostPairCount()).isEqualTo(6);
    assertThat(whatIf.cutOff())
        .singleElement()
        .satisfies(g -> assertThat(ids(g.actors())).containsExactly("b2", "b3"));
    assertThat(whatIf.paths())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.state().id()).isEqualTo("state-a");
              assertThat(c.mechanism().id()).isEqualTo("b3");
              assertThat(c.hopsBefore()).isEqualTo(3);
              assertThat(c.hopsAfter()).isNull();
            });
  }

  @Test
  void criticalOverlayHighlightsTheArticulationPointsAndTheBridgeFacts() {
    load("analysis-bridge");

    Overlay overlay = analysis.overlay(Overlay.Analysis.CRITICAL, null, null);

    assertThat(overlay.nodeIds()).containsExactly("a1", "b1");
    assertThat(overlay.edgeKeys()).containsExactly("a1-[LINKS_TO]->b1", "b1-[REPORTS_TO]->a1");
  }

  // --- ring ---

  @Test
  void ringHasNoSinglePointOfFailure() {
    load("analysis-ring");

    var critical = analysis.critical(null, null);

    assertThat(critical.articulationPoints()).isEmpty();
    assertThat(critical.bridges()).isEmpty();
  }

  @Test
  void removingOneSideOfARingLengthensThePathAroundTheOther() {
    load("analysis-ring");

    WhatIf whatIf = analysis.whatIf(null, "m3");

    assertThat(whatIf.lostPairCount()).isZero();
    assertThat(whatIf.paths())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.mechanism().id()).isEqualTo("key");
              assertThat(c.hopsBefore()).isEqualTo(2);
              assertThat(c.hopsAfter()).isEqualTo(3);
            });
  }

  // --- overlaps ---

  @Test
  void mechanismsWithIdenticalAreasAndNoLinkScoreOneAndAreUncoordinated() {
    load("analysis-twins");

    Overlap twins = pair(analysis.overlaps(null, null, null).overlaps(), "twin-a", "twin-b");

    assertThat(twins.score()).isEqualTo(1.0);
    assertThat(twins.facets().areas()).isEqualTo(1.0);
    assertThat(twins.facets().roles()).isNull();
    assertThat(twins.facets().partners()).isNull();
    assertThat(twins.linked()).isFalse();
    assertThat(twins.coordinated()).isFalse();
    assertThat(twins.attested()).isFalse();
    assertThat(twins.areas()).extracting(s -> s.item().id()).containsExactly("area-x", "area-y");
    assertThat(twins.areas().get(0).facts())
        .extracting(f -> f.source().locator())
        .containsExactly("twin a, x", "twin b, x");
    assertThat(twins.finding()).contains("overlap without coordination");
  }

  @Test
  void recordedOverlapIsEvidenceOfDuplicationNotCoordinationAndRanksFirst() {
    load("analysis-twins");

    List<Overlap> overlaps = analysis.overlaps(null, null, null).overlaps();

    Overlap dup = overlaps.get(0);
    assertThat(List.of(dup.a().id(), dup.b().id())).containsExactly("dup-a", "dup-b");
    assertThat(dup.attested()).isTrue();
    assertThat(dup.attestedBy())
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo("overlaps"));
    assertThat(dup.linked()).isFalse();
    assertThat(dup.coordinated()).isFalse();
  }

  @Test
  void linkOrCommonParentMarksAPairCoordinated() {
    load("analysis-twins");
    List<Overlap> overlaps = analysis.overlaps(null, null, null).overlaps();

    Overlap linked = pair(overlaps, "cousin", "twin-a");
    assertThat(linked.score()).isEqualTo(0.5);
    assertThat(linked.linked()).isTrue();
    assertThat(linked.links())
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo("coordinates"));
    assertThat(linked.coordinated()).isTrue();
    Overlap siblings = pair(overlaps, "child-1", "child-2");
    assertThat(siblings.linked()).isFalse();
    assertThat(siblings.sharedParent().id()).isEqualTo("parent-body");
    assertThat(siblings.coordinated()).isTrue();
    assertThat(pair(overlaps, "cousin", "twin-b").coordinated()).isFalse();
  }

  @Test
  void overlapsRankAttestedThenUncoordinatedByScoreThenCoordinated() {
    load("analysis-twins");

    assertThat(analysis.overlaps(null, null, null).overlaps())
        .extracting(o -> o.a().id() + "/" + o.b().id())
        .containsExactly(
            "dup-a/dup-b", "twin-a/twin-b", "cousin/twin-b", "child-1/child-2", "cousin/twin-a");
  }

  @Test
  void renamedBodyAndMechanismsThatNeverCoexistedAreNoOverlap() {
    load("analysis-twins");

    assertThat(analysis.overlaps(null, "area-v", null).overlaps()).isEmpty();
    assertThat(analysis.overlaps(null, "area-u", null).overlaps()).isEmpty();
  }

  @Test
  void overlapsCanBeNarrowedToOneArea() {
    load("analysis-twins");

    assertThat(analysis.overlaps(null, "area-y", null).overlaps())
        .extracting(o -> o.a().id() + "/" + o.b().id())
        .containsExactly("twin-a/twin-b");
  }

  @Test
  void scoreWeighsTheFacetsThatHaveDataAndRenormalises() {
    assertThat(OverlapAnalysis.score(1.0, 0.0, 0.5)).isCloseTo(0.6, within(1e-9));
    assertThat(OverlapAnalysis.score(1.0, null, null)).isEqualTo(1.0);
    assertThat(OverlapAnalysis.score(0.5, 1.0, null)).isCloseTo((0.25 + 0.3) / 0.8, within(1e-9));
    assertThat(OverlapAnalysis.score(null, null, null)).isZero();
  }
}
