import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent readers for a bounded time against a Linkage Mapper on this machine; prints requests,
 * errors, throughput and latency percentiles, and exits 1 when any request failed. Run with: java
 * bench/Readers.java BASE_URL SECONDS THREADS (bench/readers.sh does it for you).
 */
public class Readers {

  static final List<String> PATHS =
      List.of(
          "/api/search?q=cert",
          "/api/search?q=TELMIN",
          "/api/mechanisms",
          "/api/mechanisms?pillar=apsc&asOf=2017",
          "/api/mechanisms/telmin",
          "/api/mechanisms/arf",
          "/api/partners/japan",
          "/api/partners?memberState=true",
          "/api/pillars",
          "/api/roles",
          "/api/areas",
          "/api/sources",
          "/api/graph?asOf=2017",
          "/api/curation/mechanisms/telmin",
          "/api/changes");

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    String host = URI.create(base).getHost();
    if (!(host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1"))) {
      System.err.println(
          "Readers only load a service on this machine (loopback); refusing " + base);
      System.exit(2);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    System.out.printf(
        "Warming up for 5 s, then %d readers for %d s against %s%n", threads, seconds, base);
    run(http, base, Math.min(threads, 4), 5, null);
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = run(http, base, threads, seconds, errors);
    long[] all =
        latencies.stream()
            .flatMapToLong(Arrays::stream)
            .filter(v -> v > 0)
            .map(v -> v >> 5)
            .sorted()
            .toArray();
    double throughput = all.length / (double) seconds;
    System.out.printf(
        "requests %d, errors %d, throughput %.0f req/s%n",
        all.length + errors.get(), errors.get(), throughput);
    System.out.printf(
        "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
        pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    System.out.println("p99 ms by path:");
    for (int p = 0; p < PATHS.size(); p++) {
      int path = p;
      long[] mine =
          latencies.stream()
              .flatMapToLong(Arrays::stream)
              .filter(v -> v > 0 && (v & 31) == path)
              .map(v -> v >> 5)
              .sorted()
              .toArray();
      System.out.printf(
          "  %-40s %6d requests  p50 %7.1f  p99 %7.1f%n",
          PATHS.get(p), mine.length, pct(mine, 50), pct(mine, 99));
    }
    System.exit(errors.get() == 0 && all.length > 0 ? 0 : 1);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  static List<long[]> run(HttpClient http, String base, int threads, int seconds, AtomicLong errors)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> results = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    Map<String, Long> failures = new TreeMap<>();
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[2_000_000];
      results.add(mine);
      int offset = t;
      Thread worker =
          new Thread(
              () -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                  int index = (offset + n) % PATHS.size();
                  String path = PATHS.get(index);
                  long start = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    // Latency in the high bits, the path's index in the low 5.
                    mine[n++] = ((System.nanoTime() - start) << 5) | index;
                  } catch (Exception e) {
                    if (errors != null) {
                      errors.incrementAndGet();
                      synchronized (failures) {
                        failures.merge(path + ": " + e.getMessage(), 1L, Long::sum);
                      }
                    }
                    n++;
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      System.out.println("failures: " + failures);
    }
    return results;
  }
}
