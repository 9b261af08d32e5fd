package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkagemapper.seed.SeedExport;
import org.linkagemapper.seed.SeedFiles;
import org.linkagemapper.seed.SeedLoader;
import org.linkagemapper.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/** Spreadsheet and JSON import with a dry run, and export back to seed files that load again. */
class ImportExportApiTest extends CurationTestBase {

  static final String ACTORS =
      """
      type,id,name,acronym,aliases,kind,status,established,description,source,locator
      mechanism,cyber-hub,"Regional Cyber Hub, test",RCH,"Hub one; Hub two",centre,active,2021,,paper,"p.7: ""the hub""\"
      mechanism,arf,ASEAN Regional Forum,ARF,,forum,active,1994,Now with a description,paper,p.1
      mechanism,telmin,ASEAN Telecommunications and IT Ministers Meeting,TELMIN,ASEAN TELMIN,ministerial-meeting,active,2001,,paper,p.1: 'formed in 2001 under the AEC'
      area,cyber-hygiene,Cyber hygiene,,,,,,,paper,p.8
      """;
  static final String RELATIONSHIPS =
      """
      from,type,to,kind,since,until,note,source,locator
      cyber-hub,FOCUSES_ON,cyber-hygiene,,2021,,,paper,p.8
      cyber-hub,LINKS_TO,asean-certs,supports,2022,,,paper,p.8
      """;

  /** For other tests that upload CSV to the same application. */
  ImportExportApiTest withPort(int port) {
    this.port = port;
    return this;
  }

  Answer upload(String query, String user, Map<String, String> parts) {
    String boundary = "----linkage" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    parts.forEach(
        (name, content) ->
            body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"")
                .append(name)
                .append(".csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(
        "POST",
        "/api/import" + query,
        user,
        body.toString().getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
  }

  private static Map<String, String> rows(JsonNode report) {
    Map<String, String> actions = new LinkedHashMap<>();
    report
        .get("rows")
        .forEach(
            r ->
                actions.put(
                    r.get("file").asString() + ":" + r.get("line").asInt(),
                    r.get("action").asString()));
    return actions;
  }

  @Test
  void dryRunReportsWhatEachRowWouldDoAndWritesNothing() {
    String before = fingerprint();

    Answer dryRun =
        upload("?dryRun=true", ALICE, Map.of("actors", ACTORS, "relationships", RELATIONSHIPS));

    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(rows(dryRun.json()))
        .containsExactly(
            Map.entry("actors.csv:2", "created"),
            Map.entry("actors.csv:3", "changed"),
            Map.entry("actors.csv:4", "unchanged"),
            Map.entry("actors.csv:5", "created"),
            Map.entry("relationships.csv:2", "created"),
            Map.entry("relationships.csv:3", "created"));
    JsonNode arf = dryRun.json().get("rows").get(1);
    assertThat(arf.get("changes").toString())
        .contains("{\"field\":\"description\",\"to\":\"Now with a description\"}");
    assertThat(dryRun.json().get("committed").asBoolean()).isFalse();
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aRefusedRowRefusesTheWholeImportAndNamesFileLineAndField() {
    String before = fingerprint();
    String broken =
        ACTORS.replace(
            "area,cyber-hygiene,Cyber hygiene,,,,,,,paper,p.8",
            "area,cyber-hygiene,Cyber hygiene,,,,,,,papers,p.8");

    Answer refused = upload("", ALICE, Map.of("actors", broken, "relationships", RELATIONSHIPS));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode rows = refused.json().get("rows");
    assertThat(rows.get(3).get("action").asString()).isEqualTo("refused");
    assertThat(rows.get(3).get("problems").get(0).get("field").asString()).isEqualTo("source");
    assertThat(rows.get(3).get("problems").get(0).get("message").asString())
        .contains("unknown id 'papers'");
    // The relationship to the refused area fails too, and says why.
    assertThat(rows.get(4).get("action").asString()).isEqualTo("refused");
    assertThat(rows.get(4).get("problems").toString()).contains("unknown id 'cyber-hygiene'");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void realRunWritesEveryRowInOneTransactionAndLogsEachChange() {
    Answer imported = upload("", BOB, Map.of("actors", ACTORS, "relationships", RELATIONSHIPS));

    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().get("summary").toString())
        .isEqualTo("{\"created\":4,\"changed\":1,\"unchanged\":1,\"refused\":0}");
    JsonNode hub = get("/api/curation/mechanisms/cyber-hub").json();
    assertThat(hub.get("aliases").toString()).isEqualTo("[\"Hub one\",\"Hub two\"]");
    assertThat(hub.get("locator").asString()).isEqualTo("p.7: \"the hub\"");
    JsonNode log = get("/api/changes?limit=10").json().get("changes");
    assertThat(log).hasSize(5);
    assertThat(log.get(0).get("via").asString()).isEqualTo("import");
    assertThat(log.get(0).get("user").asString()).isEqualTo("bob");
  }

  @Test
  void jsonImportWorksLikeTheSpreadsheetsAndAnUnknownColumnIsRefused() {
    Map<String, Object> body =
        Map.of(
            "actors",
                List.of(
                    Map.of(
                        "type", "partner", "id", "estonia", "name", "Estonia", "kind", "other",
                        "source", "paper", "locator", "p.9")),
            "relationships",
                List.of(
                    Map.of(
                        "from",
                        "estonia",
                        "type",
                        "PARTICIPATES_IN",
                        "to",
                        "arf",
                        "source",
                        "paper",
                        "locator",
                        "p.9")));

    Answer imported = post("/api/import", ALICE, body);
    Answer unknownColumn = upload("", ALICE, Map.of("actors", "type,id,colour\nmechanism,x,red\n"));

    assertThat(imported.status()).isEqualTo(200);
    assertThat(get("/api/partners/estonia").status()).isEqualTo(200);
    assertThat(unknownColumn.status()).isEqualTo(400);
    assertThat(unknownColumn.json().get("detail").asString()).contains("unknown column 'colour'");
  }

  @Test
  void exportLoadsIntoAnEmptyDatabaseAndExportsToTheSameBytes(@TempDir Path dir)
      throws IOException {
    upload("", ALICE, Map.of("actors", ACTORS, "relationships", RELATIONSHIPS));
    String etag = get("/api/curation/partners/singapore").header("ETag");
    patch(
        "/api/curation/partners/singapore",
        ALICE,
        etag,
        Map.of("aliases", List.of("Republic of Singapore", "SG \"quoted\"")));

    Answer export = send("GET", "/api/export", null, null, Map.of());

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).isEqualTo("application/zip");
    byte[] zip =
        send("GET", "/api/export", null, null, Map.of())
            .response()
            .body()
            .getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> files = unzip(exportBytes());
    Path folder = Files.createDirectories(dir.resolve("seed-data"));
    for (var f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue());
    }
    var empty = TestNeo4j.start();
    try (var other = TestNeo4j.driver(empty)) {
      new SeedLoader(other, null).load(SeedFiles.resolve(folder.toString()));
      Map<String, String> again;
      try (var session = other.session()) {
        again = session.executeRead(tx -> SeedExport.yaml(SeedExport.read(tx)));
      }
      assertThat(ImportExportController.zip(again)).isEqualTo(exportBytes());
      assertThat(files.get("mechanisms.yaml")).contains("- id: cyber-hub");
      assertThat(files.get("partners.yaml"))
          .contains("aliases: [\"Republic of Singapore\", \"SG \\\"quoted\\\"\"]");
    } finally {
      empty.close();
    }
    assertThat(zip).isNotEmpty();
  }

  @Test
  void oneFileCanBeExportedAsYaml() {
    Answer areas = get("/api/export?file=areas.yaml");
    Answer unknown = get("/api/export?file=../../etc/passwd");

    assertThat(areas.status()).isEqualTo(200);
    assertThat(areas.header("Content-Type")).startsWith("application/yaml");
    assertThat(areas.body()).contains("- id: cybercrime");
    assertThat(unknown.status()).isEqualTo(400);
  }

  private byte[] exportBytes() {
    try {
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://127.0.0.1:" + port + "/api/export"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return response.body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        files.put(e.getName().replace("seed-data/", ""), out.toString(StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
