package org.linkagemapper.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.linkagemapper.support.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How fast the Explorer draws an incident view, and how much it transfers, in headless Chromium:
 * for each run a fresh browser profile (empty cache) opens the incident view, then opens it again
 * (warm cache). Prints the median over the runs of the time from navigation start to the view drawn
 * (the page's {@code explorer-drawn} performance mark) and of the bytes transferred (Resource
 * Timing {@code transferSize} of the document and every resource), split into the page with its
 * scripts and styles, and the API answers. Run with {@code bench/explorer.sh}.
 */
public final class ExplorerBenchmark {

  private static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8080");
  private static final String VIEW =
      System.getProperty("bench.view", "?view=incident&scenario=cii-attack&asOf=2017");
  private static final int RUNS = Integer.getInteger("bench.runs", 7);

  private record Sample(double drawnMs, long pageBytes, long apiBytes) {}

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  public static void main(String[] args) {
    if (!Browser.available()) {
      System.out.println(Browser.INSTALL_HINT);
      return;
    }
    String url = BASE + "/" + VIEW;
    System.out.printf(
        "Explorer benchmark: %s, %d runs, headless Chromium 1280x800, fresh profile per run%n",
        url, RUNS);
    List<Sample> cold = new ArrayList<>();
    List<Sample> warm = new ArrayList<>();
    List<Double> reference = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      ChromeDriver driver = Browser.start(1280, 800);
      try {
        cold.add(measure(driver, url));
        warm.add(measure(driver, url));
        reference.add(serviceOnly());
      } finally {
        Browser.quit(driver);
      }
      System.out.printf(
          "run %d: cold %.0f ms %d+%d bytes, warm %.0f ms %d+%d bytes%n",
          i + 1,
          cold.get(i).drawnMs,
          cold.get(i).pageBytes,
          cold.get(i).apiBytes,
          warm.get(i).drawnMs,
          warm.get(i).pageBytes,
          warm.get(i).apiBytes);
    }
    report("cold cache", cold);
    report("warm cache", warm);
    double ref = median(reference);
    System.out.printf(
        "reference, median of %d: the service alone answering the view's two requests (incident JSON, then its SVG "
            + "figure) over HttpClient %.0f ms; cold page / reference %.1f, warm page / reference %.1f%n",
        reference.size(),
        ref,
        median(cold.stream().map(Sample::drawnMs).toList()) / ref,
        median(warm.stream().map(Sample::drawnMs).toList()) / ref);
  }

  /** The time the service takes to answer what the incident view asks for, without a browser. */
  private static double serviceOnly() {
    String query =
        VIEW.contains("asOf=") ? "?asOf=" + VIEW.replaceAll(".*asOf=(\\d+).*", "$1") : "";
    String scenario = VIEW.replaceAll(".*scenario=([^&]+).*", "$1");
    long t0 = System.nanoTime();
    for (String path :
        List.of(
            "/api/incidents/" + scenario + query,
            "/api/diagrams/incidents/" + scenario + ".svg" + query)) {
      try {
        var response =
            HTTP.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + response.statusCode());
        }
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static Sample measure(ChromeDriver driver, String url) {
    driver.get("about:blank");
    driver.get(url);
    Browser.awaitDrawn(driver, 0, Duration.ofSeconds(60));
    Number drawn =
        (Number)
            driver.executeScript(
                "return performance.getEntriesByName('explorer-drawn')[0].startTime");
    long page = 0;
    long api = 0;
    for (Map<String, Object> entry : Browser.resources(driver)) {
      long bytes = ((Number) entry.get("transferSize")).longValue();
      if (String.valueOf(entry.get("name")).contains("/api/")) {
        api += bytes;
      } else {
        page += bytes;
      }
    }
    return new Sample(drawn.doubleValue(), page, api);
  }

  private static void report(String label, List<Sample> samples) {
    System.out.printf(
        "%s, median of %d: navigation to incident view drawn %.0f ms; transferred %d bytes "
            + "(page, scripts and styles %d, API answers %d)%n",
        label,
        samples.size(),
        median(samples.stream().map(Sample::drawnMs).toList()),
        (long) median(samples.stream().map(s -> (double) (s.pageBytes + s.apiBytes)).toList()),
        (long) median(samples.stream().map(s -> (double) s.pageBytes).toList()),
        (long) median(samples.stream().map(s -> (double) s.apiBytes).toList()));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
