package org.linkagemapper.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import tools.jackson.databind.JsonNode;

/** The read API over the curated seed graph, end to end over HTTP and Bolt. */
class CatalogApiTest extends GraphApiTest {

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  @Test
  void searchFindsByAcronymWithTheExactMatchFirst() {
    JsonNode answer = get("/api/search?q=TELMIN").json();

    assertThat(ids(answer.get("results")).get(0)).isEqualTo("telmin");
    assertThat(answer.get("results").get(0).get("labels").toString()).contains("Mechanism");
  }

  @Test
  void searchFindsByAliasAndToleratesATypo() {
    assertThat(
            ids(
                get("/api/search?q=" + enc("Japan-ASEAN Security Partnership"))
                    .json()
                    .get("results")))
        .contains("jasper");
    assertThat(ids(get("/api/search?q=interpl").json().get("results"))).contains("interpol");
  }

  @Test
  void searchTreatsLuceneSyntaxAsText() {
    Answer answer = get("/api/search?q=" + enc("CERT) OR name:* AND \"[x TO y]"));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void searchWithoutTextIsABadRequestNamingTheParameter() {
    Answer answer = get("/api/search?q=");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("parameter").asString()).isEqualTo("q");
  }

  @Test
  void mechanismDetailCitesItsSourceAndGroupsItsLinks() {
    JsonNode telmin = get("/api/mechanisms/telmin").json();

    assertThat(telmin.get("established").asInt()).isEqualTo(2001);
    assertThat(telmin.get("source").get("id").asString()).isEqualTo("paper");
    assertThat(telmin.get("pillars").get(0).get("node").get("id").asString()).isEqualTo("aec");
    List<String> partners = new ArrayList<>();
    telmin.get("partners").forEach(l -> partners.add(l.get("node").get("id").asString()));
    assertThat(partners).contains("japan", "china", "india", "itu");
    telmin
        .get("partners")
        .forEach(l -> assertThat(l.get("source").get("locator").asString()).isNotBlank());
  }

  @Test
  void disputedFactKeepsBothYearsWithTheirSources() {
    // The digest: the ADMM-Plus EWG on Cyber Security was adopted in May 2016 (C20), or in 2014.
    JsonNode ewg = get("/api/mechanisms/admm-plus-ewg-cyber").json();
    List<String> years = new ArrayList<>();
    ewg.get("linksOut")
        .forEach(
            l -> {
              if (l.get("node").get("id").asString().equals("admm-plus")) {
                assertThat(l.get("disputed").asBoolean()).isTrue();
                years.add(l.get("since").asInt() + "@" + l.get("source").get("id").asString());
              }
            });
    assertThat(years).contains("2016@c20", "2014@digest");
  }

  @Test
  void twoSourcesThatAgreeAreNotShownAsADispute() {
    // The paper dates TELMIN's engagement with China from 2006; the digest only confirms it by
    // 2012.
    JsonNode telmin = get("/api/mechanisms/telmin").json();
    List<String> china = new ArrayList<>();
    telmin
        .get("partners")
        .forEach(
            l -> {
              if (l.get("node").get("id").asString().equals("china")) {
                assertThat(l.path("disputed").asBoolean(false)).isFalse();
                china.add(l.get("source").get("id").asString());
              }
            });
    assertThat(china).contains("paper", "digest");
  }

  @Test
  void unknownMechanismIsANotFoundProblemNamingTheId() {
    Answer answer = get("/api/mechanisms/no-such-thing");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asString()).contains("no-such-thing");
  }

  @Test
  void mechanismsFilteredByYearLeaveOutWhatCameLater() {
    List<String> in2017 = ids(get("/api/mechanisms?asOf=2017").json().get("mechanisms"));
    List<String> today = ids(get("/api/mechanisms").json().get("mechanisms"));

    assertThat(in2017)
        .contains("telmin", "arf", "acid")
        .doesNotContain("asean-regional-cert", "adgmin");
    assertThat(today).contains("asean-regional-cert", "adgmin");
  }

  @Test
  void mechanismsFilteredByPillarAndAreaAndPartner() {
    assertThat(ids(get("/api/mechanisms?pillar=aec").json().get("mechanisms")))
        .contains("telmin")
        .doesNotContain("arf");
    assertThat(ids(get("/api/mechanisms?area=cybercrime").json().get("mechanisms")))
        .contains("accp", "ammtc");
    assertThat(ids(get("/api/mechanisms?partner=japan").json().get("mechanisms")))
        .contains("jasper", "telmin");
  }

  @Test
  void badFilterValuesAreBadRequestsListingWhatIsAllowed() {
    JsonNode pillar = get("/api/mechanisms?pillar=nope").json();
    assertThat(pillar.get("status").asInt()).isEqualTo(400);
    assertThat(pillar.get("allowed").toString()).contains("apsc", "aec", "ascc");

    JsonNode year = get("/api/mechanisms?asOf=1800").json();
    assertThat(year.get("status").asInt()).isEqualTo(400);
    assertThat(year.get("parameter").asString()).isEqualTo("asOf");

    JsonNode notANumber = get("/api/mechanisms?asOf=twenty").json();
    assertThat(notANumber.get("status").asInt()).isEqualTo(400);
    assertThat(notANumber.get("detail").asString()).contains("asOf", "whole number");
  }

  @Test
  void partnerDetailListsItsMechanismsAndMemberStatesAreMarked() {
    JsonNode japan = get("/api/partners/japan").json();
    assertThat(japan.get("memberState").asBoolean()).isFalse();
    assertThat(japan.get("mechanisms").size()).isGreaterThan(3);

    List<String> states = ids(get("/api/partners?memberState=true").json());
    assertThat(states)
        .containsExactlyInAnyOrder(
            "brunei",
            "cambodia",
            "indonesia",
            "laos",
            "malaysia",
            "myanmar",
            "philippines",
            "singapore",
            "thailand",
            "vietnam");
  }

  @Test
  void vocabulariesAndSourcesAreListed() {
    assertThat(ids(get("/api/pillars").json())).contains("apsc", "aec", "ascc");
    JsonNode roles = get("/api/roles").json();
    assertThat(roles.get(0).get("phase").asString()).isEqualTo("prepare");
    assertThat(ids(get("/api/areas").json())).contains("cybercrime");
    List<String> sources = ids(get("/api/sources").json());
    assertThat(sources).contains("paper", "paper-fn1", "paper-fn11", "c20", "h4");
  }

  @Test
  void graphAsOfAYearHoldsFewerNodesThanToday() {
    JsonNode then = get("/api/graph?asOf=2009").json();
    JsonNode now = get("/api/graph").json();

    assertThat(then.get("nodeCount").asInt()).isLessThan(now.get("nodeCount").asInt());
    assertThat(then.get("relationshipCount").asInt())
        .isLessThan(now.get("relationshipCount").asInt());
    assertThat(now.get("relationships").get(0).get("source").asString()).isNotBlank();
  }

  @Test
  void healthShowsAnyoneTheStatusOfTheServiceAndItsDatabaseButNoDetails() {
    Answer answer = get("/actuator/health");
    JsonNode health = answer.json();

    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    // No data folder path, free disk, Bolt address or edition for an anonymous caller.
    assertThat(health.get("components").get("neo4j").has("details")).isFalse();
    assertThat(answer.body()).doesNotContain("\"details\"", "bolt://", "edition", "free");
  }

  @Test
  void browserIsServedAndDiscoveryAnswersWithBolt() {
    assertThat(get("/browser/").status()).isEqualTo(200);
    assertThat(get("/browser/").body()).contains("<html");
    assertThat(get("/guides/linkage.html").body()).contains("Paths between two actors", "runnable");
    assertThat(get("/browser/linkage.grass").body()).contains("node.Mechanism");
    JsonNode discovery = json.readTree(get("/", "application/json").body());
    assertThat(discovery.get("bolt_direct").asString()).startsWith("bolt://");
  }
}
