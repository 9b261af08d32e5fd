package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;

/**
 * The service as it starts with no security settings: reads open, every write refused with a
 * problem saying how to configure an editor, CORS closed, security headers on answers, and Neo4j
 * Browser still served without a content security policy that would break it.
 */
class AccessDefaultsTest extends GraphApiTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String method, String path, String... headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .method(
                  method,
                  method.equals("GET") || method.equals("OPTIONS")
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString("{}"));
      if (!method.equals("GET") && !method.equals("OPTIONS")) {
        request.header("Content-Type", "application/json");
      }
      if (headers.length > 0) {
        request.headers(headers);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsAreOpenAndCarrySecurityHeaders() {
    HttpResponse<String> pillars = send("GET", "/api/pillars");

    assertThat(pillars.statusCode()).isEqualTo(200);
    assertThat(pillars.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(pillars.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(pillars.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(pillars.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(pillars.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
  }

  @Test
  void withNoEditorConfiguredEveryWriteIsRefusedWithAProblemSayingHowToConfigureOne() {
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      HttpResponse<String> answer = send(method, "/api/curation/mechanisms/telmin");

      assertThat(answer.statusCode()).as(method).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(answer.body()).contains("no editors are configured", "LINKAGE_EDITORS");
    }
    assertThat(send("POST", "/api/import").statusCode()).isEqualTo(401);
    assertThat(send("POST", "/actuator/health").statusCode()).isEqualTo(401);
  }

  @Test
  void corsIsClosedUnlessOriginsAreConfigured() {
    HttpResponse<String> preflight =
        send(
            "OPTIONS",
            "/api/pillars",
            "Origin",
            "https://elsewhere.example",
            "Access-Control-Request-Method",
            "POST");
    HttpResponse<String> read = send("GET", "/api/pillars", "Origin", "https://elsewhere.example");

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void neo4jBrowserIsServedWithoutAPolicyThatWouldBreakIt() {
    HttpResponse<String> browser = send("GET", "/browser/");

    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(browser.body()).contains("<html");
    assertThat(browser.headers().firstValue("Content-Security-Policy")).isEmpty();
    assertThat(browser.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(send("GET", "/guides/linkage.html").statusCode()).isEqualTo(200);
  }
}
