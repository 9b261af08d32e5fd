package org.linkagemapper.diagram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diagram as text other tools lay out and edit: Graphviz DOT (lanes as {@code cluster_}
 * subgraphs), a Mermaid flowchart (lanes as subgraphs) and GraphML with node and edge attributes
 * (yEd, Gephi, NetworkX), the latter carrying the positions of this layout. Written from the same
 * diagram and in the same order as the figure, so they are deterministic too.
 */
final class TextFormats {

  private TextFormats() {}

  // ---------------------------------------------------------------- DOT

  static byte[] dot(Layout layout) {
    Diagram d = layout.diagram();
    StringBuilder s = new StringBuilder();
    s.append("// ").append(oneLine(d.reference())).append('\n');
    s.append("digraph ").append(dotId(d.view())).append(" {\n");
    s.append("  graph [rankdir=")
        .append(layout.orientation() == Layout.Orientation.LR ? "LR" : "TB")
        .append(
            ", newrank=true, fontname=\"Helvetica\", fontsize=16, labelloc=t, labeljust=l, nodesep=0.25, ranksep=0.6, label=")
        .append(dotId(d.title()))
        .append("];\n");
    s.append(
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica-Bold\", fontsize=11, margin=\"0.12,0.06\"];\n");
    s.append("  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n");
    for (Diagram.Lane lane : d.lanes()) {
      boolean cluster = d.laneMode() != Diagram.LaneMode.NONE;
      String indent = cluster ? "    " : "  ";
      if (cluster) {
        s.append("  subgraph ").append(dotId("cluster_" + lane.id())).append(" {\n");
        s.append("    label=")
            .append(dotId(lane.title()))
            .append("; style=filled; fillcolor=\"")
            .append(DiagramStyle.LANE_FILL)
            .append("\"; color=\"")
            .append(DiagramStyle.LANE_RULE)
            .append("\"; fontname=\"Helvetica-Bold\"; fontsize=12;\n");
      }
      for (Diagram.Node n : d.nodes()) {
        if (!n.lane().equals(lane.id())) {
          continue;
        }
        DiagramStyle.BoxStyle style = DiagramStyle.box(n.style());
        String border =
            n.emphasised()
                ? DiagramStyle.INK
                : d.highlight().contains(n.id()) ? DiagramStyle.HIGHLIGHT : style.stroke();
        double pen = n.emphasised() ? 2.5 : d.highlight().contains(n.id()) ? 3 : 1;
        s.append(indent)
            .append(dotId(n.id()))
            .append(" [label=")
            .append(dotId(n.label()))
            .append(", tooltip=")
            .append(dotId(Painter.nodeTooltip(d, n)))
            .append(", fillcolor=\"")
            .append(style.fill())
            .append("\", color=\"")
            .append(border)
            .append("\", fontcolor=\"")
            .append(style.text())
            .append("\", penwidth=")
            .append(SvgCanvas.num(pen))
            .append(n.detached() ? ", style=\"rounded,filled,dashed\"" : "")
            .append("];\n");
      }
      if (cluster) {
        s.append("  }\n");
      }
    }
    for (Diagram.Edge e : d.edges()) {
      DiagramStyle.LineStyle style = DiagramStyle.line(e);
      String dash = style.dash() == null ? "solid" : style.roundCap() ? "dotted" : "dashed";
      s.append("  ")
          .append(dotId(e.from()))
          .append(" -> ")
          .append(dotId(e.to()))
          .append(" [color=\"")
          .append(style.colour())
          .append("\", style=")
          .append(dash)
          .append(", penwidth=")
          .append(SvgCanvas.num(style.width()));
      if (!edgeLabel(d, e).isEmpty()) {
        s.append(", label=").append(dotId(edgeLabel(d, e)));
      }
      s.append(", tooltip=").append(dotId(Painter.edgeTooltip(d, e))).append("];\n");
    }
    s.append("}\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A DOT quoted string: backslashes and quotes escaped, line breaks flattened. */
  static String dotId(String text) {
    return "\"" + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  // ---------------------------------------------------------------- Mermaid

  static byte[] mermaid(Layout layout) {
    Diagram d = layout.diagram();
    StringBuilder s = new StringBuilder();
    s.append("---\ntitle: \"")
        .append(oneLine(d.title()).replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\"\n---\n");
    s.append("%% ").append(oneLine(d.reference()).replace("%%", "% %")).append('\n');
    s.append("flowchart ")
        .append(layout.orientation() == Layout.Orientation.LR ? "LR" : "TB")
        .append('\n');
    for (Diagram.Lane lane : d.lanes()) {
      boolean sub = d.laneMode() != Diagram.LaneMode.NONE;
      String indent = sub ? "    " : "  ";
      if (sub) {
        s.append("  subgraph ")
            .append(mermaidId("lane", lane.id()))
            .append("[\"")
            .append(mermaidText(lane.title()))
            .append("\"]\n");
      }
      for (Diagram.Node n : d.nodes()) {
        if (n.lane().equals(lane.id())) {
          s.append(indent)
              .append(mermaidId("n", n.id()))
              .append("[\"")
              .append(mermaidText(n.label()))
              .append("\"]\n");
        }
      }
      if (sub) {
        s.append("  end\n");
      }
    }
    for (Diagram.Edge e : d.edges()) {
      s.append("  ").append(mermaidId("n", e.from())).append(" -->");
      if (!edgeLabel(d, e).isEmpty()) {
        s.append("|\"").append(mermaidText(edgeLabel(d, e))).append("\"|");
      }
      s.append(' ').append(mermaidId("n", e.to())).append('\n');
    }
    Set<String> styles = new TreeSet<>();
    d.nodes().forEach(n -> styles.add(n.style()));
    for (String key : styles) {
      DiagramStyle.BoxStyle b = DiagramStyle.box(key);
      s.append("  classDef ")
          .append(mermaidId("s", key))
          .append(" fill:")
          .append(b.fill())
          .append(",stroke:")
          .append(b.stroke())
          .append(",color:")
          .append(b.text())
          .append('\n');
    }
    for (Diagram.Node n : d.nodes()) {
      s.append("  class ")
          .append(mermaidId("n", n.id()))
          .append(' ')
          .append(mermaidId("s", n.style()))
          .append('\n');
    }
    s.append("  classDef emphasised stroke:")
        .append(DiagramStyle.INK)
        .append(",stroke-width:3px\n");
    s.append("  classDef highlighted stroke:")
        .append(DiagramStyle.HIGHLIGHT)
        .append(",stroke-width:4px\n");
    for (Diagram.Node n : d.nodes()) {
      if (n.emphasised()) {
        s.append("  class ").append(mermaidId("n", n.id())).append(" emphasised\n");
      }
      if (d.highlight().contains(n.id())) {
        s.append("  class ").append(mermaidId("n", n.id())).append(" highlighted\n");
      }
    }
    for (int i = 0; i < d.edges().size(); i++) {
      DiagramStyle.LineStyle l = DiagramStyle.line(d.edges().get(i));
      s.append("  linkStyle ")
          .append(i)
          .append(" stroke:")
          .append(l.colour())
          .append(",stroke-width:")
          .append(SvgCanvas.num(l.width()))
          .append("px");
      if (l.dash() != null) {
        s.append(",stroke-dasharray:")
            .append(
                String.join(
                    " ",
                    java.util.Arrays.stream(l.dash())
                        .mapToObj(v -> SvgCanvas.num(Math.max(v, 1)))
                        .toList()));
      }
      s.append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Ids are slugs; '-' becomes '_' (slugs have no '_', so this stays one-to-one) and a prefix keeps
   * clear of keywords like {@code end}.
   */
  static String mermaidId(String prefix, String id) {
    return prefix + "_" + id.replace('-', '_');
  }

  /** Text for a quoted Mermaid label: quotes, '#', '<' and '>' as Mermaid entity codes. */
  static String mermaidText(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : oneLine(text).toCharArray()) {
      switch (c) {
        case '"' -> b.append("#quot;");
        case '#' -> b.append("#35;");
        case '<' -> b.append("#lt;");
        case '>' -> b.append("#gt;");
        case '|' -> b.append("#124;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- GraphML

  private record Key(String id, String scope, String name, String type) {}

  private static final List<Key> KEYS =
      List.of(
          new Key("g_title", "graph", "title", "string"),
          new Key("g_reference", "graph", "reference", "string"),
          new Key("label", "node", "label", "string"),
          new Key("name", "node", "name", "string"),
          new Key("category", "node", "category", "string"),
          new Key("lane", "node", "lane", "string"),
          new Key("laneTitle", "node", "laneTitle", "string"),
          new Key("phases", "node", "phases", "string"),
          new Key("roles", "node", "roles", "string"),
          new Key("emphasised", "node", "emphasised", "boolean"),
          new Key("highlighted", "node", "highlighted", "boolean"),
          new Key("color", "node", "color", "string"),
          new Key("r", "node", "r", "int"),
          new Key("g", "node", "g", "int"),
          new Key("b", "node", "b", "int"),
          new Key("x", "node", "x", "double"),
          new Key("y", "node", "y", "double"),
          new Key("width", "node", "width", "double"),
          new Key("height", "node", "height", "double"),
          new Key("e_label", "edge", "label", "string"),
          new Key("e_type", "edge", "type", "string"),
          new Key("e_kind", "edge", "kind", "string"),
          new Key("e_since", "edge", "since", "int"),
          new Key("e_until", "edge", "until", "int"),
          new Key("e_disputed", "edge", "disputed", "boolean"),
          new Key("e_sources", "edge", "sources", "string"),
          new Key("e_locators", "edge", "locators", "string"),
          new Key("e_citation", "edge", "citation", "string"),
          new Key("e_color", "edge", "color", "string"),
          new Key("e_weight", "edge", "weight", "double"));

  static byte[] graphml(Layout layout) {
    Diagram d = layout.diagram();
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(
            " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (Key k : KEYS) {
      s.append("  <key id=\"")
          .append(k.id())
          .append("\" for=\"")
          .append(k.scope())
          .append("\" attr.name=\"")
          .append(k.name())
          .append("\" attr.type=\"")
          .append(k.type())
          .append("\"/>\n");
    }
    s.append("  <graph id=\"").append(xml(d.view())).append("\" edgedefault=\"directed\">\n");
    data(s, "    ", "g_title", d.title());
    data(s, "    ", "g_reference", d.reference());
    for (Layout.Box box : layout.boxes()) {
      Diagram.Node n = box.node();
      DiagramStyle.BoxStyle style = DiagramStyle.box(n.style());
      int rgb = Integer.parseInt(style.fill().substring(1), 16);
      s.append("    <node id=\"").append(xml(n.id())).append("\">\n");
      data(s, "      ", "label", n.label());
      data(s, "      ", "name", n.name());
      data(s, "      ", "category", n.style());
      data(s, "      ", "lane", n.lane());
      data(s, "      ", "laneTitle", DiagramStyle.lane(n.lane()).title());
      data(s, "      ", "phases", String.join(",", n.phases()));
      data(s, "      ", "roles", String.join("; ", n.roles()));
      data(s, "      ", "emphasised", Boolean.toString(n.emphasised()));
      data(s, "      ", "highlighted", Boolean.toString(d.highlight().contains(n.id())));
      data(s, "      ", "color", style.fill());
      data(s, "      ", "r", Integer.toString((rgb >> 16) & 0xFF));
      data(s, "      ", "g", Integer.toString((rgb >> 8) & 0xFF));
      data(s, "      ", "b", Integer.toString(rgb & 0xFF));
      data(s, "      ", "x", SvgCanvas.num(box.x() + box.w() / 2));
      data(s, "      ", "y", SvgCanvas.num(box.y() + box.h() / 2));
      data(s, "      ", "width", SvgCanvas.num(box.w()));
      data(s, "      ", "height", SvgCanvas.num(box.h()));
      s.append("    </node>\n");
    }
    for (int i = 0; i < d.edges().size(); i++) {
      Diagram.Edge e = d.edges().get(i);
      s.append("    <edge id=\"e")
          .append(i)
          .append("\" source=\"")
          .append(xml(e.from()))
          .append("\" target=\"")
          .append(xml(e.to()))
          .append("\">\n");
      data(s, "      ", "e_label", e.words());
      data(s, "      ", "e_type", e.type());
      data(s, "      ", "e_kind", e.kind());
      data(s, "      ", "e_since", e.since() == null ? null : e.since().toString());
      data(s, "      ", "e_until", e.until() == null ? null : e.until().toString());
      data(s, "      ", "e_disputed", Boolean.toString(e.disputed()));
      data(s, "      ", "e_sources", String.join(",", e.sources()));
      data(s, "      ", "e_citation", e.sources().isEmpty() ? null : d.citation(e));
      data(s, "      ", "e_locators", String.join(" | ", e.locators()));
      data(s, "      ", "e_color", DiagramStyle.line(e).colour());
      data(s, "      ", "e_weight", SvgCanvas.num(e.sources().isEmpty() ? 1 : e.sources().size()));
      s.append("    </edge>\n");
    }
    s.append("  </graph>\n</graphml>\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void data(StringBuilder s, String indent, String key, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    s.append(indent)
        .append("<data key=\"")
        .append(key)
        .append("\">")
        .append(xml(value))
        .append("</data>\n");
  }

  private static String xml(String value) {
    return SvgCanvas.escape(value);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  /**
   * The words on an edge: a link's kind; on the paper figure also the numbers of its sources in
   * brackets, as the drawn figure prints them beside the line.
   */
  static String edgeLabel(Diagram d, Diagram.Edge e) {
    String words = e.type().equals("LINKS_TO") ? e.words() : "";
    if (d.laneMode() != Diagram.LaneMode.GRID || e.sources().isEmpty()) {
      return words;
    }
    return (words.isEmpty() ? "" : words + " ") + "[" + d.citation(e) + "]";
  }
}
