package org.linkagemapper.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkagemapper.browser.QueryLibrary;
import org.linkagemapper.support.GraphApiTest;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * The analysis endpoints over the curated seed graph, end to end over HTTP and Bolt: the overlaps
 * the source paper names come out on top of their area, the Browser queries show the same findings,
 * and bad input is answered with problems.
 */
class AnalysisApiTest extends GraphApiTest {

  private static Driver driver;

  @BeforeAll
  static void connect() {
    driver = TestNeo4j.driver(TestNeo4j.shared());
  }

  @AfterAll
  static void disconnect() {
    driver.close();
  }

  private static String caption(JsonNode ref) {
    return ref.get("acronym") != null ? ref.get("acronym").asString() : ref.get("name").asString();
  }

  private static List<Record> browserQuery(String file, Map<String, Object> params) {
    QueryLibrary.NamedQuery query =
        QueryLibrary.load().stream().filter(q -> q.file().equals(file)).findFirst().orElseThrow();
    try (var session = driver.session()) {
      return session.run(query.cypher(), params).list();
    }
  }

  @ParameterizedTest(name = "{1} and {2} top {0}")
  @CsvSource({
    "cybercrime, accp, japan-asean-cybercrime-dialogue, paper",
    "cert-incident-response, admm-plus-ewg-cyber, asean-certs, paper",
    "contacts-databases, arf-ict-work-plan, asean-certs, paper"
  })
  void overlapThePaperNamesComesOutOnTopOfItsAreaUncoordinatedAndCited(
      String area, String a, String b, String source) {
    JsonNode answer = get("/api/analysis/overlaps?area=" + area + "&limit=3").json();

    JsonNode top = answer.get("overlaps").get(0);
    assertThat(Set.of(top.get("a").get("id").asString(), top.get("b").get("id").asString()))
        .isEqualTo(Set.of(a, b));
    assertThat(top.get("rank").asInt()).isEqualTo(1);
    assertThat(top.get("attested").asBoolean()).isTrue();
    assertThat(top.get("attestedBy").get(0).get("source").get("id").asString()).isEqualTo(source);
    assertThat(top.get("attestedBy").get(0).get("source").get("locator").asString())
        .contains("Duplication");
    assertThat(top.get("linked").asBoolean()).isFalse();
    assertThat(top.get("coordinated").asBoolean()).isFalse();
    List<String> shared = new ArrayList<>();
    top.get("areas")
        .forEach(
            s -> {
              shared.add(s.get("item").get("id").asString());
              s.get("facts")
                  .forEach(f -> assertThat(f.get("source").get("locator").asString()).isNotBlank());
            });
    assertThat(shared).contains(area);
    assertThat(top.get("finding").asString()).contains("overlap without coordination");
  }

  @Test
  void overlapsStateHowTheScoreIsComputedAndWhatWasProjected() {
    JsonNode answer = get("/api/analysis/overlaps").json();

    assertThat(answer.get("scoring").get("weights").get("areas").asDouble()).isEqualTo(0.5);
    assertThat(answer.get("scoring").get("weights").get("roles").asDouble()).isEqualTo(0.3);
    assertThat(answer.get("scoring").get("weights").get("partners").asDouble()).isEqualTo(0.2);
    assertThat(answer.get("scoring").get("score").asString()).contains("Jaccard");
    assertThat(answer.get("graph").get("actors").asInt()).isGreaterThan(100);
    assertThat(answer.get("count").asInt()).isEqualTo(AnalysisService.DEFAULT_OVERLAPS);
    assertThat(answer.get("candidates").asInt()).isGreaterThan(answer.get("count").asInt());
  }

  @Test
  void browserOverlapQueryRanksAnAreaAsTheApiDoes() {
    JsonNode api = get("/api/analysis/overlaps?area=cybercrime&limit=10").json().get("overlaps");
    List<Record> browser =
        browserQuery("10-overlap-scores-in-an-area.cypher", Map.of("area", "cybercrime"));

    for (int i = 0; i < api.size(); i++) {
      JsonNode o = api.get(i);
      Record r = browser.get(i);
      assertThat(
              r.get("mechanism").asString()
                  + " / "
                  + r.get("other").asString()
                  + " "
                  + r.get("score").asDouble())
          .as("rank %d", i + 1)
          .isEqualTo(
              caption(o.get("a")) + " / " + caption(o.get("b")) + " " + o.get("score").asDouble());
      assertThat(r.get("coordinated").asBoolean()).isEqualTo(o.get("coordinated").asBoolean());
    }
  }

  @Test
  void gapsAreCitedAndTheBrowserQueryFindsTheSameRoles() {
    JsonNode gaps = get("/api/analysis/gaps").json();

    Set<String> apiRoles = new HashSet<>();
    gaps.get("roles")
        .forEach(
            g -> {
              assertThat(g.get("mechanisms").asInt()).isLessThanOrEqualTo(1);
              g.get("performedBy")
                  .forEach(f -> assertThat(f.get("source").get("id").asString()).isNotBlank());
              apiRoles.add(g.get("role").get("name").asString());
            });
    Set<String> browserRoles = new HashSet<>();
    browserQuery("11-roles-covered-by-one-mechanism-or-none.cypher", Map.of("atMost", 1))
        .forEach(r -> browserRoles.add(r.get("responseRole").asString()));
    assertThat(browserRoles).isEqualTo(apiRoles);
    gaps.get("unlinked").forEach(u -> assertThat(u.get("finding").asString()).isNotBlank());
  }

  @Test
  void reachOfOneRoleAccountsForEveryMemberStateAsTheBrowserQueryDoes() {
    JsonNode reach =
        get("/api/analysis/gaps?role=incident-response-coordination&maxDepth=2")
            .json()
            .get("reach")
            .get(0);

    assertThat(reach.get("reached").size() + reach.get("unreached").size()).isEqualTo(10);
    Map<String, Integer> apiHops = new TreeMap<>();
    reach.get("reached").forEach(r -> apiHops.put(caption(r.get("state")), r.get("hops").asInt()));
    Map<String, Integer> browserHops = new TreeMap<>();
    browserQuery(
            "12-member-states-out-of-reach-of-a-role.cypher",
            Map.of("role", "incident-response-coordination", "maxDepth", 2))
        .forEach(
            r -> {
              if (!r.get("hops").isNull()) {
                browserHops.put(r.get("memberState").asString(), r.get("hops").asInt());
              }
            });
    assertThat(browserHops).isEqualTo(apiHops);
  }

  @Test
  void hubsAreRankedByTheChosenMeasureWithAllThreeScoresAndDegreesMatchTheBrowserQuery() {
    JsonNode hubs = get("/api/analysis/hubs?by=degree&limit=10").json();

    assertThat(hubs.get("hubs").size()).isEqualTo(10);
    assertThat(hubs.get("measures").get("betweenness").asString()).contains("Brandes");
    double previous = Double.MAX_VALUE;
    for (JsonNode h : hubs.get("hubs")) {
      assertThat(h.get("degree").asDouble()).isLessThanOrEqualTo(previous);
      previous = h.get("degree").asDouble();
      assertThat(h.get("betweenness").isNumber()).isTrue();
      assertThat(h.get("closeness").isNumber()).isTrue();
      assertThat(h.get("ties").size()).isGreaterThanOrEqualTo(h.get("degree").asInt());
    }
    List<Integer> apiDegrees = new ArrayList<>();
    hubs.get("hubs").forEach(h -> apiDegrees.add(h.get("degree").asInt()));
    List<Integer> browserDegrees =
        browserQuery("13-hubs-by-degree.cypher", Map.of("limit", 10)).stream()
            .map(r -> r.get("degree").asInt())
            .toList();
    assertThat(browserDegrees).isEqualTo(apiDegrees);
  }

  @Test
  void everyArticulationPointCutsOffWhatWhatIfSaysItsRemovalCutsOff() {
    JsonNode critical = get("/api/analysis/critical").json();

    assertThat(critical.get("articulationPointCount").asInt()).isPositive();
    assertThat(critical.get("bridgeCount").asInt()).isPositive();
    for (JsonNode point : critical.get("articulationPoints")) {
      String id = point.get("actor").get("id").asString();
      JsonNode whatIf = get("/api/analysis/what-if?remove=" + id).json();
      assertThat(whatIf.get("lostPairCount").asLong())
          .as(id)
          .isEqualTo(point.get("lostPairs").asLong());
      Set<String> cutByCritical = new HashSet<>();
      point
          .get("cutOff")
          .forEach(piece -> piece.forEach(a -> cutByCritical.add(a.get("id").asString())));
      Set<String> cutByWhatIf = new HashSet<>();
      whatIf
          .get("cutOff")
          .forEach(g -> g.get("actors").forEach(a -> cutByWhatIf.add(a.get("id").asString())));
      assertThat(cutByWhatIf).as(id).isEqualTo(cutByCritical);
    }
  }

  @Test
  void browserCutOffQueryFindsWhoTheApiSaysIsCutOff() {
    JsonNode top = get("/api/analysis/critical").json().get("articulationPoints").get(0);
    String cut = top.get("actor").get("id").asString();
    Set<String> api = new HashSet<>();
    top.get("cutOff").forEach(piece -> piece.forEach(a -> api.add(a.get("id").asString())));

    Set<String> browser = new HashSet<>();
    browserQuery(
            "14-who-is-cut-off-without-one-actor.cypher", Map.of("cut", cut, "anchor", "telmin"))
        .forEach(r -> browser.add(r.get("x").get("id").asString()));

    assertThat(browser).isEqualTo(api);
  }

  @Test
  void removingTheCertPlatformNarrowsIncidentResponseAndLengthensPathsFromMemberStates() {
    JsonNode whatIf = get("/api/analysis/what-if?remove=asean-certs").json();

    assertThat(whatIf.get("removed").get(0).get("id").asString()).isEqualTo("asean-certs");
    assertThat(whatIf.get("removedFacts").size()).isPositive();
    List<String> roles = new ArrayList<>();
    whatIf.get("roles").forEach(c -> roles.add(c.get("role").get("id").asString()));
    assertThat(roles).contains("incident-response-coordination");
    whatIf
        .get("paths")
        .forEach(
            c -> {
              assertThat(c.get("state").get("labels").toString()).contains("MemberState");
              assertThat(
                      c.get("hopsAfter").isNull()
                          || c.get("hopsAfter").asInt() > c.get("hopsBefore").asInt())
                  .isTrue();
            });
    List<Record> browser =
        browserQuery(
            "15-what-if-without-some-actors.cypher",
            Map.of("remove", List.of("asean-certs"), "from", "brunei", "to", "tsubame"));
    JsonNode change = null;
    for (JsonNode c : whatIf.get("paths")) {
      if (c.get("state").get("id").asString().equals("brunei")
          && c.get("mechanism").get("id").asString().equals("tsubame")) {
        change = c;
      }
    }
    assertThat(change).isNotNull();
    assertThat(browser.get(0).get("hopsBefore").asInt())
        .isEqualTo(change.get("hopsBefore").asInt());
    assertThat(browser.get(0).get("hopsAfter").asInt()).isEqualTo(change.get("hopsAfter").asInt());
  }

  @Test
  void anAsOfYearAnalysesTheGraphAsItStoodThen() {
    JsonNode then = get("/api/analysis/critical?asOf=2010").json().get("graph");
    JsonNode now = get("/api/analysis/critical").json().get("graph");

    assertThat(then.get("asOf").asInt()).isEqualTo(2010);
    assertThat(then.get("actors").asInt()).isLessThan(now.get("actors").asInt());
    assertThat(then.get("ties").asInt()).isLessThan(now.get("ties").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlaps", "gaps", "hubs", "critical", "what-if?remove=telmin&"})
  void yearOutOfRangeIsABadRequestNamingAsOf(String endpoint) {
    String path = "/api/analysis/" + endpoint + (endpoint.contains("?") ? "" : "?") + "asOf=1800";
    Answer answer = get(path);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("parameter").asString()).isEqualTo("asOf");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/analysis/overlaps?limit=0, limit",
    "/api/analysis/overlaps?limit=501, limit",
    "/api/analysis/overlaps?area=nope, area",
    "/api/analysis/hubs?limit=101, limit",
    "/api/analysis/hubs?by=pagerank, by",
    "/api/analysis/hubs?label=Area, label",
    "/api/analysis/gaps?role=nope, role",
    "/api/analysis/gaps?maxDepth=7, maxDepth",
    "/api/analysis/hubs?asOf=twenty, asOf",
    "/api/analysis/what-if, remove",
    "/api/analysis/what-if?remove=%2C, remove",
    "/api/analysis/what-if?remove=a%2Cb%2Cc%2Cd%2Ce%2Cf%2Cg%2Ch%2Ci%2Cj%2Ck, remove"
  })
  void badParameterIsABadRequestProblemNamingIt(String path, String parameter) {
    Answer answer = get(path);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("parameter").asString()).isEqualTo(parameter);
  }

  @Test
  void allowedValuesAreListedForAChoiceParameter() {
    assertThat(get("/api/analysis/hubs?by=pagerank").json().get("allowed").toString())
        .contains("degree", "betweenness", "closeness");
    assertThat(get("/api/analysis/overlaps?area=nope").json().get("allowed").toString())
        .contains("cybercrime");
  }

  @Test
  void removingAnUnknownIdIsANotFoundProblemNamingIt() {
    Answer answer = get("/api/analysis/what-if?remove=telmin,no-such-body");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("id").asString()).isEqualTo("no-such-body");
    assertThat(answer.json().get("detail").asString()).contains("no-such-body");
  }

  @Test
  void removingSomethingThatIsNoActorIsNotFound() {
    Answer answer = get("/api/analysis/what-if?remove=cybercrime");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("detail").asString())
        .contains("mechanism or partner", "cybercrime");
  }

  @Test
  void removingAnActorThatDidNotExistThatYearIsReportedNotFailed() {
    JsonNode answer = get("/api/analysis/what-if?remove=adgmin,telmin&asOf=2010").json();

    assertThat(answer.get("notPresentThen").toString()).contains("adgmin");
    assertThat(answer.get("removed").get(0).get("id").asString()).isEqualTo("telmin");
  }
}
