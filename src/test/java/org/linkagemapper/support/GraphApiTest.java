package org.linkagemapper.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for end-to-end tests of the REST API: the whole application on a random port, talking over
 * Bolt to a real in-process Neo4j loaded with the curated seed (the same path as {@code
 * NEO4J_URI}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphApiTest {

  private static final HttpClient http = HttpClient.newHttpClient();
  protected static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("linkage.neo4j.uri", () -> TestNeo4j.shared().boltURI().toString());
    registry.add("linkage.seed.on-start", () -> "if-empty");
  }

  /** A GET answer: status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    public JsonNode json() {
      return GraphApiTest.json.readTree(body);
    }
  }

  protected Answer get(String pathAndQuery) {
    return get(pathAndQuery, "*/*");
  }

  protected Answer get(String pathAndQuery, String accept) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                  .header("Accept", accept)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
