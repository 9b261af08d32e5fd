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
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("seed-data")), Files.list(Path.of("seed-data/provenance")))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = Path.of("seed-data").relativize(file);
        Files.copy(file, dir.resolve(relative));
      }
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("%s contains the text to change", file).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void curatedSeedQuotesItsSources() {
    assertThatCode(() -> SeedFiles.resolve("seed-data").parse(SeedFiles.Check.PROVENANCE)).doesNotThrowAnyException();
  }

  @Test
  void misquotedPaperFragmentIsRefusedNamingFileLineFactAndField() throws IOException {
    edit("mechanisms.yaml", "'with the ASEAN Regional Forum (ARF) focusing on cyberterrorism'",
        "'with the ASEAN Regional Forum (ARF) leading on cyberterrorism'");
    assertThatThrownBy(() -> SeedFiles.resolve(dir.toString()).parse(SeedFiles.Check.PROVENANCE))
        .isInstanceOf(InvalidSeedException.class)
        .hasMessageContaining("mechanisms.yaml line 13")
        .hasMessageContaining("field 'locator'")
        .hasMessageContaining("is not in the paper's text");
  }

  @Test
  void fragmentQuotedFromARowThatDoesNotListTheKeyIsRefused() throws IOException {
    edit("mechanisms.yaml", "  source: c9\n  locator: \"digest cyber table, ANSAC row:",
        "  source: h1\n  locator: \"digest cyber table, ANSAC row:");
    assertThatThrownBy(() -> SeedFiles.resolve(dir.toString()).parse(SeedFiles.Check.PROVENANCE))
        .isInstanceOf(InvalidSeedException.class)
        .hasMessageContaining("mechanisms.yaml line 615")
        .hasMessageContaining("field 'locator'");
  }

  @Test
  void structureCheckAloneDoesNotReadTheSourceTexts() throws IOException {
    edit("mechanisms.yaml", "focusing on cyberterrorism'", "leading on cyberterrorism'");
    assertThatCode(() -> SeedFiles.resolve(dir.toString()).parse()).doesNotThrowAnyException();
  }
}
