package org.linkagemapper.diagram;

import java.util.List;
import org.linkagemapper.diagram.Layout.Point;

/**
 * What the painter draws on: the handful of primitives a figure needs. SVG and PDF each implement
 * it, so both show exactly the same geometry.
 */
interface Canvas {

  /**
   * A group of shapes that belong to one thing (a node, an edge), with its tooltip; PDF ignores
   * groups.
   */
  void begin(String kind, String id, String tooltip);

  void end();

  /**
   * A rectangle with rounded corners of radius {@code r}; {@code fill} or {@code stroke} may be
   * null.
   */
  void rect(
      double x,
      double y,
      double w,
      double h,
      double r,
      String fill,
      String stroke,
      double strokeWidth,
      double[] dash);

  void polyline(List<Point> points, String stroke, double width, double[] dash, boolean roundCap);

  void polygon(List<Point> points, String fill);

  /** Text at a baseline; {@code centred} puts {@code x} at its middle, else at its left edge. */
  void text(
      double x, double y, String text, double size, boolean bold, String colour, boolean centred);
}
