package org.linkagemapper.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkagemapper.linkage.LinkageAnswers.IncidentView;
import org.linkagemapper.linkage.LinkageAnswers.Participant;
import org.linkagemapper.linkage.LinkageService;
import org.linkagemapper.support.GraphApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paper figure of every seeded scenario: fits a page, cites every link by number, keeps its
 * text on the canvas.
 */
class PaperFigureTest extends GraphApiTest {

  @Autowired DiagramService diagrams;
  @Autowired LinkageService linkage;

  private List<String> scenarios() {
    List<String> ids = linkage.scenarios().stream().map(s -> s.id()).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
    return ids;
  }

  @Test
  void everyScenarioPaperFigureReadsAtSevenPointsOnAnA4LandscapePage() throws Exception {
    Path out = Path.of("target/paper-figures");
    Files.createDirectories(out);
    for (String scenario : scenarios()) {
      Layout layout = diagrams.layout("incidents/" + scenario, Map.of());
      Files.write(out.resolve(scenario + ".svg"), SvgCanvas.write(layout));
      Files.write(
          out.resolve(scenario + ".png"), PngWriter.write(layout, SvgCanvas.write(layout), 1));
      assertThat(layout.diagram().laneMode()).isEqualTo(Diagram.LaneMode.GRID);
      assertThat(FigureMetrics.smallestPoints(layout))
          .as("%s: %.0f x %.0f px", scenario, layout.width(), layout.height())
          .isGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void noTextRunsOutsideTheCanvasInAnyCommittedOrPaperFigure() throws Exception {
    List<String> outside = new ArrayList<>();
    for (FigureManifest.Figure figure :
        FigureManifest.read(CommittedFiguresTest.FIGURES.resolve("figures.txt"))) {
      Layout layout = diagrams.layout(figure.view(), figure.parameters());
      FigureMetrics.outside(layout).forEach(t -> outside.add(figure.file() + ": " + t));
    }
    for (String scenario : scenarios()) {
      for (String detail : List.of("paper", "full")) {
        FigureMetrics.outside(diagrams.layout("incidents/" + scenario, Map.of("detail", detail)))
            .forEach(t -> outside.add(scenario + " " + detail + ": " + t));
      }
    }
    assertThat(outside).isEmpty();
  }

  @Test
  void textOutsideTheCanvasIsFound() {
    Layout layout = diagrams.layout("incidents/cii-attack", Map.of());
    Layout.TextLine far =
        new Layout.TextLine(
            layout.width() - 20,
            40,
            "A title that runs past the right edge",
            12,
            false,
            DiagramStyle.INK);
    List<Layout.TextLine> heading = new ArrayList<>(layout.heading());
    heading.add(far);
    Layout broken =
        new Layout(
            layout.diagram(),
            layout.orientation(),
            layout.width(),
            layout.height(),
            heading,
            layout.bands(),
            layout.boxes(),
            layout.routes(),
            layout.legend(),
            layout.footer(),
            layout.marks());
    assertThat(FigureMetrics.outside(broken))
        .singleElement()
        .asString()
        .contains("A title that runs past the right edge");
  }

  @Test
  void everyLinkCarriesTheNumbersOfItsSourcesAndTheFooterListsThemInOrder() {
    for (String scenario : scenarios()) {
      Layout layout = diagrams.layout("incidents/" + scenario, Map.of());
      Diagram d = layout.diagram();
      List<String> cited =
          d.edges().stream().flatMap(e -> e.sources().stream()).distinct().toList();
      assertThat(d.sources().stream().map(Diagram.SourceRef::id).toList())
          .as(scenario)
          .containsExactlyInAnyOrderElementsOf(cited);
      List<String> marks = layout.marks().stream().map(Layout.Mark::text).toList();
      List<String> expected =
          d.edges().stream().filter(e -> !e.sources().isEmpty()).map(d::citation).toList();
      assertThat(marks).as(scenario).isEqualTo(expected);
      String dot = new String(TextFormats.dot(layout), java.nio.charset.StandardCharsets.UTF_8);
      String mmd = new String(TextFormats.mermaid(layout), java.nio.charset.StandardCharsets.UTF_8);
      String graphml =
          new String(TextFormats.graphml(layout), java.nio.charset.StandardCharsets.UTF_8);
      for (String citation : expected) {
        assertThat(dot).as(scenario).contains("[" + citation + "]\"");
        assertThat(mmd).as(scenario).contains("[" + citation + "]\"|");
        assertThat(graphml)
            .as(scenario)
            .contains("<data key=\"e_citation\">" + citation + "</data>");
      }
      for (int i = 0; i < d.sources().size(); i++) {
        String number = (i + 1) + ".";
        String entry = PaperLayout.entry(d.sources().get(i));
        assertThat(layout.footer().stream().map(Layout.TextLine::text).toList())
            .as(scenario)
            .contains(number);
        String shown =
            layout
                .footer()
                .get(
                    layout
                            .footer()
                            .indexOf(
                                layout.footer().stream()
                                    .filter(t -> t.text().equals(number))
                                    .findFirst()
                                    .orElseThrow())
                        + 1)
                .text();
        assertThat(entry)
            .as(scenario + " " + number)
            .startsWith(
                shown.endsWith("...") ? shown.substring(0, shown.length() - 3).strip() : shown);
      }
    }
  }

  @Test
  void focusDrawsAPerformerOfEveryCoveredRoleWithItsRouteAndCountsTheRest() {
    for (String scenario : scenarios()) {
      IncidentView view = linkage.incident(scenario, null);
      Diagram d = diagrams.layout("incidents/" + scenario, Map.of()).diagram();
      Set<String> drawn = new HashSet<>(d.nodes().stream().map(Diagram.Node::id).toList());
      Set<String> participants = new HashSet<>();
      for (var phase : view.phases()) {
        for (Participant p : phase.actors()) {
          participants.add(p.node().id());
          if (drawn.contains(p.node().id()) && p.distance() != null) {
            assertThat(drawn)
                .as("%s: the route of %s", scenario, p.node().id())
                .containsAll(p.route());
          }
        }
      }
      for (var role : view.scenario().roles()) {
        boolean reachable =
            view.phases().stream()
                .flatMap(ph -> ph.actors().stream())
                .anyMatch(p -> p.roles().contains(role.id()) && p.distance() != null);
        if (reachable) {
          assertThat(
                  view.phases().stream()
                      .flatMap(ph -> ph.actors().stream())
                      .anyMatch(
                          p -> p.roles().contains(role.id()) && drawn.contains(p.node().id())))
              .as("%s: a performer of %s", scenario, role.id())
              .isTrue();
        }
      }
      long more = participants.stream().filter(p -> !drawn.contains(p)).count();
      assertThat(String.join(" ", d.subtitle()))
          .as(scenario)
          .contains(
              more == 0
                  ? "of " + participants.size() + " actors drawn"
                  : "and " + more + " more actor");
      assertThat(d.nodes()).allSatisfy(n -> assertThat(PaperFigure.ROWS).contains(n.level()));
    }
  }

  @Test
  void fullDetailStillDrawsEveryParticipantAndLanesAreRefusedOnThePaperFigure() {
    Layout full = diagrams.layout("incidents/cii-attack", Map.of("detail", "full"));
    Layout paper = diagrams.layout("incidents/cii-attack", Map.of());
    assertThat(full.boxes().size()).isGreaterThan(paper.boxes().size());
    assertThat(get("/api/diagrams/incidents/cii-attack.svg?lanes=phase").status()).isEqualTo(400);
    assertThat(
            get("/api/diagrams/incidents/cii-attack.svg?detail=everything")
                .json()
                .get("parameter")
                .asString())
        .isEqualTo("detail");
  }
}
