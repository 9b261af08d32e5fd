package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Proof that bad input never gets past the checks: malformed JSON, wrong types, huge bodies,
 * unknown ids, injection attempts in every string and a Cypher fragment as an id, on every write
 * endpoint, each answered with a 4xx problem (never a 500) and the database left exactly as it was.
 */
class BadInputTest extends CurationTestBase {

  static final List<String> INJECTIONS =
      List.of(
          "x' OR 1=1 //",
          "telmin'}) DETACH DELETE n //",
          "MATCH (n) DETACH DELETE n",
          "\" }) MATCH (n) DETACH DELETE n //",
          "$id",
          "`Mechanism`:Partner",
          "${jndi:ldap://127.0.0.1/a}",
          "<script>alert(1)</script>",
          "../../etc/passwd",
          "nul\u0000byte",
          "' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
          "CALL dbms.security.createUser('x','y',false)",
          "telmin\nMATCH (n) DELETE n");

  private static final Map<Integer, Integer> statuses = new TreeMap<>();
  private static int requests;

  @AfterAll
  static void printFigures() {
    System.out.printf("Bad input: %d requests, answers by status %s%n", requests, statuses);
  }

  private void expectRefused(Answer answer, String what) {
    requests++;
    statuses.merge(answer.status(), 1, Integer::sum);
    assertThat(answer.status()).as("%s: %s", what, answer.body()).isBetween(400, 499);
    assertThat(answer.contentType()).as("%s", what).startsWith("application/problem+json");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static final String ARF = "/api/curation/mechanisms/arf";
  private static final String REL = "/api/curation/relationships/telmin%3EENGAGES%3Ejapan@paper/";

  @Test
  void malformedJsonOnEveryWriteEndpointIsA400AndChangesNothing() {
    String before = fingerprint();
    List<String> bodies =
        List.of(
            "{",
            "{\"id\": \"x\",}",
            "not json",
            "{\"id\": \"x\" \"name\": 1}",
            "[1, 2",
            "\u0000",
            "{\"a\":" + "[".repeat(5000));
    for (String body : bodies) {
      expectRefused(
          send("POST", "/api/curation/mechanisms", ALICE, body, Map.of()), "POST " + body);
      expectRefused(send("PUT", ARF, ALICE, body, Map.of("If-Match", "*")), "PUT " + body);
      expectRefused(
          send(
              "PATCH",
              ARF,
              ALICE,
              body,
              Map.of("If-Match", "*", "Content-Type", "application/merge-patch+json")),
          "PATCH " + body);
      expectRefused(
          send("POST", "/api/curation/relationships", ALICE, body, Map.of()), "POST rel " + body);
      expectRefused(
          send(
              "PUT",
              "/api/curation/relationships/a%3EB%3Ec@d/e",
              ALICE,
              body,
              Map.of("If-Match", "*")),
          "PUT rel " + body);
      expectRefused(send("POST", "/api/import", ALICE, body, Map.of()), "import " + body);
    }
    expectRefused(send("POST", "/api/curation/mechanisms", ALICE, "", Map.of()), "empty body");
    expectRefused(
        send(
            "POST",
            "/api/curation/mechanisms",
            ALICE,
            "id=x",
            Map.of("Content-Type", "text/plain")),
        "text/plain");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void wrongTypesAreRefusedNamingTheField() {
    String before = fingerprint();
    List<Object> bodies = List.of("\"a string\"", "[]", "42", "null", "true");
    for (Object body : bodies) {
      expectRefused(
          send("POST", "/api/curation/mechanisms", ALICE, body.toString(), Map.of()),
          "body " + body);
      expectRefused(
          send("POST", "/api/import", ALICE, body.toString(), Map.of()), "import " + body);
    }
    List<Map<String, Object>> wrong =
        List.of(
            Map.of("name", Map.of("nested", "object")),
            Map.of("established", "two thousand"),
            Map.of("established", 2001.5),
            Map.of("established", List.of(2001)),
            Map.of("aliases", List.of(List.of("nested"))),
            Map.of("aliases", List.of(Map.of("a", "b"))),
            Map.of("kind", 7),
            Map.of("status", true),
            Map.of("id", List.of("a")),
            Map.of("conflicts", "none"),
            Map.of("disputed", "yes"),
            Map.of("unknownField", "x"),
            Map.of("established", 99999999999L));
    for (Map<String, Object> change : wrong) {
      Map<String, Object> body = new LinkedHashMap<>(mechanism("typed"));
      body.putAll(change);
      Answer answer = post("/api/curation/mechanisms", ALICE, body);
      expectRefused(answer, "field " + change);
      assertThat(answer.status()).isEqualTo(422);
      Answer patched = patch(ARF, ALICE, "*", change);
      expectRefused(patched, "patch " + change);
    }
    expectRefused(
        send("POST", "/api/import", ALICE, Map.of("actors", "not a list"), Map.of()),
        "actors not a list");
    expectRefused(
        send("POST", "/api/import", ALICE, Map.of("actors", List.of("not an object")), Map.of()),
        "actor not an object");
    expectRefused(
        send("POST", "/api/import", ALICE, Map.of("people", List.of()), Map.of()),
        "unknown member");
    expectRefused(
        send("DELETE", ARF + "?cascade=maybe", ALICE, null, Map.of("If-Match", "*")),
        "cascade=maybe");
    expectRefused(
        send("POST", "/api/import?dryRun=perhaps", ALICE, Map.of("actors", List.of()), Map.of()),
        "dryRun=perhaps");
    expectRefused(get("/api/changes?limit=100000"), "limit");
    expectRefused(get("/api/changes?before=abc"), "before");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void hugeBodiesAreRefusedBeforeTheyAreRead() {
    String before = fingerprint();
    String huge = "{\"id\":\"huge\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    expectRefused(post("/api/curation/mechanisms", ALICE, huge), "declared length");
    expectRefused(
        send("POST", "/api/curation/mechanisms", null, huge, Map.of()),
        "declared length, no login");
    Answer chunked =
        sendChunked(
            "/api/curation/mechanisms", huge.getBytes(StandardCharsets.UTF_8), "application/json");
    expectRefused(chunked, "chunked");
    assertThat(chunked.status()).isEqualTo(413);
    String boundary = "b" + UUID.randomUUID();
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"actors\"; filename=\"a.csv\"\r\n\r\n"
            + "type,id\n"
            + "mechanism,x\n".repeat(200_000)
            + "\r\n--"
            + boundary
            + "--\r\n";
    expectRefused(
        send(
            "POST",
            "/api/import",
            ALICE,
            multipart.getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "multipart/form-data; boundary=" + boundary)),
        "multipart");
    Map<String, Object> longText = new LinkedHashMap<>(mechanism("long"));
    longText.put("description", "y".repeat(20_000));
    expectRefused(
        post("/api/curation/mechanisms", ALICE, longText), "20,000-character description");
    assertThat(fingerprint()).isEqualTo(before);
  }

  private Answer sendChunked(String path, byte[] body, String type) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://127.0.0.1:" + port + path))
              .header("Content-Type", type)
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(ALICE.getBytes(StandardCharsets.UTF_8)))
              .POST(
                  java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                      () -> new java.io.ByteArrayInputStream(body)))
              .build();
      var response =
          java.net.http.HttpClient.newBuilder()
              .version(java.net.http.HttpClient.Version.HTTP_1_1)
              .build()
              .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (java.io.IOException e) {
      // The server may close the connection once it has answered; that is a refusal too.
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unknownIdsAndKindsAreNotFoundOrBadParameters() {
    String before = fingerprint();
    expectRefused(get("/api/curation/mechanisms/no-such-thing"), "GET unknown");
    expectRefused(
        put("/api/curation/mechanisms/no-such-thing", ALICE, "*", mechanism("no-such-thing")),
        "PUT unknown");
    expectRefused(
        patch("/api/curation/mechanisms/no-such-thing", ALICE, "*", Map.of("name", "x")),
        "PATCH unknown");
    expectRefused(delete("/api/curation/mechanisms/no-such-thing", ALICE, "*"), "DELETE unknown");
    expectRefused(
        delete("/api/curation/partners/telmin", ALICE, "*"), "DELETE a mechanism as a partner");
    expectRefused(get("/api/curation/scenarios/test-scenario"), "scenarios are not editable");
    expectRefused(post("/api/curation/people", ALICE, mechanism("x")), "unknown kind");
    expectRefused(get(REL + "00000000"), "unknown relationship");
    expectRefused(
        put(REL + "00000000", ALICE, "*", Map.of("from", "telmin")), "PUT unknown relationship");
    expectRefused(delete(REL + "00000000", ALICE, "*"), "DELETE unknown relationship");
    expectRefused(
        get("/api/curation/relationships?actor=no-such-thing"), "relationships of unknown");
    expectRefused(put(ARF, ALICE, "\"0.000000000000\"", mechanism("arf")), "stale If-Match");
    expectRefused(put(ARF, ALICE, "garbage", mechanism("arf")), "garbage If-Match");
    expectRefused(
        post(
            "/api/curation/relationships",
            ALICE,
            Map.of(
                "from",
                "no-one",
                "type",
                "LINKS_TO",
                "to",
                "arf",
                "kind",
                "supports",
                "source",
                "paper",
                "locator",
                "x")),
        "relationship from unknown");
    expectRefused(
        post(
            "/api/curation/relationships",
            ALICE,
            Map.of(
                "from",
                "telmin",
                "type",
                "AFFECTS",
                "to",
                "singapore",
                "source",
                "paper",
                "locator",
                "x")),
        "scenario type");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void injectionInEveryIdFieldPathAndParameterIsRefusedAndChangesNothing() {
    String before = fingerprint();
    for (String attack : INJECTIONS) {
      for (String field : List.of("id", "kind", "status", "source")) {
        Map<String, Object> body = new LinkedHashMap<>(mechanism("injected"));
        body.put(field, attack);
        expectRefused(post("/api/curation/mechanisms", ALICE, body), field + "=" + attack);
      }
      for (String field : List.of("from", "type", "to", "kind", "source")) {
        Map<String, Object> rel =
            new LinkedHashMap<>(
                Map.of(
                    "from",
                    "arf",
                    "type",
                    "LINKS_TO",
                    "to",
                    "telmin",
                    "kind",
                    "supports",
                    "source",
                    "paper",
                    "locator",
                    "x"));
        rel.put(field, attack);
        expectRefused(
            post("/api/curation/relationships", ALICE, rel),
            "relationship " + field + "=" + attack);
      }
      String id = enc(attack);
      expectRefused(get("/api/curation/mechanisms/" + id), "GET id " + attack);
      expectRefused(
          put("/api/curation/mechanisms/" + id, ALICE, "*", mechanism("x")), "PUT id " + attack);
      expectRefused(
          delete("/api/curation/mechanisms/" + id + "?cascade=true", ALICE, "*"),
          "DELETE id " + attack);
      expectRefused(
          delete("/api/curation/relationships/" + id, ALICE, "*"), "DELETE key " + attack);
      expectRefused(get("/api/curation/relationships?actor=" + id), "actor " + attack);
      expectRefused(post("/api/curation/" + id, ALICE, mechanism("x")), "kind " + attack);
      expectRefused(get("/api/export?file=" + id), "export file " + attack);
      expectRefused(
          put(ARF, ALICE, attack.replace("\n", " ").replace("\u0000", " "), mechanism("arf")),
          "If-Match " + attack);
      Answer changes = get("/api/changes?actor=" + id);
      assertThat(changes.status()).as("a filter that matches nothing").isEqualTo(200);
      String csv =
          "type,id,name,kind,status,source,locator\nmechanism,\""
              + attack.replace("\"", "\"\"")
              + "\",x,forum,active,paper,p\n";
      Answer imported =
          new ImportExportApiTest().withPort(port).upload("", ALICE, Map.of("actors", csv));
      expectRefused(imported, "CSV id " + attack);
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void injectionInFreeTextIsStoredAsTextAndTouchesNothingElse() {
    String before = fingerprint();
    List<String> ids = new ArrayList<>();
    int i = 0;
    for (String attack : INJECTIONS) {
      if (attack.contains("\u0000")) {
        Map<String, Object> body = new LinkedHashMap<>(mechanism("nul-" + i));
        body.put("name", attack);
        expectRefused(post("/api/curation/mechanisms", ALICE, body), "control character");
        continue;
      }
      String id = "text-" + i++;
      Map<String, Object> body = new LinkedHashMap<>(mechanism(id));
      for (String field : List.of("name", "acronym", "description", "locator")) {
        body.put(field, attack);
      }
      body.put("aliases", List.of(attack));
      Answer created = post("/api/curation/mechanisms", ALICE, body);
      assertThat(created.status()).as(attack).isEqualTo(201);
      assertThat(get("/api/curation/mechanisms/" + id).json().get("description").asString())
          .isEqualTo(attack.strip());
      ids.add(id);
    }
    try (var session = driver.session()) {
      session
          .run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", ids))
          .consume();
      session.run("MATCH (n) WHERE n:Change OR n:ChangeLog DETACH DELETE n").consume();
    }
    assertThat(fingerprint()).isEqualTo(before);
  }
}
