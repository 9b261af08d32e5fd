package org.linkagemapper.analysis;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkagemapper.LinkageMapperApplication;
import org.linkagemapper.support.SyntheticGraph;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every analysis endpoint on the synthetic graph (10,000 actors, 100,000 relationships, seed 42)
 * and on a path of 100,000 actors: the status and time of a first (cold) and of following (warm)
 * requests, and the process's resident memory after each endpoint. Run with {@code bench/run.sh
 * -Dbench.main=org.linkagemapper.analysis.AnalysisBenchmark}.
 *
 * <p>"Warm" is the median of the following requests. Unless the projection is cached per graph
 * version, a warm request reads the graph again, so it costs about what a cold one does.
 */
public final class AnalysisBenchmark {

  private static final int ACTORS = Integer.getInteger("bench.actors", 10_000);
  private static final int RELATIONSHIPS = Integer.getInteger("bench.relationships", 100_000);
  private static final int PATH = Integer.getInteger("bench.path", 100_000);
  private static final int WARM = Integer.getInteger("bench.warm", 2);

  /**
   * The service's query timeout for the run: reading the synthetic graph takes seconds on a loaded
   * machine.
   */
  private static final String QUERY_TIMEOUT = System.getProperty("bench.queryTimeout", "60s");

  private static final List<String> ENDPOINTS =
      List.of(
          "/api/analysis/hubs",
          "/api/analysis/hubs?by=degree",
          "/api/analysis/critical",
          "/api/analysis/overlaps",
          "/api/analysis/gaps",
          "/api/analysis/what-if?remove=%s");

  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Neo4j neo4j = TestNeo4j.start()) {
      long t0 = System.nanoTime();
      try (Driver driver = TestNeo4j.driver(neo4j)) {
        SyntheticGraph.generate(driver, ACTORS, RELATIONSHIPS, 42);
      }
      System.out.printf(
          "generated the synthetic graph (%d actors, %d relationships, seed 42) in %d ms%n",
          ACTORS, RELATIONSHIPS, (System.nanoTime() - t0) / 1_000_000);
      rows.addAll(
          run(
              "synthetic %dk/%dk".formatted(ACTORS / 1000, RELATIONSHIPS / 1000),
              neo4j,
              SyntheticGraph.actorId(ACTORS / 2, ACTORS)));
    }
    try (Neo4j neo4j = TestNeo4j.start()) {
      long t0 = System.nanoTime();
      try (Driver driver = TestNeo4j.driver(neo4j);
          var session = driver.session()) {
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
      System.out.printf(
          "generated a path of %d actors in %d ms%n", PATH, (System.nanoTime() - t0) / 1_000_000);
      rows.addAll(run("path %dk".formatted(PATH / 1000), neo4j, "m" + PATH / 2));
    }
    System.out.println();
    System.out.println(
        "| graph | endpoint | cold status | cold | warm status | warm (median of "
            + WARM
            + ") | RSS after |");
    System.out.println("|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static List<String> run(String name, Neo4j neo4j, String removed) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(LinkageMapperApplication.class)
            .run(
                "--linkage.neo4j.uri=" + neo4j.boltURI(),
                "--linkage.seed.on-start=never",
                "--linkage.query.timeout=" + QUERY_TIMEOUT,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.org.linkagemapper=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      rows.addAll(
          inMemory(
              name,
              app.getBean(AnalysisRepository.class),
              app.getBean(AnalysisService.class),
              removed));
      for (String endpoint : ENDPOINTS) {
        String path = endpoint.formatted(removed);
        long start = System.nanoTime();
        int coldStatus = get(port, path);
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[WARM];
        int warmStatus = 0;
        for (int i = 0; i < WARM; i++) {
          long t = System.nanoTime();
          warmStatus = get(port, path);
          warm[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(warm);
        String row =
            "| %s | `%s` | %d | %.0f ms | %d | %.0f ms | %s |"
                .formatted(name, path, coldStatus, cold, warmStatus, warm[WARM / 2], rss());
        System.out.println(row);
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The parts of a request apart: reading the projection from Neo4j, then each analysis on the
   * projection in memory, twice (the second is what a projection cached per graph version answers
   * from, once the JIT has compiled the code).
   */
  private static List<String> inMemory(
      String name, AnalysisRepository repository, AnalysisService service, String removed) {
    List<String> rows = new ArrayList<>();
    long t0 = System.nanoTime();
    Projection p = repository.projection(null);
    double read = (System.nanoTime() - t0) / 1e6;
    t0 = System.nanoTime();
    repository.projection(null);
    double reread = (System.nanoTime() - t0) / 1e6;
    rows.add(
        "| %s | reading the projection (%d actors, %d ties) | | %.0f ms | | %.0f ms | %s |"
            .formatted(
                name,
                p.graph().vertexSet().size(),
                p.graph().edgeSet().size(),
                read,
                reread,
                rss()));
    AnalysisLimits limits = AnalysisLimits.defaults();
    Map<String, java.util.concurrent.Callable<Object>> analyses = new java.util.LinkedHashMap<>();
    analyses.put("hubs (betweenness)", () -> HubAnalysis.rank(p, "betweenness", limits).size());
    analyses.put("critical", () -> CriticalAnalysis.run(p, 100).articulationPointCount());
    analyses.put("overlaps", () -> OverlapAnalysis.rank(p, null, 25).candidates());
    analyses.put(
        "gaps",
        () ->
            GapAnalysis.reach(p, null, 4).size()
                + GapAnalysis.unlinked(p).size()
                + GapAnalysis.roles(p).size());
    analyses.put(
        "what-if",
        () -> WhatIfAnalysis.run(p, java.util.Set.of(removed), List.of()).lostPairCount());
    analyses.forEach(
        (analysis, work) -> {
          try {
            long a = System.nanoTime();
            Object cold = work.call();
            double first = (System.nanoTime() - a) / 1e6;
            a = System.nanoTime();
            work.call();
            double second = (System.nanoTime() - a) / 1e6;
            String row =
                "| %s | %s on the projection in memory (%s) | | %.0f ms | | %.0f ms | %s |"
                    .formatted(name, analysis, cold, first, second, rss());
            System.out.println(row);
            rows.add(row);
          } catch (Exception e) {
            rows.add("| %s | %s in memory | failed: %s | | | | |".formatted(name, analysis, e));
          }
        });
    return rows;
  }

  private static int get(int port, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d%s".formatted(port, path)))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 400) {
      System.out.printf(
          "  %s answered %d: %s%n",
          path,
          response.statusCode(),
          response.body().substring(0, Math.min(300, response.body().length())));
    }
    return response.statusCode();
  }

  /** Resident memory of this process (service and in-process Neo4j together), from /proc. */
  private static String rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return "%d MB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        }
      }
    } catch (Exception e) {
      // Not Linux: fall back to the heap.
    }
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return "%d MB heap".formatted(heap.getUsed() >> 20);
  }
}
