package org.linkagemapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Proof that an import is all or nothing even when the process dies: the packaged jar is killed
 * with SIGKILL while an import is being written (and, second, just after it committed), restarted
 * on the same data, and the graph holds none of the first import and all of the second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportKillIT {

  static final int ROWS = 8000;
  static final String PASSWORD = "kill-test-password-" + UUID.randomUUID();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Path work;
  private Process service;
  private int httpPort;
  private int boltPort;
  private Path log;
  private String hash;
  private int starts;

  @BeforeAll
  void prepare() throws Exception {
    work = Files.createTempDirectory("linkage-kill-it");
    httpPort = freePort();
    boltPort = freePort();
    hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
  }

  @AfterAll
  void stop() throws Exception {
    if (service != null && service.isAlive()) {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
      service.destroyForcibly();
    }
  }

  private void start() throws Exception {
    starts++;
    log = work.resolve("service-" + starts + ".log");
    String jar = System.getProperty("linkage.jar", "target/linkage-mapper.jar");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@"
                    + Path.of(System.getProperty("linkage.jvm.options", "jvm.options"))
                        .toAbsolutePath(),
                "-jar",
                Path.of(jar).toAbsolutePath().toString(),
                "--server.port=" + httpPort));
    ProcessBuilder builder =
        new ProcessBuilder(cmd)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("LINKAGE_DATA_DIR", work.resolve("data").toString());
    builder.environment().put("LINKAGE_BOLT_PORT", String.valueOf(boltPort));
    builder.environment().put("LINKAGE_EDITORS", "it-editor:" + hash);
    builder.environment().put("LINKAGE_MAX_BODY", "16MB");
    builder.environment().remove("NEO4J_URI");
    service = builder.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new IllegalStateException(
            "the jar exited with " + service.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException(
        "the jar did not become healthy in 180 s:\n" + Files.readString(log));
  }

  private String base() {
    return "http://127.0.0.1:" + httpPort;
  }

  private CompletableFuture<HttpResponse<String>> startImport(String prefix) {
    StringBuilder actors = new StringBuilder("type,id,name,kind,status,source,locator\n");
    StringBuilder relationships = new StringBuilder("from,type,to,source,locator\n");
    for (int i = 0; i < ROWS; i++) {
      actors.append(
          "mechanism,%s-%d,Kill test mechanism %d,forum,active,paper,kill test\n"
              .formatted(prefix, i, i));
      relationships.append("%s-%d,FOCUSES_ON,cybercrime,paper,kill test\n".formatted(prefix, i));
    }
    String boundary = "----kill" + UUID.randomUUID();
    String body =
        part(boundary, "actors", actors)
            + part(boundary, "relationships", relationships)
            + "--"
            + boundary
            + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/api/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("it-editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String part(String boundary, String name, CharSequence content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"; filename=\""
        + name
        + ".csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + content
        + "\r\n";
  }

  /**
   * Waits for a line in the service log, kills the process with SIGKILL at once, and gives its exit
   * code.
   */
  private int killWhenLogged(String marker) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.readString(log).contains(marker)) {
        service.destroyForcibly();
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the jar outlived SIGKILL by 30 s");
        }
        return service.exitValue();
      }
      if (!service.isAlive()) {
        throw new IllegalStateException(
            "the jar died before '" + marker + "':\n" + Files.readString(log));
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("never logged '" + marker + "':\n" + Files.readString(log));
  }

  private Map<String, Long> counts(String prefix) {
    try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
        var session = driver.session()) {
      var r =
          session
              .run(
                  """
          MATCH (m:Mechanism) WHERE m.id STARTS WITH $p
          OPTIONAL MATCH (m)-[f:FOCUSES_ON]->()
          WITH count(DISTINCT m) AS mechanisms, count(f) AS links
          OPTIONAL MATCH (c:Change) WHERE c.id STARTS WITH $p
          RETURN mechanisms, links, count(c) AS changes""",
                  Map.of("p", prefix + "-"))
              .single();
      return Map.of(
          "mechanisms",
          r.get("mechanisms").asLong(),
          "links",
          r.get("links").asLong(),
          "changes",
          r.get("changes").asLong());
    }
  }

  @Test
  void sigkillDuringAnImportLeavesNoneOfItAndSigkillAfterItsCommitKeepsAllOfIt() throws Exception {
    start();
    assertThat(Files.readString(log))
        .contains("Editing over REST is on for 1 editor(s): [it-editor]")
        .doesNotContain(PASSWORD, hash);

    startImport("during");
    int killedDuring = killWhenLogged("rows checked, writing");
    String firstLog = Files.readString(log);
    start();
    Map<String, Long> during = counts("during");

    startImport("after");
    int killedAfter = killWhenLogged("committed");
    start();
    Map<String, Long> after = counts("after");

    boolean committedBeforeKill = firstLog.contains("committed");
    System.out.printf(
        "SIGKILL while writing an import of %d actors + %d relationships: after restart %s (%s)%n",
        ROWS,
        ROWS,
        during,
        committedBeforeKill ? "the commit won the race" : "killed before the commit");
    System.out.printf("SIGKILL just after an import committed: after restart %s%n", after);
    assertThat(during)
        .isIn(
            Map.of("mechanisms", 0L, "links", 0L, "changes", 0L),
            Map.of("mechanisms", (long) ROWS, "links", (long) ROWS, "changes", (long) 2 * ROWS));
    if (!committedBeforeKill) {
      assertThat(during.get("mechanisms")).isZero();
    }
    assertThat(after)
        .isEqualTo(
            Map.of("mechanisms", (long) ROWS, "links", (long) ROWS, "changes", (long) 2 * ROWS));
    // Both runs ended by SIGKILL (exit 128 + 9), not by the service stopping on its own.
    assertThat(killedDuring).isEqualTo(137);
    assertThat(killedAfter).isEqualTo(137);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
