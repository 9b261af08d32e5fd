package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.List;
import org.linkagemapper.diagram.Layout.Point;

/**
 * How readable a laid-out figure is, measured the same way for every figure (and, in the benchmark,
 * for Graphviz's drawing of the same view): where every piece of text sits (from {@link
 * TextMetrics}), the smallest text once the figure is fitted to an A4 landscape page, edge
 * crossings and bends.
 */
final class FigureMetrics {

  /** A4 landscape inside 10 mm margins, in points: 277 x 190 mm. */
  static final double PAGE_W = 277 / 25.4 * 72;

  static final double PAGE_H = 190 / 25.4 * 72;

  private FigureMetrics() {}

  /**
   * One piece of text and the rectangle it covers (baseline minus ascent to baseline plus descent).
   */
  record Text(String text, double size, double x, double y, double w, double h) {

    boolean inside(double width, double height) {
      return x >= -0.5 && y >= -0.5 && x + w <= width + 0.5 && y + h <= height + 0.5;
    }
  }

  /** Every piece of text the painter draws, with its bounds. */
  static List<Text> texts(Layout layout) {
    List<Text> out = new ArrayList<>();
    layout.heading().forEach(t -> out.add(left(t)));
    layout.bands().forEach(b -> b.header().forEach(t -> out.add(left(t))));
    for (Layout.Box b : layout.boxes()) {
      double y = Painter.labelTop(layout.diagram(), b);
      for (String line : b.lines()) {
        double baseline = y + DiagramLayout.LABEL_LINE / 2 + b.labelSize() * 0.35;
        out.add(centred(line, b.x() + b.w() / 2, baseline, b.labelSize(), true));
        y += DiagramLayout.LABEL_LINE;
      }
    }
    for (Layout.LegendEntry e : layout.legend()) {
      double baseline = e.y() + 8 + 4;
      out.add(
          at(
              e.text(),
              e.kind().equals("label") ? e.x() : e.textX(),
              baseline,
              DiagramLayout.LEGEND_SIZE,
              e.kind().equals("label")));
    }
    layout.footer().forEach(t -> out.add(left(t)));
    layout
        .marks()
        .forEach(m -> out.add(centred(m.text(), m.x(), m.y() + m.size() * 0.35, m.size(), false)));
    return out;
  }

  /** The texts that run outside the canvas, as readable strings. */
  static List<String> outside(Layout layout) {
    return texts(layout).stream()
        .filter(t -> !t.inside(layout.width(), layout.height()))
        .map(
            t ->
                "'%s' at (%.0f, %.0f) to (%.0f, %.0f) on a %.0f x %.0f canvas"
                    .formatted(
                        t.text(),
                        t.x(),
                        t.y(),
                        t.x() + t.w(),
                        t.y() + t.h(),
                        layout.width(),
                        layout.height()))
        .toList();
  }

  /** The scale at which a {@code width} x {@code height} figure fits the page. */
  static double fit(double width, double height) {
    return Math.min(PAGE_W / width, PAGE_H / height);
  }

  /** The smallest text of the figure, in points, fitted to the page. */
  static double smallestPoints(Layout layout) {
    double smallest = texts(layout).stream().mapToDouble(Text::size).min().orElse(0);
    return smallest * fit(layout.width(), layout.height());
  }

  /** Pairs of edges whose drawn segments cross (segments sharing an end point do not count). */
  static int crossings(List<List<Point>> edges) {
    int count = 0;
    for (int i = 0; i < edges.size(); i++) {
      for (int j = i + 1; j < edges.size(); j++) {
        count += cross(edges.get(i), edges.get(j));
      }
    }
    return count;
  }

  static int crossings(Layout layout) {
    return crossings(layout.routes().stream().map(Layout.Route::points).toList());
  }

  /** Bends: interior points of every route where the direction changes. */
  static int bends(List<List<Point>> edges) {
    int bends = 0;
    for (List<Point> p : edges) {
      for (int i = 1; i + 1 < p.size(); i++) {
        double ax = p.get(i).x() - p.get(i - 1).x();
        double ay = p.get(i).y() - p.get(i - 1).y();
        double bx = p.get(i + 1).x() - p.get(i).x();
        double by = p.get(i + 1).y() - p.get(i).y();
        if (Math.abs(ax * by - ay * bx)
            > 1e-6 * Math.max(1, Math.hypot(ax, ay) * Math.hypot(bx, by))) {
          bends++;
        }
      }
    }
    return bends;
  }

  private static int cross(List<Point> a, List<Point> b) {
    int n = 0;
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (properlyIntersect(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean properlyIntersect(Point p1, Point p2, Point q1, Point q2) {
    double d1 = orient(q1, q2, p1);
    double d2 = orient(q1, q2, p2);
    double d3 = orient(p1, p2, q1);
    double d4 = orient(p1, p2, q2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double orient(Point a, Point b, Point c) {
    double v = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    return Math.abs(v) < 1e-6 ? 0 : v;
  }

  private static Text left(Layout.TextLine t) {
    return at(t.text(), t.x(), t.y(), t.size(), t.bold());
  }

  private static Text centred(String text, double cx, double baseline, double size, boolean bold) {
    double w = TextMetrics.width(text, size, bold);
    return new Text(text, size, cx - w / 2, baseline - size * 0.8, w, size);
  }

  private static Text at(String text, double x, double baseline, double size, boolean bold) {
    return new Text(
        text, size, x, baseline - size * 0.8, TextMetrics.width(text, size, bold), size);
  }
}
