package org.linkagemapper.curation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.linkagemapper.seed.SeedFiles;
import org.linkagemapper.seed.SeedLoader;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for tests that write: the whole application on a random port over a database of its own
 * (never the shared, seeded one), reset to the small fixture before each test, with two editors and
 * a reader configured. Passwords are hashed with a low bcrypt cost so tests stay fast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CurationTestBase {

  static final String FIXTURE = "src/test/resources/seed-fixtures/minimal";
  static final String ALICE = "alice:alice-password-1";
  static final String BOB = "bob:bob-password-22";
  static final String RITA = "rita:rita-reads-only-3";

  private static Neo4j neo4j;
  static Driver driver;
  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;

  static synchronized Neo4j database() {
    if (neo4j == null) {
      neo4j = TestNeo4j.start();
      driver = TestNeo4j.driver(neo4j);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    driver.close();
                    neo4j.close();
                  }));
    }
    return neo4j;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    registry.add("linkage.neo4j.uri", () -> database().boltURI().toString());
    registry.add("linkage.seed.location", () -> FIXTURE);
    registry.add("linkage.seed.on-start", () -> "if-empty");
    registry.add(
        "linkage.security.editors",
        () ->
            "alice:%s, bob:%s"
                .formatted(bcrypt.encode("alice-password-1"), bcrypt.encode("bob-password-22")));
    registry.add("linkage.security.readers", () -> "rita:" + bcrypt.encode("rita-reads-only-3"));
    registry.add("linkage.security.max-body", () -> "1MB");
    registry.add("linkage.security.cors-origins", () -> "https://curators.example");
  }

  /** Every test starts from the fixture alone: no edits, no change log. */
  @BeforeEach
  void resetToFixture() {
    database();
    try (var session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    new SeedLoader(driver, null).load(SeedFiles.resolve(FIXTURE));
  }

  /** An HTTP answer. */
  record Answer(int status, HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    JsonNode json() {
      return CurationTestBase.json.readTree(response.body());
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type") == null ? "" : header("Content-Type");
    }
  }

  Answer send(String method, String path, String user, Object body, Map<String, String> headers) {
    try {
      HttpRequest.BodyPublisher publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : body instanceof byte[] bytes
                  ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                  : HttpRequest.BodyPublishers.ofString(
                      body instanceof String s ? s : json.writeValueAsString(body));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .method(method, publisher);
      if (body != null && !headers.containsKey("Content-Type")) {
        request.header("Content-Type", "application/json");
      }
      if (user != null) {
        request.header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
      }
      headers.forEach(request::header);
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path) {
    return send("GET", path, null, null, Map.of());
  }

  Answer post(String path, String user, Object body) {
    return send("POST", path, user, body, Map.of());
  }

  Answer put(String path, String user, String ifMatch, Object body) {
    return send("PUT", path, user, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  Answer patch(String path, String user, String ifMatch, Object body) {
    return send(
        "PATCH",
        path,
        user,
        body,
        ifMatch == null
            ? Map.of("Content-Type", "application/merge-patch+json")
            : Map.of("If-Match", ifMatch, "Content-Type", "application/merge-patch+json"));
  }

  Answer delete(String path, String user, String ifMatch) {
    return send(
        "DELETE", path, user, null, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  static String fingerprint() {
    return TestNeo4j.fingerprint(driver);
  }

  static Map<String, Object> mechanism(String id) {
    return Map.of(
        "id",
        id,
        "name",
        "Test mechanism " + id,
        "kind",
        "forum",
        "status",
        "active",
        "source",
        "paper",
        "locator",
        "p.9");
  }
}
