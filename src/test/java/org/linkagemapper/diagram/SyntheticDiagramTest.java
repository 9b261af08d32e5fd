package org.linkagemapper.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.SyntheticGraph;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.harness.Neo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole graph of 1,000 actors (a reproducible synthetic graph) renders as a diagram with no
 * overlapping boxes, byte for byte the same twice. Prints the time it took (a figure, not
 * asserted): {@code ./mvnw -q test -Dtest=SyntheticDiagramTest} and read {@code
 * target/surefire-reports/*SyntheticDiagramTest-output.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SyntheticDiagramTest {

  static final int ACTORS = 1_000;
  static final int RELATIONSHIPS = 2_000;

  private static Neo4j neo4j;

  @Autowired DiagramService diagrams;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    neo4j = TestNeo4j.start();
    try (var driver = TestNeo4j.driver(neo4j)) {
      SyntheticGraph.generate(driver, ACTORS, RELATIONSHIPS, 11);
    }
    registry.add("linkage.neo4j.uri", () -> neo4j.boltURI().toString());
    registry.add("linkage.seed.on-start", () -> "never");
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @Test
  void thousandActorGraphRendersWithoutOverlapsAndTheSameEveryTime() {
    long start = System.nanoTime();
    Layout layout = diagrams.layout("graph", Map.of());
    long laidOut = System.nanoTime();
    byte[] svg = SvgCanvas.write(layout);
    long svgDone = System.nanoTime();
    byte[] pdf = PdfCanvas.write(layout);
    long pdfDone = System.nanoTime();
    byte[] png = PngWriter.write(layout, svg, 1);
    long pngDone = System.nanoTime();
    System.out.printf(
        "Synthetic graph, %d actors: %d nodes, %d edges drawn, %.0f x %.0f px; read + layout %d ms, SVG %d ms, PDF %d ms, PNG (1x) %d ms%n",
        ACTORS,
        layout.boxes().size(),
        layout.routes().size(),
        layout.width(),
        layout.height(),
        (laidOut - start) / 1_000_000,
        (svgDone - laidOut) / 1_000_000,
        (pdfDone - svgDone) / 1_000_000,
        (pngDone - pdfDone) / 1_000_000);

    assertThat(layout.boxes()).hasSizeGreaterThanOrEqualTo(ACTORS);
    var boxes =
        layout.boxes().stream()
            .sorted(java.util.Comparator.comparingDouble(Layout.Box::x))
            .toList();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1;
          j < boxes.size() && boxes.get(j).x() < boxes.get(i).x() + boxes.get(i).w();
          j++) {
        assertThat(boxes.get(i).overlaps(boxes.get(j))).isFalse();
      }
    }
    assertThat(pdf).isNotEmpty();
    assertThat(png).isNotEmpty();
    assertThat(SvgCanvas.write(diagrams.layout("graph", Map.of())))
        .as("a second rendering")
        .isEqualTo(svg);
  }
}
