package org.linkagemapper.linkage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.linkagemapper.LinkageMapperApplication;
import org.linkagemapper.support.SyntheticGraph;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.harness.Neo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shortest-path query over REST against the same Cypher through the Neo4j Java Driver, in one
 * run, on the seed graph and on a synthetic graph (10,000 actors, 100,000 relationships, generated
 * from a fixed seed). Prints median and p99 latency of each, REST throughput and the REST/driver
 * ratio. Run with {@code bench/run.sh}.
 */
public final class PathBenchmark {

  private static final int WARMUP = Integer.getInteger("bench.warmup", 500);
  private static final int SAMPLES = Integer.getInteger("bench.samples", 2000);
  private static final int THROUGHPUT_SECONDS = Integer.getInteger("bench.throughputSeconds", 10);
  private static final int THREADS = Integer.getInteger("bench.threads", 4);
  private static final int ACTORS = Integer.getInteger("bench.actors", 10_000);
  private static final int RELATIONSHIPS = Integer.getInteger("bench.relationships", 100_000);

  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "Linkage Mapper path benchmark: %d warm-up and %d measured queries per side, %d s x %d threads for throughput%n",
        WARMUP, SAMPLES, THROUGHPUT_SECONDS, THREADS);
    List<String> report = new ArrayList<>();
    try (Neo4j seed = TestNeo4j.start()) {
      report.add(run("seed graph", seed, true, null));
    }
    try (Neo4j synthetic = TestNeo4j.start()) {
      long t0 = System.nanoTime();
      try (Driver driver = TestNeo4j.driver(synthetic)) {
        SyntheticGraph.generate(driver, ACTORS, RELATIONSHIPS, 42);
      }
      System.out.printf(
          "generated synthetic graph (%d actors, %d relationships, seed 42) in %d ms%n",
          ACTORS, RELATIONSHIPS, (System.nanoTime() - t0) / 1_000_000);
      report.add(
          run(
              "synthetic %dk/%dk".formatted(ACTORS / 1000, RELATIONSHIPS / 1000),
              synthetic,
              false,
              ACTORS));
    }
    System.out.println();
    System.out.println(
        "| graph | REST median | REST p99 | driver median | driver p99 | REST/driver (median) | REST/driver (p99) | REST throughput |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    report.forEach(System.out::println);
  }

  private static String run(String name, Neo4j neo4j, boolean loadSeed, Integer syntheticActors)
      throws Exception {
    try (ConfigurableApplicationContext app =
            new SpringApplicationBuilder(LinkageMapperApplication.class)
                // Arguments, not default properties: application.yaml would win over those.
                .run(
                    "--linkage.neo4j.uri=" + neo4j.boltURI(),
                    "--linkage.seed.on-start=" + (loadSeed ? "if-empty" : "never"),
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--logging.level.org.linkagemapper=WARN");
        Driver driver = TestNeo4j.driver(neo4j)) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      List<String[]> pairs = pairs(driver, syntheticActors);
      // The very text the service runs for k=1 with default filters.
      String cypher =
          LinkageQueries.shortest(
              PathFilter.Direction.BOTH,
              PathFilter.ACTOR_TYPES,
              LinkageService.SHORTEST_DEFAULT_DEPTH);
      TransactionConfig tx = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();

      for (int i = 0; i < WARMUP; i++) {
        String[] p = pairs.get(i % pairs.size());
        rest(port, p);
        driver(driver, cypher, tx, p);
      }
      long[] restNanos = new long[SAMPLES];
      long[] driverNanos = new long[SAMPLES];
      int found = 0;
      // Interleaved, so both sides see the same machine state.
      for (int i = 0; i < SAMPLES; i++) {
        String[] p = pairs.get(i % pairs.size());
        long t0 = System.nanoTime();
        rest(port, p);
        restNanos[i] = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        found += driver(driver, cypher, tx, p);
        driverNanos[i] = System.nanoTime() - t1;
      }
      double throughput = throughput(port, pairs);
      Arrays.sort(restNanos);
      Arrays.sort(driverNanos);
      double restMedian = ms(restNanos[SAMPLES / 2]),
          restP99 = ms(restNanos[(int) (SAMPLES * 0.99)]);
      double driverMedian = ms(driverNanos[SAMPLES / 2]),
          driverP99 = ms(driverNanos[(int) (SAMPLES * 0.99)]);
      System.out.printf(
          "%s: %d pairs, %d of %d queries found a path%n", name, pairs.size(), found, SAMPLES);
      System.out.printf(
          "  REST   median %.2f ms  p99 %.2f ms  throughput %.0f req/s (%d threads)%n",
          restMedian, restP99, throughput, THREADS);
      System.out.printf("  driver median %.2f ms  p99 %.2f ms%n", driverMedian, driverP99);
      System.out.printf(
          "  REST/driver median %.2fx  p99 %.2fx%n",
          restMedian / driverMedian, restP99 / driverP99);
      return "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2fx | %.2fx | %.0f req/s |"
          .formatted(
              name,
              restMedian,
              restP99,
              driverMedian,
              driverP99,
              restMedian / driverMedian,
              restP99 / driverP99,
              throughput);
    }
  }

  /** Random actor pairs, the same in every run (fixed seed). */
  private static List<String[]> pairs(Driver driver, Integer syntheticActors) {
    List<String> ids = new ArrayList<>();
    if (syntheticActors != null) {
      for (int i = 0; i < syntheticActors; i++) {
        ids.add(SyntheticGraph.actorId(i, syntheticActors));
      }
    } else {
      try (var session = driver.session()) {
        session
            .run("MATCH (n:Mechanism|Partner) RETURN n.id AS id ORDER BY id")
            .forEachRemaining(r -> ids.add(r.get("id").asString()));
      }
    }
    Random random = new Random(1);
    List<String[]> pairs = new ArrayList<>();
    while (pairs.size() < 500) {
      String a = ids.get(random.nextInt(ids.size()));
      String b = ids.get(random.nextInt(ids.size()));
      if (!a.equals(b)) {
        pairs.add(new String[] {a, b});
      }
    }
    return pairs;
  }

  private static void rest(int port, String[] pair) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:%d/api/paths/shortest?from=%s&to=%s"
                            .formatted(port, pair[0], pair[1])))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "REST answered " + response.statusCode() + ": " + response.body());
    }
  }

  /**
   * Runs the query and reads every value of the answer, as the service does; 1 when a path was
   * found.
   */
  static int driver(Driver driver, String cypher, TransactionConfig tx, String[] pair) {
    Map<String, Object> params = new HashMap<>();
    params.put("from", pair[0]);
    params.put("to", pair[1]);
    params.put("endpoints", List.of(pair[0], pair[1]));
    params.put("kinds", null);
    params.put("phase", null);
    params.put("asOf", null);
    params.put("exclude", List.of());
    try (var session = driver.session()) {
      var record = session.executeRead(t -> t.run(cypher, params).single(), tx);
      return record.get("paths").asList(v -> v.asMap()).isEmpty() ? 0 : 1;
    }
  }

  private static double throughput(int port, List<String[]> pairs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(THROUGHPUT_SECONDS).toNanos();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * 97;
      futures.add(
          pool.submit(
              () -> {
                int i = offset;
                while (System.nanoTime() < end) {
                  rest(port, pairs.get(i++ % pairs.size()));
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return done.get() / (double) THROUGHPUT_SECONDS;
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
