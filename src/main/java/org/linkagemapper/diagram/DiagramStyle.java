package org.linkagemapper.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The look of every figure in one place: box colours by label and pillar (the hues of {@code
 * cypher/linkage.grass}, so a figure and Neo4j Browser agree), line styles by linkage kind, lane
 * titles and the font stack.
 */
final class DiagramStyle {

  private DiagramStyle() {}

  /**
   * Helvetica first: its metrics size the boxes ({@link TextMetrics}); Arial and Liberation Sans
   * share them.
   */
  static final String FONT_FAMILY =
      "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', 'Nimbus Sans L', sans-serif";

  static final String INK = "#1B2430";
  static final String MUTED = "#5A6472";
  static final String LANE_FILL = "#F6F7F9";
  static final String LANE_FILL_ALT = "#ECEFF3";
  static final String LANE_HEADER = "#DDE2E9";
  static final String LANE_RULE = "#C9D0D9";
  static final String HIGHLIGHT = "#F2A900";
  static final String[] PHASE_COLOURS = {"#4E79A7", "#59A14F", "#E15759", "#B07AA1"};

  /** Colours of one kind of box. */
  record BoxStyle(String key, String legend, String fill, String stroke, String text) {}

  private static final List<BoxStyle> BOXES =
      List.of(
          new BoxStyle("member-state", "member state", "#C0392B", "#8E2A20", "#FFFFFF"),
          new BoxStyle("partner", "partner", "#E8A33D", "#B87A1E", "#1A1A1A"),
          new BoxStyle("mechanism-apsc", "mechanism, APSC", "#1F4E82", "#14365C", "#FFFFFF"),
          new BoxStyle("mechanism-aec", "mechanism, AEC", "#2E6DB4", "#1F4E82", "#FFFFFF"),
          new BoxStyle("mechanism-ascc", "mechanism, ASCC", "#7FA7D9", "#4F7DB5", "#10243F"),
          new BoxStyle(
              "mechanism-cross-pillar", "mechanism, cross-pillar", "#56657A", "#3B4757", "#FFFFFF"),
          new BoxStyle(
              "mechanism-external",
              "mechanism, outside the pillars",
              "#B3C2D6",
              "#7F93AD",
              "#10243F"),
          new BoxStyle("pillar", "pillar", "#5B8C5A", "#3D613C", "#FFFFFF"),
          new BoxStyle("role", "response role", "#8E6CB8", "#654A87", "#FFFFFF"),
          new BoxStyle("area", "area", "#3AA6A0", "#287571", "#FFFFFF"));

  static List<BoxStyle> boxes() {
    return BOXES;
  }

  static BoxStyle box(String key) {
    return BOXES.stream().filter(b -> b.key().equals(key)).findFirst().orElse(BOXES.get(6));
  }

  /**
   * The box style of a node from its labels and pillars (the first by id, as the incident view's
   * lane).
   */
  static String boxKey(List<String> labels, List<String> pillars) {
    if (labels.contains("MemberState")) {
      return "member-state";
    }
    if (labels.contains("Partner")) {
      return "partner";
    }
    if (labels.contains("Pillar")) {
      return "pillar";
    }
    if (labels.contains("ResponseRole")) {
      return "role";
    }
    if (labels.contains("Area")) {
      return "area";
    }
    String pillar = pillars.isEmpty() ? "external" : pillars.get(0);
    return BOXES.stream().anyMatch(b -> b.key().equals("mechanism-" + pillar))
        ? "mechanism-" + pillar
        : "mechanism-external";
  }

  /** How a line is drawn: colour, width and dash pattern (null: solid). */
  record LineStyle(
      String key, String legend, String colour, double width, double[] dash, boolean roundCap) {}

  private static final String LINK = "#1B2430";

  private static final List<LineStyle> LINES =
      List.of(
          new LineStyle("coordinates", "coordinates", LINK, 1.8, null, false),
          new LineStyle(
              "shares-information", "shares information", LINK, 1.6, new double[] {7, 4}, false),
          new LineStyle("supports", "supports", LINK, 1.9, new double[] {0.1, 4}, true),
          new LineStyle(
              "exercises-with", "exercises with", LINK, 1.6, new double[] {9, 3, 2, 3}, false),
          new LineStyle("complements", "complements", LINK, 1.6, new double[] {14, 4}, false),
          new LineStyle(
              "overlaps",
              "overlaps (possible duplication)",
              "#C0392B",
              1.8,
              new double[] {5, 3},
              false),
          new LineStyle("links-to", "links to", LINK, 1.6, null, false),
          new LineStyle("structure", "part of / reports to", "#8E98A6", 1.1, null, false),
          new LineStyle("renamed", "renamed to", "#8E98A6", 1.1, new double[] {4, 3}, false),
          new LineStyle(
              "partner", "hosts, funds, chairs, takes part, engages", "#D9A35B", 1.1, null, false),
          new LineStyle("proposed", "proposed", "#D9A35B", 1.1, new double[] {4, 3}, false),
          new LineStyle("performs", "performs (role)", "#8E6CB8", 1.0, null, false),
          new LineStyle("focuses", "focuses on (area)", "#3AA6A0", 1.0, null, false),
          new LineStyle("pillar", "under pillar", "#5B8C5A", 1.0, null, false));

  static List<LineStyle> lines() {
    return LINES;
  }

  /** Legend items {"box", key, legend} for the box styles {@code diagram} draws, in style order. */
  static List<String[]> boxLegend(Diagram diagram) {
    return BOXES.stream()
        .filter(b -> diagram.nodes().stream().anyMatch(n -> n.style().equals(b.key())))
        .map(b -> new String[] {"box", b.key(), b.legend()})
        .toList();
  }

  /**
   * Legend items {"line", key, legend} for the line styles {@code diagram} draws, in style order.
   */
  static List<String[]> lineLegend(Diagram diagram) {
    return LINES.stream()
        .filter(l -> diagram.edges().stream().anyMatch(e -> line(e).key().equals(l.key())))
        .map(l -> new String[] {"line", l.key(), l.legend()})
        .toList();
  }

  static LineStyle line(Diagram.Edge edge) {
    String key =
        switch (edge.type()) {
          case "LINKS_TO" ->
              edge.kind() == null || LINES.stream().noneMatch(l -> l.key().equals(edge.kind()))
                  ? "links-to"
                  : edge.kind();
          case "PART_OF", "REPORTS_TO" -> "structure";
          case "RENAMED_TO" -> "renamed";
          case "PROPOSED" -> "proposed";
          case "HOSTS", "FUNDS", "CHAIRS", "PARTICIPATES_IN", "ENGAGES" -> "partner";
          case "PERFORMS" -> "performs";
          case "FOCUSES_ON" -> "focuses";
          case "UNDER_PILLAR" -> "pillar";
          default -> "links-to";
        };
    return LINES.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
  }

  private static final Map<String, Diagram.Lane> LANES =
      Map.ofEntries(
          Map.entry("affected", new Diagram.Lane("affected", "Affected state", null)),
          Map.entry("member-states", new Diagram.Lane("member-states", "Member states", null)),
          Map.entry(
              "partners",
              new Diagram.Lane(
                  "partners", "Partners", "dialogue partners, organisations, companies")),
          Map.entry("apsc", new Diagram.Lane("apsc", "APSC", "Political-Security Community")),
          Map.entry("aec", new Diagram.Lane("aec", "AEC", "Economic Community")),
          Map.entry("ascc", new Diagram.Lane("ascc", "ASCC", "Socio-Cultural Community")),
          Map.entry(
              "cross-pillar",
              new Diagram.Lane(
                  "cross-pillar", "Cross-pillar", "spans pillars or sits with the leaders")),
          Map.entry(
              "external", new Diagram.Lane("external", "External", "outside the ASEAN pillars")),
          Map.entry("roles", new Diagram.Lane("roles", "Response roles", null)),
          Map.entry("areas", new Diagram.Lane("areas", "Areas", null)),
          Map.entry("all", new Diagram.Lane("all", "", null)),
          Map.entry("prepare", new Diagram.Lane("prepare", "Prepare", "standing arrangements")),
          Map.entry("detect", new Diagram.Lane("detect", "Detect", null)),
          Map.entry("respond", new Diagram.Lane("respond", "Respond", null)),
          Map.entry("recover", new Diagram.Lane("recover", "Recover", null)));

  /** Lanes in the order they are drawn, left to right (or top to bottom). */
  static final List<String> PILLAR_LANES =
      List.of(
          "member-states",
          "partners",
          "apsc",
          "aec",
          "ascc",
          "cross-pillar",
          "external",
          "roles",
          "areas");

  static final List<String> PHASE_LANES =
      List.of("affected", "prepare", "detect", "respond", "recover");

  static Diagram.Lane lane(String id) {
    Diagram.Lane lane = LANES.get(id);
    return lane != null ? lane : new Diagram.Lane(id, id.toUpperCase(Locale.ROOT), null);
  }

  /**
   * The lane of a node grouped by pillar: its pillar (the first by id), else what kind of node it
   * is.
   */
  static String pillarLane(String id, List<String> labels, List<String> pillars) {
    if (labels.contains("Pillar")) {
      return id;
    }
    if (labels.contains("MemberState")) {
      return "member-states";
    }
    if (labels.contains("Partner")) {
      return "partners";
    }
    if (labels.contains("ResponseRole")) {
      return "roles";
    }
    if (labels.contains("Area")) {
      return "areas";
    }
    return pillars.isEmpty() ? "external" : pillars.get(0);
  }
}
