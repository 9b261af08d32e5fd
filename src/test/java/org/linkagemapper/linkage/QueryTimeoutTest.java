package org.linkagemapper.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.SyntheticGraph;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query that outlives its transaction timeout is stopped by Neo4j and answered with a 503 that
 * names the cause. The timeout is forced rather than raced: a 1 ms transaction timeout, checked by
 * the database every 5 ms, against a neighbourhood that must read a synthetic graph of 60,000
 * relationships, which no machine reads in that time. Whatever status the server then reports
 * (timed out, terminated, lock client stopped), the answer is the same 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryTimeoutTest {

  private static Neo4j neo4j;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    neo4j =
        TestNeo4j.builder()
            .withConfig(
                GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(5))
            .build();
    try (var driver = TestNeo4j.driver(neo4j)) {
      SyntheticGraph.generate(driver, 5_000, 60_000, 7);
    }
    registry.add("linkage.neo4j.uri", () -> neo4j.boltURI().toString());
    registry.add("linkage.seed.on-start", () -> "never");
    registry.add("linkage.query.timeout", () -> "1ms");
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @Test
  void queryPastItsTimeoutIsA503ProblemNamingTheCause() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/actors/m1/linkages?depth=3"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
    assertThat(problem.get("detail").asString()).contains("timeout", "LINKAGE_QUERY_TIMEOUT");
  }
}
