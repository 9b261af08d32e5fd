package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Answers from memory on an external server (the Neo4j Harness over Bolt): kept until the graph
 * changes, and another client's write is seen once the probe interval has passed.
 */
class AnswerCacheTest extends GraphApiTest {

  static final long PROBE_MS = 300;
  private static final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void probe(DynamicPropertyRegistry registry) {
    registry.add("linkage.cache.probe-interval", () -> PROBE_MS + "ms");
  }

  /** The shared database is left as it was found. */
  @AfterEach
  void removeFreshMechanisms() {
    try (Driver driver = TestNeo4j.driver(TestNeo4j.shared());
        var session = driver.session()) {
      session.run("MATCH (m:Mechanism) WHERE m.id STARTS WITH 'fresh-' DETACH DELETE m").consume();
    }
  }

  @Test
  void aRepeatedQuestionIsAnsweredFromMemoryWithTheSameBytesAndTag() {
    HttpResponse<String> first = send("/api/search?q=cert", null);
    HttpResponse<String> again = send("/api/search?q=cert", null);
    HttpResponse<String> revalidated =
        send("/api/search?q=cert", again.headers().firstValue("ETag").orElseThrow());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("X-Answer-Cache")).hasValue("hit");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Content-Type"))
        .isEqualTo(first.headers().firstValue("Content-Type"));
    assertThat(revalidated.statusCode()).isEqualTo(304);
  }

  @Test
  void anAnalysisAnsweredAsynchronouslyIsSentWholeAndAnsweredFromMemoryAfterwards()
      throws InterruptedException {
    // Let the probe see the previous test's clean-up first, so both requests meet one version.
    Thread.sleep(3 * PROBE_MS);
    send("/api/search?q=arf", null);
    HttpResponse<String> first = send("/api/analysis/hubs?limit=5", null);
    HttpResponse<String> again = send("/api/analysis/hubs?limit=5", null);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"hubs\"");
    assertThat(again.headers().firstValue("X-Answer-Cache")).hasValue("hit");
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void aWriteByAnotherBoltClientIsSeenOnceTheProbeIntervalHasPassed() throws InterruptedException {
    String before = send("/api/mechanisms", null).body();
    assertThat(send("/api/mechanisms", null).headers().firstValue("X-Answer-Cache"))
        .hasValue("hit");

    try (Driver browser = TestNeo4j.driver(TestNeo4j.shared());
        var session = browser.session()) {
      session
          .run(
              "CREATE (:Entity:Mechanism {id: 'fresh-0', name: 'Fresh mechanism', kind: 'forum', status: 'active', source: 'paper'})")
          .consume();
    }
    // The documented bound: after one probe interval the next answer is computed afresh.
    Thread.sleep(PROBE_MS);
    String after = send("/api/mechanisms", null).body();

    assertThat(before).doesNotContain("\"fresh-0\"");
    assertThat(after).contains("\"fresh-0\"");
  }

  @Test
  void concurrentReadersDuringWritesEachGetTheAnswerOfOneVersion() throws Exception {
    int writes = 12;
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        readers.add(
            pool.submit(
                () -> {
                  while (writing.get()) {
                    answers.add(send("/api/mechanisms", null).body());
                  }
                }));
      }
      try (Driver writer = TestNeo4j.driver(TestNeo4j.shared());
          var session = writer.session()) {
        for (int i = 0; i < writes; i++) {
          session
              .run(
                  "CREATE (:Entity:Mechanism {id: $id, name: $id, kind: 'forum', status: 'active', source: 'paper'})",
                  java.util.Map.of("id", "fresh-" + i))
              .consume();
        }
      } finally {
        writing.set(false);
      }
      for (Future<?> reader : readers) {
        reader.get();
      }
    } finally {
      pool.shutdown();
    }
    Thread.sleep(PROBE_MS);
    answers.add(send("/api/mechanisms", null).body());

    // The writer adds fresh-0, fresh-1, ... one per transaction: the graph at any version holds a
    // prefix of them, so an answer holding fresh-k without fresh-(k-1) would mix two versions.
    for (String answer : answers) {
      List<Boolean> holds =
          IntStream.range(0, writes).mapToObj(i -> answer.contains("\"fresh-" + i + "\"")).toList();
      int count = (int) holds.stream().filter(b -> b).count();
      assertThat(holds.subList(0, count)).allMatch(b -> b);
    }
    String last = List.copyOf(answers).get(answers.size() - 1);
    assertThat(IntStream.range(0, writes)).allMatch(i -> last.contains("\"fresh-" + i + "\""));
    assertThat(answers).hasSizeGreaterThan(1);
  }

  private HttpResponse<String> send(String path, String ifNoneMatch) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
      if (ifNoneMatch != null) {
        request.header("If-None-Match", ifNoneMatch);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
