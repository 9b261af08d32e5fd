package org.linkagemapper.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import tools.jackson.databind.JsonNode;

/** Path and linkage queries on the curated seed graph, end to end, against a real Neo4j. */
class LinkageApiTest extends GraphApiTest {

  private JsonNode ok(String path) {
    Answer answer = get(path);
    assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> ids(JsonNode path) {
    List<String> ids = new ArrayList<>();
    path.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  private static List<String> intermediates(JsonNode path) {
    List<String> all = ids(path);
    return all.subList(1, all.size() - 1);
  }

  private Set<String> existingIn(int year) {
    Set<String> ids = new HashSet<>();
    ok("/api/mechanisms?asOf=" + year)
        .get("mechanisms")
        .forEach(m -> ids.add(m.get("id").asString()));
    ok("/api/partners").forEach(p -> ids.add(p.get("id").asString()));
    return ids;
  }

  @Test
  void shortestPathFromJapanToTheCertsCitesEveryStep() {
    JsonNode answer = ok("/api/paths/shortest?from=japan&to=asean-certs");

    JsonNode path = answer.get("paths").get(0);
    assertThat(path.get("length").asInt()).isEqualTo(2);
    assertThat(ids(path)).startsWith("japan").endsWith("asean-certs");
    path.get("steps")
        .forEach(
            step -> {
              assertThat(step.get("type").asString()).isNotBlank();
              assertThat(step.get("source").get("id").asString()).isNotBlank();
              assertThat(step.get("source").get("title").asString()).isNotBlank();
              assertThat(step.get("source").get("locator").asString()).isNotBlank();
            });
  }

  @Test
  void excludedActorsAreRoutedAroundNotFilteredAfterwards() {
    JsonNode first = ok("/api/paths/shortest?from=japan&to=asean-certs").get("paths").get(0);
    List<String> avoid = intermediates(first);

    JsonNode around =
        ok("/api/paths/shortest?from=japan&to=asean-certs&exclude=" + String.join(",", avoid))
            .get("paths");

    assertThat(around).isNotEmpty();
    assertThat(intermediates(around.get(0))).doesNotContainAnyElementsOf(avoid);
    assertThat(around.get(0).get("length").asInt())
        .isGreaterThanOrEqualTo(first.get("length").asInt());
  }

  @Test
  void asOfLeavesOutActorsAndLinksThatDidNotExistYet() {
    assertThat(ok("/api/paths/shortest?from=japan&to=adgmin").get("paths")).isNotEmpty();
    assertThat(ok("/api/paths/shortest?from=japan&to=adgmin&asOf=2017").get("paths")).isEmpty();

    Set<String> in2017 = existingIn(2017);
    JsonNode paths = ok("/api/paths?from=japan&to=asean-certs&asOf=2017&limit=50").get("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach(
        p -> {
          assertThat(in2017).containsAll(ids(p));
          p.get("steps")
              .forEach(
                  s -> {
                    if (s.has("since")) {
                      assertThat(s.get("since").asInt()).isLessThanOrEqualTo(2017);
                    }
                  });
        });
  }

  @Test
  void shortestPathFollowsOnlyRequestedRelationshipTypes() {
    JsonNode all = ok("/api/paths/shortest?from=singapore&to=interpol&k=3").get("paths");
    JsonNode onlyParticipation =
        ok("/api/paths/shortest?from=singapore&to=interpol&k=3&types=PARTICIPATES_IN,HOSTS")
            .get("paths");

    assertThat(all).isNotEmpty();
    assertThat(onlyParticipation).isNotEmpty();
    onlyParticipation.forEach(
        p ->
            p.get("steps")
                .forEach(
                    s -> assertThat(s.get("type").asString()).isIn("PARTICIPATES_IN", "HOSTS")));
  }

  @Test
  void kindsRestrictWhichLinksAreFollowed() {
    JsonNode paths =
        ok("/api/paths?from=acmm&to=asean-erat&types=LINKS_TO&kinds=coordinates&maxDepth=6")
            .get("paths");

    assertThat(paths).isNotEmpty();
    paths.forEach(
        p ->
            p.get("steps")
                .forEach(s -> assertThat(s.get("kind").asString()).isEqualTo("coordinates")));
    JsonNode anyKind =
        ok("/api/paths?from=acmm&to=asean-erat&types=LINKS_TO&maxDepth=6").get("paths");
    assertThat(anyKind.size()).isGreaterThanOrEqualTo(paths.size());
  }

  @Test
  void phasePassesOnlyThroughActorsPerformingARoleInThatPhase() {
    Map<String, String> phaseOfRole = new HashMap<>();
    ok("/api/roles")
        .forEach(r -> phaseOfRole.put(r.get("id").asString(), r.get("phase").asString()));

    JsonNode paths = ok("/api/paths?from=japan&to=asean-certs&phase=respond&limit=10").get("paths");

    assertThat(paths).isNotEmpty();
    for (JsonNode path : paths) {
      for (String id : intermediates(path)) {
        Set<String> phases = new HashSet<>();
        JsonNode detail =
            get("/api/mechanisms/" + id).status() == 200
                ? ok("/api/mechanisms/" + id)
                : ok("/api/partners/" + id);
        detail
            .get("roles")
            .forEach(l -> phases.add(phaseOfRole.get(l.get("node").get("id").asString())));
        assertThat(phases).as(id + " performs a respond role").contains("respond");
      }
    }
  }

  @Test
  void outgoingDirectionNeverWalksARelationshipBackwards() {
    JsonNode paths =
        ok("/api/paths?from=japan&to=acid&direction=out&limit=10&maxDepth=5").get("paths");

    assertThat(paths).isNotEmpty();
    paths.forEach(p -> p.get("steps").forEach(s -> assertThat(s.has("reversed")).isFalse()));
  }

  @Test
  void kShortestPathsAreDistinctAndShortestFirst() {
    JsonNode paths = ok("/api/paths/shortest?from=japan&to=asean-certs&k=5").get("paths");

    assertThat(paths.size()).isEqualTo(5);
    Set<List<String>> distinct = new HashSet<>();
    int previous = 0;
    for (JsonNode p : paths) {
      assertThat(distinct.add(ids(p))).isTrue();
      assertThat(p.get("length").asInt()).isGreaterThanOrEqualTo(previous);
      assertThat(new HashSet<>(ids(p))).hasSize(ids(p).size());
      previous = p.get("length").asInt();
    }
  }

  @Test
  void boundedEnumerationSaysWhenTheLimitCutIt() {
    JsonNode cut = ok("/api/paths?from=japan&to=asean-certs&limit=3");
    assertThat(cut.get("truncated").asBoolean()).isTrue();
    assertThat(cut.get("count").asInt()).isEqualTo(3);

    JsonNode direct = ok("/api/paths?from=telmin&to=asean-certs&maxDepth=1&limit=200");
    assertThat(direct.get("truncated").asBoolean()).isFalse();
    assertThat(direct.get("paths")).isNotEmpty();
    direct.get("paths").forEach(p -> assertThat(p.get("length").asInt()).isEqualTo(1));
  }

  @Test
  void neighbourhoodGrowsWithDepthAndListsRelationshipsAmongItsNodes() {
    JsonNode one = ok("/api/actors/acid/linkages?depth=1");
    JsonNode two = ok("/api/actors/acid/linkages?depth=2");

    assertThat(one.get("nodes").get(0).get("node").get("id").asString()).isEqualTo("acid");
    one.get("nodes").forEach(n -> assertThat(n.get("distance").asInt()).isLessThanOrEqualTo(1));
    assertThat(two.get("nodes").size()).isGreaterThan(one.get("nodes").size());
    Set<String> nodeIds = new HashSet<>();
    two.get("nodes").forEach(n -> nodeIds.add(n.get("node").get("id").asString()));
    assertThat(two.get("relationships")).isNotEmpty();
    two.get("relationships")
        .forEach(
            r -> assertThat(nodeIds).contains(r.get("from").asString(), r.get("to").asString()));
  }

  @Test
  void incidentScenariosIncludeTheFourTheIssueNames() {
    List<String> ids = new ArrayList<>();
    ok("/api/incidents").forEach(s -> ids.add(s.get("id").asString()));

    assertThat(ids)
        .contains("cii-attack", "cybercrime-campaign", "state-intrusion", "malware-outbreak");
  }

  @Test
  void incidentViewGroupsActorsByPhaseInTheOrderTheyAreReached() {
    JsonNode view = ok("/api/incidents/cii-attack");

    List<String> phases = new ArrayList<>();
    view.get("phases").forEach(p -> phases.add(p.get("phase").asString()));
    assertThat(phases).containsExactly("prepare", "detect", "respond", "recover");
    JsonNode detect = view.get("phases").get(1).get("actors");
    assertThat(detect).isNotEmpty();
    int previous = 0;
    for (JsonNode actor : detect) {
      int distance = actor.has("distance") ? actor.get("distance").asInt() : Integer.MAX_VALUE;
      assertThat(distance).isGreaterThanOrEqualTo(previous);
      previous = distance;
      assertThat(actor.get("lane").asString()).isNotBlank();
      assertThat(actor.get("performs").get(0).get("source").get("id").asString()).isNotBlank();
    }
    assertThat(view.get("links")).isNotEmpty();
  }

  @Test
  void incidentAsOf2017ShowsTheArchitectureAsTheSourcePaperSawIt() {
    String today = ok("/api/incidents/cii-attack").toString();
    String then = ok("/api/incidents/cii-attack?asOf=2017").toString();

    assertThat(today).contains("\"asean-regional-cert\"");
    assertThat(then).doesNotContain("\"asean-regional-cert\"");
    assertThat(then).contains("\"asean-certs\"");
  }

  @Test
  void badParametersAreProblemsThatListWhatIsAllowed() {
    Map<String, String> cases = new HashMap<>();
    cases.put("/api/paths/shortest?from=japan&to=arf&types=FOO", "types");
    cases.put("/api/paths/shortest?from=japan&to=arf&kinds=friendly", "kinds");
    cases.put("/api/paths/shortest?from=japan&to=arf&phase=later", "phase");
    cases.put("/api/paths/shortest?from=japan&to=arf&direction=sideways", "direction");
    cases.put("/api/paths/shortest?from=japan&to=arf&k=11", "k");
    cases.put("/api/paths/shortest?from=japan&to=arf&maxDepth=11", "maxDepth");
    cases.put("/api/paths?from=japan&to=arf&maxDepth=7", "maxDepth");
    cases.put("/api/paths?from=japan&to=arf&limit=201", "limit");
    cases.put("/api/paths/shortest?from=japan&to=arf&asOf=1492", "asOf");
    cases.put("/api/paths/shortest?from=japan&to=arf&asOf=soon", "asOf");
    cases.put("/api/paths/shortest?from=japan&to=arf&exclude=arf", "exclude");
    cases.put("/api/paths/shortest?from=japan&to=japan", "to");
    cases.put("/api/paths/shortest?to=japan", "from");
    cases.put("/api/actors/acid/linkages?depth=4", "depth");
    cases.put("/api/incidents/cii-attack?asOf=3000", "asOf");
    cases.put(
        "/api/paths/shortest?from=japan&to=arf&types=" + enc("LINKS_TO]-() DETACH DELETE n //"),
        "types");
    cases.forEach(
        (path, parameter) -> {
          Answer answer = get(path);
          assertThat(answer.status()).as(path).isEqualTo(400);
          assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
          assertThat(answer.json().get("parameter").asString()).as(path).isEqualTo(parameter);
        });
    assertThat(
            get("/api/paths/shortest?from=japan&to=arf&types=FOO").json().get("allowed").toString())
        .contains("LINKS_TO");
  }

  @Test
  void unknownIdsAreNotFoundProblemsNamingThem() {
    for (String path :
        List.of(
            "/api/paths/shortest?from=japan&to=atlantis",
            "/api/paths/shortest?from=atlantis&to=japan&k=3",
            "/api/paths?from=japan&to=atlantis",
            "/api/actors/atlantis/linkages",
            "/api/incidents/alien-invasion",
            "/api/paths/shortest?from=" + enc("japan' OR 1=1 //") + "&to=arf")) {
      Answer answer = get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
  }
}
