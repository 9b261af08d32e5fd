package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkagemapper.seed.SeedFiles;
import org.linkagemapper.seed.SeedLoader;
import tools.jackson.databind.JsonNode;

/** Editing over REST: who may, the seed checks, optimistic concurrency, the change log, deletes. */
class EditApiTest extends CurationTestBase {

  @Test
  void editorCreatesAMechanismCitingItsSourceAndReadsItBackWithItsETag() {
    Answer created = post("/api/curation/mechanisms", ALICE, mechanism("new-forum"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/curation/mechanisms/new-forum");
    assertThat(created.header("ETag")).startsWith("\"1.");
    Answer read = get("/api/curation/mechanisms/new-forum");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(read.json().get("source").asString()).isEqualTo("paper");
    assertThat(read.json().get("origin").asString()).isEqualTo("edit");
    assertThat(get("/api/mechanisms/new-forum").json().get("name").asString())
        .isEqualTo("Test mechanism new-forum");
    try (var session = driver.session()) {
      var node =
          session.run("MATCH (n:Mechanism:Entity {id: 'new-forum'}) RETURN n").single().get("n");
      assertThat(node.get("origin").asString()).isEqualTo("edit");
      assertThat(node.get("version").asLong()).isEqualTo(1);
      assertThat(node.get("caption").asString()).isEqualTo("Test mechanism new-forum");
    }
  }

  @Test
  void aFactWithoutItsSourceIsRefusedWithTheSeedLoadersMessageAndNothingChanges() {
    String before = fingerprint();
    Map<String, Object> noSource = new LinkedHashMap<>(mechanism("uncited"));
    noSource.remove("source");

    Answer refused = post("/api/curation/mechanisms", ALICE, noSource);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("problems").get(0).get("field").asString()).isEqualTo("source");
    assertThat(refused.json().get("problems").get(0).get("message").asString())
        .isEqualTo("missing (required)");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void unknownReferencesWrongValuesAndYearsOutOfRangeAreRefusedLikeInSeedFiles() {
    String before = fingerprint();
    Map<String, Object> bad = new LinkedHashMap<>(mechanism("bad-one"));
    bad.put("source", "papr");
    bad.put("kind", "party");
    bad.put("established", 1789);

    Answer refused = post("/api/curation/mechanisms", ALICE, bad);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "unknown id 'papr' (did you mean 'paper'?)",
            "'party' is not allowed",
            "year 1789 is out of range 1900-2035");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void writesNeedAnEditorAndEveryRefusalIsAProblem() {
    String before = fingerprint();

    Answer anonymous = post("/api/curation/mechanisms", null, mechanism("x"));
    Answer wrongPassword = post("/api/curation/mechanisms", "alice:guess", mechanism("x"));
    Answer reader = post("/api/curation/mechanisms", RITA, mechanism("x"));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    assertThat(reader.status()).isEqualTo(403);
    assertThat(reader.contentType()).startsWith("application/problem+json");
    assertThat(reader.json().get("detail").asString()).contains("rita", "editor");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void anIdIsUniqueAcrossKinds() {
    Answer clash =
        post(
            "/api/curation/areas",
            ALICE,
            Map.of("id", "telmin", "name", "Telecoms", "source", "paper", "locator", "p.1"));

    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().get("detail").asString())
        .contains("'telmin' already names a mechanisms");
  }

  @Test
  void updateNeedsIfMatchAndAStaleOneIsRefusedSoTheOtherEditorsChangeSurvives() {
    String etag = get("/api/curation/mechanisms/arf").header("ETag");
    Map<String, Object> arf = fields(get("/api/curation/mechanisms/arf").json());

    Map<String, Object> alices = new LinkedHashMap<>(arf);
    alices.put("description", "Alice's description");
    Map<String, Object> bobs = new LinkedHashMap<>(arf);
    bobs.put("description", "Bob's description");
    Answer withoutIfMatch = put("/api/curation/mechanisms/arf", BOB, null, bobs);
    Answer alice = put("/api/curation/mechanisms/arf", ALICE, etag, alices);
    Answer bob = put("/api/curation/mechanisms/arf", BOB, etag, bobs);

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(withoutIfMatch.json().get("currentEtag").asString()).isEqualTo(etag);
    assertThat(alice.status()).isEqualTo(200);
    assertThat(alice.header("ETag")).isNotEqualTo(etag).startsWith("\"1.");
    assertThat(bob.status()).isEqualTo(412);
    assertThat(bob.contentType()).startsWith("application/problem+json");
    assertThat(bob.json().get("currentEtag").asString()).isEqualTo(alice.header("ETag"));
    assertThat(get("/api/curation/mechanisms/arf").json().get("description").asString())
        .isEqualTo("Alice's description");
  }

  @Test
  void patchChangesOneFieldAndTheChangeLogSaysWhoWhenAndFromWhatToWhat() {
    String etag = get("/api/curation/mechanisms/telmin").header("ETag");

    Answer patched =
        patch(
            "/api/curation/mechanisms/telmin",
            BOB,
            etag,
            Map.of("established", 2002, "locator", "p.1: corrected"));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("established").asInt()).isEqualTo(2002);
    assertThat(patched.json().get("acronym").asString()).isEqualTo("TELMIN");
    JsonNode log = get("/api/changes?actor=telmin").json().get("changes");
    assertThat(log).hasSize(1);
    JsonNode change = log.get(0);
    assertThat(change.get("user").asString()).isEqualTo("bob");
    assertThat(change.get("action").asString()).isEqualTo("update");
    assertThat(change.get("target").asString()).isEqualTo("Mechanism");
    assertThat(change.get("at").asString()).isNotBlank();
    assertThat(change.get("changes").toString())
        .contains("{\"field\":\"established\",\"from\":2001,\"to\":2002}");
    assertThat(get("/api/changes").json().get("changes")).hasSize(1);
  }

  @Test
  void samePutTwiceChangesNothingTheSecondTime() {
    Answer first = get("/api/curation/mechanisms/arf");
    Answer again =
        put("/api/curation/mechanisms/arf", ALICE, first.header("ETag"), fields(first.json()));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(get("/api/changes").json().get("changes")).isEmpty();
  }

  @Test
  void anIdNeverChanges() {
    Answer read = get("/api/curation/mechanisms/arf");
    Map<String, Object> renamed = fields(read.json());
    renamed.put("id", "arf-2");

    Answer refused = put("/api/curation/mechanisms/arf", ALICE, read.header("ETag"), renamed);

    assertThat(refused.status()).isEqualTo(422);
  }

  @Test
  void deletingALinkedActorIsRefusedListingWhatWouldGoUnlessCascaded() {
    String before = fingerprint();
    String etag = get("/api/curation/partners/japan").header("ETag");

    Answer refused = delete("/api/curation/partners/japan", ALICE, etag);

    assertThat(refused.status()).isEqualTo(409);
    List<String> wouldGo = new ArrayList<>();
    refused.json().get("wouldDelete").forEach(k -> wouldGo.add(k.asString()));
    assertThat(wouldGo)
        .hasSize(2)
        .anyMatch(k -> k.startsWith("telmin>ENGAGES>japan"))
        .anyMatch(k -> k.startsWith("japan>PARTICIPATES_IN>arf"));
    assertThat(fingerprint()).isEqualTo(before);

    Answer cascaded = delete("/api/curation/partners/japan?cascade=true", ALICE, etag);

    assertThat(cascaded.status()).isEqualTo(200);
    assertThat(cascaded.json().get("alsoDeleted")).hasSize(2);
    assertThat(get("/api/curation/partners/japan").status()).isEqualTo(404);
    assertThat(get("/api/changes?actor=japan").json().get("changes")).hasSize(3);
  }

  @Test
  void aSourceCitedByNodesCannotBeDeletedEvenWithCascade() {
    String etag = get("/api/curation/sources/paper").header("ETag");

    Answer refused = delete("/api/curation/sources/paper?cascade=true", ALICE, etag);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("blockedBy").toString()).contains("mechanisms/telmin");
  }

  @Test
  void relationshipsAreCreatedChangedAndDeletedByTheirKey() {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("from", "arf");
    link.put("type", "LINKS_TO");
    link.put("to", "asean-certs");
    link.put("kind", "shares-information");
    link.put("since", 2010);
    link.put("source", "other");
    link.put("locator", "p.4");

    Answer created = post("/api/curation/relationships", ALICE, link);

    assertThat(created.status()).isEqualTo(201);
    String href = created.header("Location");
    assertThat(href)
        .startsWith(
            "/api/curation/relationships/arf%3ELINKS_TO%3Easean-certs:shares-information@other/");
    assertThat(post("/api/curation/relationships", ALICE, link).status()).isEqualTo(409);
    Answer read = get(href);
    assertThat(read.json().get("since").asInt()).isEqualTo(2010);

    Answer changed = patch(href, BOB, read.header("ETag"), Map.of("until", 2015));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("until").asInt()).isEqualTo(2015);
    assertThat(get("/api/curation/relationships?actor=arf").json().get("relationships").toString())
        .contains("\"until\":2015");

    Answer moved = patch(href, BOB, changed.header("ETag"), Map.of("locator", "p.5"));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.header("Location")).isNotEqualTo(href);
    assertThat(get(href).status()).isEqualTo(404);

    Answer deleted = delete(moved.header("Location"), ALICE, moved.header("ETag"));
    assertThat(deleted.status()).isEqualTo(200);
    try (var session = driver.session()) {
      assertThat(
              session
                  .run("MATCH (:Entity {id:'arf'})-[r:LINKS_TO]->() RETURN count(r) AS n")
                  .single()
                  .get("n")
                  .asLong())
          .isZero();
    }
  }

  @Test
  void aRelationshipBetweenTheWrongKindsIsRefused() {
    Answer refused =
        post(
            "/api/curation/relationships",
            ALICE,
            Map.of(
                "from",
                "arf",
                "type",
                "UNDER_PILLAR",
                "to",
                "japan",
                "source",
                "paper",
                "locator",
                "p.1"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("'japan' is a Partner, expected Pillar");
  }

  @Test
  void editedFactsSurviveASeedReloadButSeedFactsReturnToTheFiles() {
    post("/api/curation/mechanisms", ALICE, mechanism("edited-forum"));

    new SeedLoader(driver, null).load(SeedFiles.resolve(FIXTURE));

    assertThat(get("/api/curation/mechanisms/edited-forum").status()).isEqualTo(200);
  }

  @Test
  void aConfiguredOriginMayCallTheApiFromAPageAndNoOtherMay() {
    Answer allowed =
        send(
            "OPTIONS",
            "/api/curation/mechanisms/arf",
            null,
            null,
            Map.of(
                "Origin",
                "https://curators.example",
                "Access-Control-Request-Method",
                "PUT",
                "Access-Control-Request-Headers",
                "if-match,authorization"));
    Answer other =
        send(
            "OPTIONS",
            "/api/curation/mechanisms/arf",
            null,
            null,
            Map.of("Origin", "https://elsewhere.example", "Access-Control-Request-Method", "PUT"));

    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://curators.example");
    assertThat(allowed.header("Access-Control-Allow-Methods")).contains("PUT");
    assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    assertThat(other.status()).isEqualTo(403);
  }

  private static Map<String, Object> fields(JsonNode record) {
    Map<String, Object> fields = json.convertValue(record, Map.class);
    fields.keySet().removeAll(List.of("version", "origin", "etag", "href", "key"));
    return new LinkedHashMap<>(fields);
  }
}
