package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.linkagemapper.diagram.Layout.Band;
import org.linkagemapper.diagram.Layout.Box;
import org.linkagemapper.diagram.Layout.LegendEntry;
import org.linkagemapper.diagram.Layout.Point;
import org.linkagemapper.diagram.Layout.Route;
import org.linkagemapper.diagram.Layout.TextLine;
import org.linkagemapper.graph.Vocabulary;

/**
 * Draws a {@link Layout} on a {@link Canvas}: lanes, then edges, then boxes on top, then legend and
 * footer.
 */
final class Painter {

  private Painter() {}

  static void paint(Layout layout, Canvas c) {
    Diagram d = layout.diagram();
    c.rect(0, 0, layout.width(), layout.height(), 0, "#FFFFFF", null, 0, null);
    c.begin("heading", null, null);
    layout.heading().forEach(t -> text(c, t));
    c.end();

    c.begin("lanes", null, null);
    for (Band b : layout.bands()) {
      c.begin(
          "lane",
          "lane-" + b.lane().id(),
          b.lane().title() + (b.lane().subtitle() == null ? "" : ": " + b.lane().subtitle()));
      c.rect(b.x(), b.y(), b.w(), b.h(), 0, b.fill(), null, 0, null);
      if (b.headerSize() > 0) {
        if (!b.headerLeft()) {
          c.rect(b.x(), b.y(), b.w(), b.headerSize(), 0, DiagramStyle.LANE_HEADER, null, 0, null);
        } else {
          c.rect(b.x(), b.y(), b.headerSize(), b.h(), 0, DiagramStyle.LANE_HEADER, null, 0, null);
        }
      }
      b.header().forEach(t -> text(c, t));
      c.end();
    }
    for (int i = 1; i < layout.bands().size(); i++) {
      Band b = layout.bands().get(i);
      List<Point> rule =
          !b.headerLeft()
              ? List.of(new Point(b.x(), b.y()), new Point(b.x(), b.y() + b.h()))
              : List.of(new Point(b.x(), b.y()), new Point(b.x() + b.w(), b.y()));
      c.polyline(rule, DiagramStyle.LANE_RULE, 1, null, false);
    }
    c.end();

    c.begin("edges", null, null);
    for (int i = 0; i < layout.routes().size(); i++) {
      Route r = layout.routes().get(i);
      if (r.points().size() < 2) {
        continue;
      }
      DiagramStyle.LineStyle style = DiagramStyle.line(r.edge());
      c.begin("edge", "edge-" + i, edgeTooltip(d, r.edge()));
      List<Point> pts = new ArrayList<>(r.points());
      Point tip = pts.get(pts.size() - 1);
      Point before = pts.get(pts.size() - 2);
      double len = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
      double ux = (tip.x() - before.x()) / len;
      double uy = (tip.y() - before.y()) / len;
      Point base =
          new Point(
              DiagramLayout.round(tip.x() - ux * DiagramLayout.ARROW),
              DiagramLayout.round(tip.y() - uy * DiagramLayout.ARROW));
      pts.set(pts.size() - 1, base);
      c.polyline(pts, style.colour(), style.width(), style.dash(), style.roundCap());
      double half = 3.8;
      c.polygon(
          List.of(
              tip,
              new Point(
                  DiagramLayout.round(base.x() - uy * half),
                  DiagramLayout.round(base.y() + ux * half)),
              new Point(
                  DiagramLayout.round(base.x() + uy * half),
                  DiagramLayout.round(base.y() - ux * half))),
          style.colour());
      c.end();
    }
    c.end();

    c.begin("citations", null, null);
    for (Layout.Mark m : layout.marks()) {
      c.rect(
          m.x() - m.w() / 2,
          m.y() - m.h() / 2,
          m.w(),
          m.h(),
          3,
          "#FFFFFF",
          DiagramStyle.LANE_RULE,
          0.8,
          null);
      c.text(m.x(), m.y() + m.size() * 0.35, m.text(), m.size(), false, DiagramStyle.INK, true);
    }
    c.end();

    c.begin("nodes", null, null);
    for (Box b : layout.boxes()) {
      Diagram.Node n = b.node();
      DiagramStyle.BoxStyle style = DiagramStyle.box(n.style());
      c.begin("node", "node-" + n.id(), nodeTooltip(d, n));
      if (d.highlight().contains(n.id())) {
        c.rect(
            b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 8, null, DiagramStyle.HIGHLIGHT, 3, null);
      }
      boolean emphasised = n.emphasised();
      c.rect(
          b.x(),
          b.y(),
          b.w(),
          b.h(),
          5,
          style.fill(),
          emphasised ? DiagramStyle.INK : style.stroke(),
          emphasised ? 2.5 : 1,
          n.detached() ? new double[] {4, 3} : null);
      double y = labelTop(d, b);
      for (String line : b.lines()) {
        c.text(
            b.x() + b.w() / 2,
            DiagramLayout.round(y + DiagramLayout.LABEL_LINE / 2 + b.labelSize() * 0.35),
            line,
            b.labelSize(),
            true,
            style.text(),
            true);
        y += DiagramLayout.LABEL_LINE;
      }
      if (d.phaseStrip()) {
        strip(
            c,
            b.x() + b.w() / 2 - DiagramLayout.stripWidth() / 2,
            b.y() + b.h() - DiagramLayout.PAD_Y - DiagramLayout.STRIP_CELL_H,
            n.phases());
      }
      c.end();
    }
    c.end();

    c.begin("legend", null, null);
    for (LegendEntry e : layout.legend()) {
      double mid = e.y() + 8;
      switch (e.kind()) {
        case "label" ->
            c.text(
                e.x(), mid + 4, e.text(), DiagramLayout.LEGEND_SIZE, true, DiagramStyle.INK, false);
        case "box" -> {
          DiagramStyle.BoxStyle s = DiagramStyle.box(e.key());
          c.rect(e.x(), mid - 6, 24, 12, 3, s.fill(), s.stroke(), 1, null);
        }
        case "line" -> {
          DiagramStyle.LineStyle s =
              DiagramStyle.lines().stream()
                  .filter(l -> l.key().equals(e.key()))
                  .findFirst()
                  .orElseThrow();
          c.polyline(
              List.of(new Point(e.x(), mid), new Point(e.x() + 26, mid)),
              s.colour(),
              s.width(),
              s.dash(),
              s.roundCap());
          c.polygon(
              List.of(
                  new Point(e.x() + 34, mid),
                  new Point(e.x() + 26, mid - 3.8),
                  new Point(e.x() + 26, mid + 3.8)),
              s.colour());
        }
        default -> mark(c, e, mid);
      }
      if (!e.kind().equals("label")) {
        c.text(
            e.textX(),
            mid + 4,
            e.text(),
            DiagramLayout.LEGEND_SIZE,
            false,
            DiagramStyle.INK,
            false);
      }
    }
    c.end();

    c.begin("footer", null, null);
    layout.footer().forEach(t -> text(c, t));
    c.end();
  }

  private static void mark(Canvas c, LegendEntry e, double mid) {
    switch (e.key()) {
      case "emphasised" ->
          c.rect(e.x(), mid - 6, 24, 12, 3, "#FFFFFF", DiagramStyle.INK, 2.5, null);
      case "detached" ->
          c.rect(e.x(), mid - 6, 24, 12, 3, "#FFFFFF", DiagramStyle.MUTED, 1, new double[] {4, 3});
      case "highlight" -> {
        c.rect(e.x() - 2, mid - 8, 28, 16, 5, null, DiagramStyle.HIGHLIGHT, 3, null);
        c.rect(e.x() + 2, mid - 4, 20, 8, 2, "#FFFFFF", DiagramStyle.MUTED, 1, null);
      }
      default -> {
        int phase = Integer.parseInt(e.key().substring("phase-".length()));
        c.rect(
            e.x(),
            mid - DiagramLayout.STRIP_CELL_H / 2 - 1,
            DiagramLayout.STRIP_CELL_W + 2,
            DiagramLayout.STRIP_CELL_H + 2,
            1,
            DiagramStyle.PHASE_COLOURS[phase],
            null,
            0,
            null);
      }
    }
  }

  /** Which of the four phases a node acts in, as a row of cells on a white pill. */
  private static void strip(Canvas c, double x, double y, List<String> phases) {
    c.rect(
        x - 2,
        y - 2,
        DiagramLayout.stripWidth() + 4,
        DiagramLayout.STRIP_CELL_H + 4,
        2,
        "#FFFFFF",
        null,
        0,
        null);
    for (int i = 0; i < 4; i++) {
      boolean acts = phases.contains(Vocabulary.PHASES.get(i));
      c.rect(
          x + i * (DiagramLayout.STRIP_CELL_W + DiagramLayout.STRIP_GAP),
          y,
          DiagramLayout.STRIP_CELL_W,
          DiagramLayout.STRIP_CELL_H,
          0,
          acts ? DiagramStyle.PHASE_COLOURS[i] : "#DDE1E6",
          null,
          0,
          null);
    }
  }

  /**
   * Where a box's first label line starts: the lines centred in the box above the phase strip, if
   * any.
   */
  static double labelTop(Diagram d, Box b) {
    double strip = d.phaseStrip() ? DiagramLayout.STRIP_ABOVE + DiagramLayout.STRIP_CELL_H : 0;
    return b.y() + (b.h() - strip - b.lines().size() * DiagramLayout.LABEL_LINE) / 2;
  }

  private static void text(Canvas c, TextLine t) {
    c.text(t.x(), t.y(), t.text(), t.size(), t.bold(), t.colour(), false);
  }

  static String nodeTooltip(Diagram d, Diagram.Node n) {
    StringBuilder s = new StringBuilder(n.name());
    if (!n.label().equals(n.name())) {
      s.append(" (").append(n.label()).append(')');
    }
    s.append(" - ").append(DiagramStyle.box(n.style()).legend());
    if (!n.roles().isEmpty()) {
      s.append("; performs ").append(String.join(", ", n.roles()));
    }
    if (n.emphasised() && d.phaseStrip()) {
      s.append("; the affected state");
    }
    if (n.detached()) {
      s.append("; no link reaches it from the affected state");
    }
    return s.toString();
  }

  static String edgeTooltip(Diagram d, Diagram.Edge e) {
    Diagram.Node a = d.node(e.from());
    Diagram.Node b = d.node(e.to());
    String years =
        e.since() == null && e.until() == null
            ? ""
            : " ("
                + (e.since() == null ? "" : e.since())
                + "-"
                + (e.until() == null ? "" : e.until())
                + ")";
    return "%s %s %s%s%s; sources: %s"
        .formatted(
            a.label(),
            e.words(),
            b.label(),
            years,
            e.disputed() ? ", disputed" : "",
            e.sources().isEmpty()
                ? "none"
                : e.sources().stream().collect(Collectors.joining(", ")));
  }
}
