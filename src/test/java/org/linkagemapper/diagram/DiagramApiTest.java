package org.linkagemapper.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkagemapper.support.GraphApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Diagrams of every view in every format, end to end over HTTP against the seed graph in a real
 * Neo4j.
 */
class DiagramApiTest extends GraphApiTest {

  /** One small instance of each view (the graph at a small PNG scale, to keep the suite quick). */
  private static final List<String> VIEWS =
      List.of(
          "/api/diagrams/graph.%s?asOf=2017&scale=0.5",
          "/api/diagrams/incidents/malware-outbreak.%s?asOf=2017",
          "/api/diagrams/incidents/malware-outbreak.%s?asOf=2017&detail=full",
          "/api/diagrams/actors/acid.%s?depth=1",
          "/api/diagrams/paths.%s?from=japan&to=asean-certs&maxDepth=3&limit=5",
          "/api/diagrams/paths/shortest.%s?from=japan&to=asean-certs&k=3");

  @Autowired DiagramService diagrams;

  private final HttpClient http = HttpClient.newHttpClient();

  private record Bytes(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private Bytes fetch(String path, String accept) {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Accept", accept)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Bytes ok(String path) {
    Bytes b = fetch(path, "*/*");
    assertThat(b.status()).as(path + " -> " + b.text()).isEqualTo(200);
    return b;
  }

  private static Document xml(byte[] body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> groups(Document svg, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList gs = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").equals(cssClass)) {
        found.add(g);
      }
    }
    return found;
  }

  @Test
  void everyFormatComesOutOfEveryView() {
    for (String view : VIEWS) {
      Bytes svg = ok(view.formatted("svg"));
      assertThat(svg.contentType()).startsWith("image/svg+xml");
      assertThat(xml(svg.body()).getDocumentElement().getLocalName()).isEqualTo("svg");

      Bytes png = ok(view.formatted("png"));
      assertThat(png.contentType()).isEqualTo("image/png");
      assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');

      Bytes pdf = ok(view.formatted("pdf"));
      assertThat(pdf.contentType()).isEqualTo("application/pdf");
      assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1))
          .doesNotContain("/CreationDate", "/ModDate");

      Bytes dot = ok(view.formatted("dot"));
      assertThat(dot.contentType()).startsWith("text/vnd.graphviz");
      assertThat(dot.text()).contains("digraph ").endsWith("}\n");

      Bytes mmd = ok(view.formatted("mmd"));
      assertThat(mmd.text()).contains("flowchart LR");

      Bytes graphml = ok(view.formatted("graphml"));
      Document doc = xml(graphml.body());
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
      assertThat(doc.getElementsByTagNameNS("*", "key").getLength()).isGreaterThan(10);
      assertThat(doc.getElementsByTagNameNS("*", "node").getLength())
          .isEqualTo(groups(xml(svg.body()), "node").size());
    }
  }

  @Test
  void sameViewAndParametersGiveByteIdenticalOutput() {
    for (String format : List.of("svg", "png", "pdf", "dot", "mmd", "graphml")) {
      String path = "/api/diagrams/incidents/cii-attack.%s?asOf=2017&scale=1".formatted(format);
      assertThat(ok(path).body()).as(format).isEqualTo(ok(path).body());
    }
    for (String path :
        List.of(
            "/api/diagrams/graph.svg?layout=tb",
            "/api/diagrams/actors/acid.svg?depth=2",
            "/api/diagrams/paths.svg?from=japan&to=asean-certs")) {
      assertThat(ok(path).body()).as(path).isEqualTo(ok(path).body());
    }
  }

  @Test
  void incidentFigureDrawsEveryParticipantOnceInItsPillarLaneWithALegend() {
    JsonNode incident = get("/api/incidents/cii-attack").json();
    Set<String> actors = new HashSet<>();
    Set<String> lanes = new HashSet<>();
    incident
        .get("phases")
        .forEach(
            p ->
                p.get("actors")
                    .forEach(
                        a -> {
                          actors.add(a.get("node").get("id").asString());
                          lanes.add("lane-" + a.get("lane").asString());
                        }));
    actors.add(incident.get("scenario").get("affectedState").get("id").asString());
    lanes.add("lane-member-states");

    Document svg = xml(ok("/api/diagrams/incidents/cii-attack.svg?detail=full").body());

    List<String> drawn =
        groups(svg, "node").stream()
            .map(g -> g.getAttribute("id").substring("node-".length()))
            .toList();
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(actors).doesNotHaveDuplicates();
    assertThat(groups(svg, "lane").stream().map(g -> g.getAttribute("id")).toList())
        .containsExactlyInAnyOrderElementsOf(lanes);
    assertThat(groups(svg, "legend").get(0).getElementsByTagNameNS("*", "text").getLength())
        .isGreaterThan(5);
    assertThat(groups(svg, "edge")).hasSize(incidentEdges(incident));
    assertThat(svg.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
    assertThat(svg.getDocumentElement().getAttribute("font-family"))
        .contains("Helvetica", "Arial", "sans-serif");
    Element acid =
        groups(svg, "node").stream()
            .filter(g -> g.getAttribute("id").equals("node-acid"))
            .findFirst()
            .orElseThrow();
    assertThat(acid.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .startsWith("ASEAN CERT Incident Drill (ACID)");
  }

  /** The incident's links, parallel facts (same ends, type and kind) counted once. */
  private static int incidentEdges(JsonNode incident) {
    Set<String> edges = new HashSet<>();
    incident
        .get("links")
        .forEach(
            l ->
                edges.add(
                    l.get("from").asString()
                        + l.get("type").asString()
                        + (l.has("kind") ? l.get("kind").asString() : "")
                        + l.get("to").asString()));
    return edges.size();
  }

  @Test
  void phaseLanesRunFromTheAffectedStateThroughThePhases() {
    Document svg =
        xml(ok("/api/diagrams/incidents/cii-attack.svg?lanes=phase&asOf=2017&detail=full").body());

    assertThat(groups(svg, "lane").stream().map(g -> g.getAttribute("id")).toList())
        .containsExactly("lane-affected", "lane-prepare", "lane-detect", "lane-respond");
  }

  @Test
  void noTwoBoxesOverlapAndEveryLabelFitsItsBoxInEveryView() {
    List<Map.Entry<String, Map<String, String>>> views =
        List.of(
            Map.entry("graph", Map.of()),
            Map.entry("graph", Map.of("layout", "tb", "asOf", "2017")),
            Map.entry("incidents/cii-attack", Map.of("detail", "full")),
            Map.entry("incidents/state-intrusion", Map.of("lanes", "phase", "detail", "full")),
            Map.entry("incidents/cybercrime-campaign", Map.of("layout", "tb", "detail", "full")),
            Map.entry("actors/acid", Map.of("depth", "2")),
            Map.entry("paths", Map.of("from", "japan", "to", "asean-certs")),
            Map.entry("paths/shortest", Map.of("from", "japan", "to", "adgmin", "asOf", "2017")));
    for (var view : views) {
      Layout layout = diagrams.layout(view.getKey(), view.getValue());
      String what = view.getKey() + " " + view.getValue();
      List<Layout.Box> boxes = layout.boxes();
      assertThat(boxes).as(what).hasSameSizeAs(layout.diagram().nodes());
      for (int i = 0; i < boxes.size(); i++) {
        Layout.Box a = boxes.get(i);
        for (int j = i + 1; j < boxes.size(); j++) {
          assertThat(a.overlaps(boxes.get(j)))
              .as("%s: %s overlaps %s", what, a.node().id(), boxes.get(j).node().id())
              .isFalse();
        }
        for (String line : a.lines()) {
          assertThat(TextMetrics.width(line, a.labelSize(), true) + 2 * DiagramLayout.PAD_X)
              .as("%s: label of %s", what, a.node().id())
              .isLessThanOrEqualTo(a.w());
        }
        assertThat(a.lines().size() * DiagramLayout.LABEL_LINE + 2 * DiagramLayout.PAD_Y)
            .isLessThanOrEqualTo(a.h());
        Layout.Band band =
            layout.bands().stream()
                .filter(b -> b.lane().id().equals(a.node().lane()))
                .findFirst()
                .orElseThrow();
        assertThat(
                a.x() >= band.x()
                    && a.x() + a.w() <= band.x() + band.w()
                    && a.y() >= band.y()
                    && a.y() + a.h() <= band.y() + band.h())
            .as("%s: %s inside its lane %s", what, a.node().id(), band.lane().id())
            .isTrue();
        assertThat(a.x() + a.w()).isLessThanOrEqualTo(layout.width());
      }
      for (Layout.Route r : layout.routes()) {
        assertThat(touches(layout.box(r.edge().to()), r.points().get(r.points().size() - 1)))
            .as("%s: arrow into %s", what, r.edge().to())
            .isTrue();
        assertThat(touches(layout.box(r.edge().from()), r.points().get(0)))
            .as("%s: edge out of %s", what, r.edge().from())
            .isTrue();
      }
      assertThat(layout.legend().isEmpty())
          .as(what)
          .isEqualTo(
              layout.routes().isEmpty()
                  && layout.diagram().highlight().isEmpty()
                  && layout.diagram().nodes().stream().noneMatch(Diagram.Node::emphasised));
    }
  }

  private static boolean touches(Layout.Box b, Layout.Point p) {
    double e = 1.5;
    return p.x() >= b.x() - e
        && p.x() <= b.x() + b.w() + e
        && p.y() >= b.y() - e
        && p.y() <= b.y() + b.h() + e;
  }

  @Test
  void highlightOutlinesTheNamedNodesForOverlays() {
    String svg =
        ok("/api/diagrams/incidents/cii-attack.svg?highlight=acid,telmin&detail=full").text();

    assertThat(svg).contains("stroke=\"" + DiagramStyle.HIGHLIGHT + "\"");
    assertThat(svg.split("stroke=\"" + DiagramStyle.HIGHLIGHT + "\""))
        .hasSize(4); // two nodes and the legend sample
    assertThat(ok("/api/diagrams/incidents/cii-attack.graphml?highlight=acid&detail=full").text())
        .contains("<data key=\"highlighted\">true</data>");
  }

  @Test
  void exportsCarryLanesStylesAndEscapedLabels() {
    String dot = ok("/api/diagrams/incidents/cii-attack.dot?detail=full").text();
    assertThat(dot)
        .contains(
            "subgraph \"cluster_apsc\"",
            "subgraph \"cluster_member-states\"",
            "rankdir=LR",
            "-> \"asean-certs\"");
    String mmd = ok("/api/diagrams/incidents/cii-attack.mmd?layout=tb&detail=full").text();
    assertThat(mmd)
        .startsWith("---\ntitle: ")
        .contains(
            "flowchart TB",
            "subgraph lane_apsc[\"APSC\"]",
            "n_asean_certs[\"ASEAN CERTs",
            "linkStyle 0 ");
    assertThat(TextFormats.mermaidText("Say \"hi\" #1 <b>|x"))
        .isEqualTo("Say #quot;hi#quot; #35;1 #lt;b#gt;#124;x");
    assertThat(TextFormats.dotId("a \"quoted\\\" name")).isEqualTo("\"a \\\"quoted\\\\\\\" name\"");
    Document graphml = xml(ok("/api/diagrams/incidents/cii-attack.graphml?detail=full").body());
    NodeList keys = graphml.getElementsByTagNameNS("*", "key");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < keys.getLength(); i++) {
      names.add(
          ((Element) keys.item(i)).getAttribute("for")
              + ":"
              + ((Element) keys.item(i)).getAttribute("attr.name"));
    }
    assertThat(names)
        .contains(
            "node:label",
            "node:lane",
            "node:x",
            "node:y",
            "node:r",
            "edge:type",
            "edge:kind",
            "edge:sources");
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() {
    Map<String, String> bad =
        Map.of(
            "/api/diagrams/incidents/cii-attack.svg?lanes=diagonal", "lanes",
            "/api/diagrams/incidents/cii-attack.svg?layout=zigzag", "layout",
            "/api/diagrams/incidents/cii-attack.png?scale=9", "scale",
            "/api/diagrams/incidents/cii-attack.svg?asOf=1800", "asOf",
            "/api/diagrams/incidents/cii-attack.svg?depth=2", "depth",
            "/api/diagrams/graph.svg?lanes=phase", "lanes",
            "/api/diagrams/graph.gif", "format",
            "/api/diagrams/actors/acid.svg?depth=9", "depth",
            "/api/diagrams/paths.svg?from=japan", "to",
            "/api/diagrams/incidents/cii-attack.svg?highlight=nobody", "highlight");
    bad.forEach(
        (path, parameter) -> {
          Answer answer = get(path);
          assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(400);
          assertThat(answer.contentType()).startsWith("application/problem+json");
          assertThat(answer.json().get("parameter").asString()).as(path).isEqualTo(parameter);
        });
  }

  @Test
  void unknownViewsAndIdsAreNotFoundProblems() {
    for (String path :
        List.of(
            "/api/diagrams/nothing.svg",
            "/api/diagrams/incidents/no-such-scenario.svg",
            "/api/diagrams/actors/no-such-actor.png",
            "/api/diagrams/paths.svg?from=japan&to=nobody",
            "/api/diagrams/incidents/a/b.svg")) {
      Answer answer = get(path, "image/svg+xml,*/*;q=0.8");
      assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(404);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asString()).isNotBlank();
    }
  }

  @Test
  void listRendersEveryFigureItNamesIntoTheOutputFolderInOneRun(@TempDir Path dir)
      throws Exception {
    Path list = dir.resolve("figures.txt");
    Files.writeString(
        list,
        "# two figures\npaper.svg incidents/malware-outbreak\nfull.dot incidents/malware-outbreak detail=full asOf=2017\n");
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DiagramCommand.run(
            diagrams,
            new String[] {"--list", list.toString(), "--out-dir", out.toString()},
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readAllBytes(out.resolve("paper.svg")))
        .isEqualTo(ok("/api/diagrams/incidents/malware-outbreak.svg").body());
    assertThat(Files.readAllBytes(out.resolve("full.dot")))
        .isEqualTo(ok("/api/diagrams/incidents/malware-outbreak.dot?detail=full&asOf=2017").body());
    assertThat(
            DiagramCommand.run(
                diagrams, new String[] {"--list", list.toString(), "--out"}, new PrintStream(err)))
        .isEqualTo(64);
  }

  @Test
  void commandRendersAViewToAFileAndRefusesBadArguments(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("fig1.svg");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DiagramCommand.run(
            diagrams,
            new String[] {
              "incidents/cii-attack",
              "--out",
              out.toString(),
              "--asOf",
              "2017",
              "--lanes",
              "phase",
              "--detail",
              "full"
            },
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(
            ok("/api/diagrams/incidents/cii-attack.svg?asOf=2017&lanes=phase&detail=full").body());
    assertThat(
            DiagramCommand.run(
                diagrams,
                new String[] {"incidents/nope", "--out", out.toString()},
                new PrintStream(err)))
        .isEqualTo(2);
    assertThat(
            DiagramCommand.run(
                diagrams,
                new String[] {
                  "graph", "--out", dir.resolve("g.svg").toString(), "--lanes", "diagonal"
                },
                new PrintStream(err)))
        .isEqualTo(2);
    assertThat(DiagramCommand.run(diagrams, new String[] {"graph"}, new PrintStream(err)))
        .as("no --out")
        .isEqualTo(64);
    assertThat(DiagramCommand.run(diagrams, new String[] {}, new PrintStream(err))).isEqualTo(64);
  }
}
