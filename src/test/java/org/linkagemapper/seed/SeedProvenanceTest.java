package org.linkagemapper.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedProvenanceTest {
  @TempDir Path dir;

  @BeforeEach
  void copySeed() throws IOException {
    Files.createDirectories(dir.resolve("provenance"));
    try (Stream<Path> files =
        Stream.concat(
            Files.list(Path.of("seed-data")), Files.list(Path.of("seed-data/provenance")))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = Path.of("seed-data").relativize(file);
        Files.copy(file, dir.resolve(relative));
      }
    }
  }

  /**
   * Replaces {@code from} by {@code to} in a copied seed file; gives the 1-based line where the
   * locator changed.
   */
  private int edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("%s contains the text to change", file).contains(from);
    Files.writeString(path, text.replace(from, to));
    String before = text.substring(0, text.indexOf(from) + from.indexOf("locator") + 1);
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void curatedSeedQuotesItsSources() {
    assertThatCode(() -> SeedFiles.resolve("seed-data").parse(SeedFiles.Check.PROVENANCE))
        .doesNotThrowAnyException();
  }

  @Test
  void misquotedPaperFragmentIsRefusedNamingFileLineFactAndField() throws IOException {
    int line =
        edit(
            "mechanisms.yaml",
            "locator: \"Introduction: 'with the ASEAN Regional Forum (ARF) focusing on cyberterrorism'",
            "locator: \"Introduction: 'with the ASEAN Regional Forum (ARF) leading on cyberterrorism'");
    assertThatThrownBy(() -> SeedFiles.resolve(dir.toString()).parse(SeedFiles.Check.PROVENANCE))
        .isInstanceOf(InvalidSeedException.class)
        .hasMessageContaining("mechanisms.yaml line " + line + " ")
        .hasMessageContaining("field 'locator'")
        .hasMessageContaining("is not in the paper's text");
  }

  @Test
  void fragmentQuotedFromARowThatDoesNotListTheKeyIsRefused() throws IOException {
    int line =
        edit(
            "mechanisms.yaml",
            "  source: c9\n  locator: \"digest cyber table, ANSAC row:",
            "  source: h1\n  locator: \"digest cyber table, ANSAC row:");
    assertThatThrownBy(() -> SeedFiles.resolve(dir.toString()).parse(SeedFiles.Check.PROVENANCE))
        .isInstanceOf(InvalidSeedException.class)
        .hasMessageContaining("mechanisms.yaml line " + line + " ")
        .hasMessageContaining("field 'locator'");
  }

  @Test
  void structureCheckAloneDoesNotReadTheSourceTexts() throws IOException {
    edit("mechanisms.yaml", "focusing on cyberterrorism'", "leading on cyberterrorism'");
    assertThatCode(() -> SeedFiles.resolve(dir.toString()).parse()).doesNotThrowAnyException();
  }
}
