package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkagemapper.graph.GraphVersion;
import org.linkagemapper.seed.SeedService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Writes through this service move the graph version at once: with the probe of other clients'
 * writes an hour away, a REST edit and a seed reload still change the next answer.
 */
class AnswersAfterWritesTest extends CurationTestBase {

  @Autowired GraphVersion version;
  @Autowired SeedService seed;

  @DynamicPropertySource
  static void probeRarely(DynamicPropertyRegistry registry) {
    registry.add("linkage.cache.probe-interval", () -> "1h");
  }

  /**
   * The fixture reset before each test is another client's write, which this probe would not see
   * for an hour.
   */
  @BeforeEach
  void resetIsAWrite() {
    version.bump();
  }

  @Test
  void aRestEditChangesTheNextAnswerAtOnce() {
    Answer first = get("/api/mechanisms/telmin");
    Answer again = get("/api/mechanisms/telmin");
    assertThat(again.header("X-Answer-Cache")).isEqualTo("hit");
    assertThat(again.body()).isEqualTo(first.body());

    rename("telmin", "TELMIN renamed by an editor");

    Answer after = get("/api/mechanisms/telmin");
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.json().get("name").asString()).isEqualTo("TELMIN renamed by an editor");
    assertThat(first.json().get("name").asString()).isNotEqualTo("TELMIN renamed by an editor");
  }

  @Test
  void aSeedReloadChangesTheNextAnswerAtOnce() {
    String seeded = get("/api/mechanisms/telmin").json().get("name").asString();
    rename("telmin", "TELMIN before the reload");
    assertThat(get("/api/mechanisms/telmin").json().get("name").asString())
        .isEqualTo("TELMIN before the reload");
    assertThat(get("/api/mechanisms/telmin").header("X-Answer-Cache")).isEqualTo("hit");

    seed.reload();

    assertThat(get("/api/mechanisms/telmin").json().get("name").asString()).isEqualTo(seeded);
  }

  @Test
  void curationAndChangeLogAnswersAreNeverKept() {
    get("/api/changes");
    assertThat(get("/api/changes").header("X-Answer-Cache")).isNull();
    get("/api/curation/mechanisms/telmin");
    assertThat(get("/api/curation/mechanisms/telmin").header("X-Answer-Cache")).isNull();
    assertThat(get("/api/mechanisms/no-such-mechanism").status()).isEqualTo(404);
    assertThat(get("/api/mechanisms/no-such-mechanism").header("X-Answer-Cache")).isNull();
  }

  private void rename(String id, String name) {
    String etag = get("/api/curation/mechanisms/" + id).header("ETag");
    Answer edit = patch("/api/curation/mechanisms/" + id, ALICE, etag, Map.of("name", name));
    assertThat(edit.status()).as(edit.body()).isEqualTo(200);
  }
}
