package org.linkagemapper.diagram;

import java.util.List;

/**
 * A diagram with its geometry: where every box, route, lane, legend entry and footer line sits on
 * the canvas, in pixels. The SVG and PDF painters draw exactly this, and tests check it (no two
 * boxes overlap, every label fits its box).
 */
record Layout(
    Diagram diagram,
    Orientation orientation,
    double width,
    double height,
    List<TextLine> heading,
    List<Band> bands,
    List<Box> boxes,
    List<Route> routes,
    List<LegendEntry> legend,
    List<TextLine> footer,
    List<Mark> marks) {

  /** Which way the layers run: left to right, or top to bottom. */
  enum Orientation {
    LR,
    TB;

    String parameter() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Point(double x, double y) {}

  /** One line of text at a baseline; {@code x} is its left edge. */
  record TextLine(double x, double y, String text, double size, boolean bold, String colour) {}

  /**
   * A lane's band and its header text; {@code headerSize} is the depth of the header strip (at the
   * top of a column when layers run left to right, at the left of a row when they run downwards).
   */
  record Band(
      Diagram.Lane lane,
      double x,
      double y,
      double w,
      double h,
      String fill,
      List<TextLine> header,
      double headerSize,
      boolean headerLeft) {}

  /** A citation number beside a link: a small label centred at (x, y) on a white tab. */
  record Mark(double x, double y, double w, double h, String text, double size) {}

  /** A node's box and the lines of its label, centred. */
  record Box(
      Diagram.Node node,
      double x,
      double y,
      double w,
      double h,
      List<String> lines,
      double labelSize) {

    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  /**
   * An edge's route from its source to its target, ending where the arrowhead's tip touches the
   * target box.
   */
  record Route(Diagram.Edge edge, List<Point> points) {}

  /** A legend sample at (x, y) with its text to the right: a box style, a line style or a mark. */
  record LegendEntry(String kind, String key, double x, double y, String text, double textX) {}

  Box box(String id) {
    return boxes.stream().filter(b -> b.node().id().equals(id)).findFirst().orElse(null);
  }
}
