package org.linkagemapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Starts the packaged jar as a user does ({@code java -jar target/linkage-mapper.jar}), with its
 * embedded Neo4j, and queries it over HTTP and Bolt. This is the only test that exercises the
 * embedded database's run-time classpath (neo4j-server), which the harness hides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedJarIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private Path work;
  private Process service;
  private int httpPort;
  private int boltPort;
  private Path log;

  @BeforeAll
  void startTheJar() throws Exception {
    work = Files.createTempDirectory("linkage-it");
    httpPort = freePort();
    boltPort = freePort();
    log = work.resolve("service.log");
    service = command(List.of("--server.port=" + httpPort)).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new IllegalStateException(
            "the jar exited with " + service.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the jar did not become healthy in 180 s:\n" + Files.readString(log));
  }

  @AfterAll
  void stop() throws Exception {
    if (service != null) {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
      service.destroyForcibly();
    }
  }

  private ProcessBuilder command(List<String> args) {
    return command(args, work.resolve("data"));
  }

  private ProcessBuilder command(List<String> args, Path dataDir) {
    String jar = System.getProperty("linkage.jar", "target/linkage-mapper.jar");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@"
                    + Path.of(System.getProperty("linkage.jvm.options", "jvm.options"))
                        .toAbsolutePath(),
                "-jar",
                Path.of(jar).toAbsolutePath().toString()));
    cmd.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
    builder.environment().put("LINKAGE_DATA_DIR", dataDir.toString());
    builder.environment().put("LINKAGE_BOLT_PORT", String.valueOf(boltPort));
    builder.environment().remove("NEO4J_URI");
    return builder;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void seedCommandReloadsAndRefusesABrokenFileNamingItsLine() throws Exception {
    Path data = work.resolve("cli-data");
    Process ok =
        command(List.of("seed"), data).redirectOutput(work.resolve("seed-ok.log").toFile()).start();
    assertThat(ok.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String okOutput = Files.readString(work.resolve("seed-ok.log"));
    assertThat(ok.exitValue()).as(okOutput).isZero();
    assertThat(okOutput).contains("Loaded", "Mechanism=");

    Path broken = work.resolve("broken-seed");
    Files.createDirectories(broken);
    try (var files = Files.list(Path.of("seed-data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, broken.resolve(f.getFileName()));
      }
    }
    Path rels = broken.resolve("relationships.yaml");
    Files.writeString(rels, Files.readString(rels).replaceFirst("to: aec\n", "to: aecc\n"));
    ProcessBuilder refused =
        command(List.of("seed"), data).redirectOutput(work.resolve("seed-bad.log").toFile());
    refused.environment().put("LINKAGE_SEED_LOCATION", broken.toString());
    Process bad = refused.start();
    assertThat(bad.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String badOutput = Files.readString(work.resolve("seed-bad.log"));
    assertThat(bad.exitValue()).as(badOutput).isEqualTo(2);
    assertThat(badOutput)
        .containsPattern(
            "relationships\\.yaml line \\d+ \\(entry #\\d+\\), field 'to': unknown id 'aecc'");
  }

  @Test
  void startupPrintsWhereApiBrowserAndBoltListen() throws IOException {
    String output = Files.readString(log);

    assertThat(output)
        .contains("REST API", "/api", "Neo4j Browser", "/browser/", "bolt://127.0.0.1:" + boltPort);
    assertThat(output).contains("Seed loaded");
  }

  @Test
  void answersTheReadApiFromThePackagedSeed() throws Exception {
    HttpResponse<String> search = get("/api/search?q=TELMIN");
    HttpResponse<String> telmin = get("/api/mechanisms/telmin");

    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("\"id\":\"telmin\"");
    assertThat(telmin.body()).contains("\"established\":2001", "\"aec\"");
  }

  @Test
  void servesNeo4jBrowserAndItsGuide() throws Exception {
    assertThat(get("/browser/").body()).contains("<html");
    assertThat(get("/guides/linkage.html").body()).contains("runnable");
  }

  @Test
  void boltIsOpenForBrowserAndCypherShellUsers() {
    try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
        var session = driver.session()) {
      long mechanisms =
          session.run("MATCH (m:Mechanism) RETURN count(m) AS n").single().get("n").asLong();
      assertThat(mechanisms).isGreaterThan(50);
    }
  }
}
