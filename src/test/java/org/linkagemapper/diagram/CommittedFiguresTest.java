package org.linkagemapper.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures committed in {@code docs/diagrams/} are what the code renders from the seed data
 * today: each is rendered again as {@code figures.txt} lists it and compared byte for byte.
 */
class CommittedFiguresTest extends GraphApiTest {

  static final Path FIGURES = Path.of("docs/diagrams");
  static final String REGENERATE = "./mvnw -q package -DskipTests && scripts/render-figures.sh";

  @Autowired DiagramService diagrams;

  @Test
  void committedFiguresMatchWhatTheCodeRendersFromTheSeed() throws Exception {
    List<FigureManifest.Figure> figures = FigureManifest.read(FIGURES.resolve("figures.txt"));
    assertThat(figures).isNotEmpty();
    Path actual = Path.of("target/diagrams-rendered");
    Files.createDirectories(actual);
    List<String> stale = new ArrayList<>();
    for (FigureManifest.Figure figure : figures) {
      byte[] rendered =
          diagrams.render(figure.view(), figure.parameters(), figure.format()).bytes();
      Path committed = FIGURES.resolve(figure.file());
      if (!Files.exists(committed) || !Arrays.equals(rendered, Files.readAllBytes(committed))) {
        Files.write(actual.resolve(figure.file()), rendered);
        stale.add(figure.file());
      }
    }
    if (!stale.isEmpty()) {
      fail(
          "docs/diagrams/%s no longer match what the code renders from seed-data (what it renders now is in %s). Regenerate with:%n  %s"
              .formatted(stale, actual, REGENERATE));
    }
  }
}
