package org.linkagemapper.seed;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class SeedProvenanceTest {
  @Test
  void curatedSeedQuotesItsSources() {
    assertThatCode(() -> SeedFiles.resolve("seed-data").parse(SeedFiles.Check.PROVENANCE)).doesNotThrowAnyException();
  }
}
