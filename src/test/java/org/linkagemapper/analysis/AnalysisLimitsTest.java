package org.linkagemapper.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.harness.Neo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on analyses, on a graph where exact betweenness cannot finish within the one-second
 * budget: a path of 50,000 actors with sampling switched off (one search from each actor, each
 * visiting every actor: 2.5 billion steps). The budget counts from the moment the graph has been
 * read, so the computation itself is what runs out of it. Two analyses may run at once; a third
 * waits 200 ms for a slot.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "linkage.analysis.budget=1s",
      "linkage.query.timeout=30s",
      "linkage.analysis.concurrency=2",
      "linkage.analysis.queue-wait=200ms",
      "linkage.analysis.exact-up-to=1000000",
      "linkage.seed.on-start=never"
    })
class AnalysisLimitsTest {

  private static final int PATH = 50_000;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final JsonMapper json = JsonMapper.builder().build();
  private static Neo4j neo4j;

  @LocalServerPort int port;
  @Autowired AnalysisLimiter limiter;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    neo4j = TestNeo4j.start();
    try (var driver = TestNeo4j.driver(neo4j);
        var session = driver.session()) {
      // The same constraint the schema migration and SyntheticGraph create.
      session
          .run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE")
          .consume();
      session
          .run(
              """
          UNWIND range(0, $n - 1) AS i
          CREATE (:Entity:Mechanism {id: 'm' + i, name: 'Mechanism ' + i, source: 'synthetic', locator: 'generated'})""",
              Map.of("n", PATH))
          .consume();
      session
          .run(
              """
          UNWIND range(1, $n - 1) AS i
          MATCH (a:Entity {id: 'm' + (i - 1)}), (b:Entity {id: 'm' + i})
          CREATE (a)-[:LINKS_TO {kind: 'coordinates', source: 'synthetic', locator: 'generated'}]->(b)""",
              Map.of("n", PATH))
          .consume();
    }
    registry.add("linkage.neo4j.uri", () -> neo4j.boltURI().toString());
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @Test
  void anAnalysisPastItsBudgetIsStoppedWithA503SayingWhatWasTooLargeAndHowToNarrowIt()
      throws Exception {
    long stoppedBefore = limiter.outOfTime();

    HttpResponse<String> answer = get("/api/analysis/hubs");

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.get("title").asString()).isEqualTo("Analysis too large");
    assertThat(problem.get("detail").asString())
        .contains("hubs analysis of %d actors and %d ties".formatted(PATH, PATH - 1))
        .contains("LINKAGE_ANALYSIS_BUDGET")
        .contains("asOf");
    awaitIdle();
    assertThat(limiter.outOfTime()).isGreaterThan(stoppedBefore);
  }

  @Test
  void tenAbandonedRequestsLeaveNoWorkBehind() throws Exception {
    awaitIdle();
    long startedBefore = limiter.started();
    long stoppedBefore = limiter.outOfTime() + limiter.cancelled();

    // Ten clients send a request and hang up without reading the answer.
    for (int i = 0; i < 10; i++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        OutputStream out = socket.getOutputStream();
        out.write(
            "GET /api/analysis/hubs HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }

    // Wait until the requests have reached the limiter, then until it is idle again.
    for (int i = 0; i < 300 && limiter.started() == startedBefore; i++) {
      Thread.sleep(100);
    }
    awaitIdle();
    long started = limiter.started() - startedBefore;
    System.out.printf(
        "abandoned: %d started, %d out of time, %d cancelled in all%n",
        started, limiter.outOfTime(), limiter.cancelled());
    long stopped = limiter.outOfTime() + limiter.cancelled() - stoppedBefore;
    // Some began (at most two at a time), none ran to the end: each was stopped by its budget or
    // cancelled.
    assertThat(started).isPositive();
    assertThat(stopped).isEqualTo(started);
    assertThat(limiter.running()).isZero();
    // And the workers burn no CPU once idle.
    long cpu = analysisCpuNanos();
    Thread.sleep(500);
    assertThat(analysisCpuNanos()).isEqualTo(cpu);
  }

  @Test
  void requestsBeyondTheConcurrencyLimitGetA503InsteadOfPilingUp() throws Exception {
    awaitIdle();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(
          http.sendAsync(request("/api/analysis/hubs"), HttpResponse.BodyHandlers.ofString()));
    }
    List<String> titles = new ArrayList<>();
    for (var answer : answers) {
      HttpResponse<String> response = answer.get();
      assertThat(response.statusCode()).isEqualTo(503);
      titles.add(json.readTree(response.body()).get("title").asString());
      if (titles.get(titles.size() - 1).equals("Too many analyses")) {
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json.readTree(response.body()).get("detail").asString())
            .contains("LINKAGE_ANALYSIS_CONCURRENCY");
      }
    }
    // Two ran (and ran out of time); the other four found no slot.
    assertThat(titles).filteredOn("Too many analyses"::equals).hasSizeGreaterThanOrEqualTo(4);
    awaitIdle();
  }

  /** Waits until no analysis computes. Bounded, so a leak fails the test instead of hanging it. */
  private void awaitIdle() throws InterruptedException {
    for (int i = 0; i < 600 && limiter.running() > 0; i++) {
      Thread.sleep(100);
    }
    assertThat(limiter.running()).as("analyses still computing").isZero();
  }

  private static long analysisCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("analysis-")) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }
}
