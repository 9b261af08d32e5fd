package org.linkagemapper.linkage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.linkagemapper.LinkageMapperApplication;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.harness.Neo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Read endpoints against a small static file on the same server, under concurrent connections, with
 * the answer cache on and off, in one run on the seed graph; and the REST shortest path against the
 * driver running the same Cypher. Prints req/s, ratios and a Markdown table. Knobs:
 * -Dbench.connections=8 -Dbench.seconds=10 -Dbench.samples=1000
 */
public final class CacheBenchmark {

  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 8);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  static final String STATIC_FILE = "/browser/linkage.grass";
  static final List<String> QUESTIONS =
      List.of(
          "/api/paths/shortest?from=japan&to=asean-certs",
          "/api/search?q=cert",
          "/api/mechanisms/telmin",
          "/api/incidents/cii-attack");

  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "Linkage Mapper cache benchmark: %d connections, %d s per endpoint, %d shortest-path samples per side%n",
        CONNECTIONS, SECONDS, SAMPLES);
    List<String> rows = new ArrayList<>();
    try (Neo4j neo4j = TestNeo4j.start()) {
      for (String cache : List.of("on", "off")) {
        rows.addAll(run(neo4j, cache));
      }
    }
    System.out.println();
    System.out.println(
        "| cache | endpoint | req/s | vs static file | REST p50 | driver p50 | REST/driver |");
    System.out.println("|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static List<String> run(Neo4j neo4j, String cache) throws Exception {
    try (ConfigurableApplicationContext app =
            new SpringApplicationBuilder(LinkageMapperApplication.class)
                .run(
                    "--linkage.neo4j.uri=" + neo4j.boltURI(),
                    "--linkage.seed.on-start=if-empty",
                    "--linkage.cache.enabled=" + cache,
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--logging.level.org.linkagemapper=WARN");
        Driver driver = TestNeo4j.driver(neo4j)) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String base = "http://127.0.0.1:" + port;
      Map<String, Double> perSecond = new LinkedHashMap<>();
      for (String path : concat(STATIC_FILE, QUESTIONS)) {
        load(base + path, 2); // warm-up
      }
      // The static file first and last, so a drift of the machine during the run shows.
      perSecond.put(STATIC_FILE, load(base + STATIC_FILE, SECONDS));
      for (String path : QUESTIONS) {
        perSecond.put(path, load(base + path, SECONDS));
      }
      double staticAfter = load(base + STATIC_FILE, SECONDS);
      double reference = (perSecond.get(STATIC_FILE) + staticAfter) / 2;
      System.out.printf(
          "cache %s: static file %.0f req/s before, %.0f after%n",
          cache, perSecond.get(STATIC_FILE), staticAfter);

      double[] p50 = shortestVsDriver(base, driver);
      List<String> rows = new ArrayList<>();
      for (var e : perSecond.entrySet()) {
        boolean shortest = e.getKey().equals(QUESTIONS.get(0));
        String served =
            http.send(
                    HttpRequest.newBuilder(URI.create(base + e.getKey())).build(),
                    HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("X-Answer-Cache")
                .orElse("-");
        System.out.printf(
            "  %-48s %8.0f req/s  %.2fx static  (X-Answer-Cache: %s)%n",
            e.getKey(), e.getValue(), e.getValue() / reference, served);
        rows.add(
            "| %s | `%s` | %.0f | %.2fx | %s | %s | %s |"
                .formatted(
                    cache,
                    e.getKey(),
                    e.getValue(),
                    e.getValue() / reference,
                    shortest ? "%.2f ms".formatted(p50[0]) : "",
                    shortest ? "%.2f ms".formatted(p50[1]) : "",
                    shortest ? "%.2fx".formatted(p50[0] / p50[1]) : ""));
      }
      System.out.printf(
          "  shortest path japan -> asean-certs, one client: REST p50 %.2f ms, driver p50 %.2f ms, REST/driver %.2fx%n",
          p50[0], p50[1], p50[0] / p50[1]);
      return rows;
    }
  }

  /** Requests per second of {@code url} under {@link #CONNECTIONS} concurrent connections. */
  private static double load(String url, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Future<?>> futures = new ArrayList<>();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
    for (int t = 0; t < CONNECTIONS; t++) {
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  HttpResponse<byte[]> response =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                  }
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return done.get() / (double) seconds;
  }

  /** Median of the REST question and of the driver running the service's Cypher, interleaved. */
  private static double[] shortestVsDriver(String base, Driver driver) throws Exception {
    String cypher =
        LinkageQueries.shortest(
            PathFilter.Direction.BOTH,
            PathFilter.ACTOR_TYPES,
            LinkageService.SHORTEST_DEFAULT_DEPTH);
    TransactionConfig tx = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();
    String[] pair = {"japan", "asean-certs"};
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + QUESTIONS.get(0))).build();
    long[] rest = new long[SAMPLES];
    long[] direct = new long[SAMPLES];
    for (int i = 0; i < SAMPLES / 5; i++) {
      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      PathBenchmark.driver(driver, cypher, tx, pair);
    }
    for (int i = 0; i < SAMPLES; i++) {
      long t0 = System.nanoTime();
      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      rest[i] = System.nanoTime() - t0;
      long t1 = System.nanoTime();
      PathBenchmark.driver(driver, cypher, tx, pair);
      direct[i] = System.nanoTime() - t1;
    }
    Arrays.sort(rest);
    Arrays.sort(direct);
    return new double[] {rest[SAMPLES / 2] / 1e6, direct[SAMPLES / 2] / 1e6};
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
