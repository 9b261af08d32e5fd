package org.linkagemapper.diagram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linkagemapper.diagram.Layout.Point;

/**
 * Writes SVG 1.1 by hand: plain {@code <text>} with a font stack, presentation attributes rather
 * than CSS, {@code <title>} tooltips, no {@code foreignObject}, scripts, timestamps or generated
 * ids, so it opens in browsers, Inkscape, Office and LaTeX pipelines and is byte-identical run
 * after run.
 */
final class SvgCanvas implements Canvas {

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private int depth = 1;

  static byte[] write(Layout layout) {
    SvgCanvas c = new SvgCanvas();
    Diagram d = layout.diagram();
    c.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    c.out
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(num(layout.width()))
        .append("\" height=\"")
        .append(num(layout.height()))
        .append("\" viewBox=\"0 0 ")
        .append(num(layout.width()))
        .append(' ')
        .append(num(layout.height()))
        .append("\" font-family=\"")
        .append(escape(DiagramStyle.FONT_FAMILY))
        .append("\" role=\"img\" aria-labelledby=\"figure-title\">\n");
    c.out.append("  <title id=\"figure-title\">").append(escape(d.title())).append("</title>\n");
    c.out
        .append("  <desc>")
        .append(escape(String.join(" ", d.subtitle())))
        .append(' ')
        .append(escape(d.reference()))
        .append("</desc>\n");
    Painter.paint(layout, c);
    c.out.append("</svg>\n");
    return c.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void indent() {
    out.append("  ".repeat(depth));
  }

  @Override
  public void begin(String kind, String id, String tooltip) {
    indent();
    out.append("<g class=\"").append(kind).append('"');
    if (id != null) {
      out.append(" id=\"").append(escape(id)).append('"');
    }
    out.append(">\n");
    depth++;
    if (tooltip != null) {
      indent();
      out.append("<title>").append(escape(tooltip)).append("</title>\n");
    }
  }

  @Override
  public void end() {
    depth--;
    indent();
    out.append("</g>\n");
  }

  @Override
  public void rect(
      double x,
      double y,
      double w,
      double h,
      double r,
      String fill,
      String stroke,
      double strokeWidth,
      double[] dash) {
    indent();
    out.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(num(h))
        .append('"');
    if (r > 0) {
      out.append(" rx=\"").append(num(r)).append('"');
    }
    out.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
    stroke(stroke, strokeWidth, dash, false);
    out.append("/>\n");
  }

  @Override
  public void polyline(
      List<Point> points, String stroke, double width, double[] dash, boolean roundCap) {
    indent();
    out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"");
    stroke(stroke, width, dash, roundCap);
    out.append(" stroke-linejoin=\"round\"/>\n");
  }

  @Override
  public void polygon(List<Point> points, String fill) {
    indent();
    out.append("<polygon points=\"")
        .append(points(points))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>\n");
  }

  @Override
  public void text(
      double x, double y, String text, double size, boolean bold, String colour, boolean centred) {
    indent();
    out.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" font-size=\"")
        .append(num(size))
        .append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    if (centred) {
      out.append(" text-anchor=\"middle\"");
    }
    out.append(" fill=\"")
        .append(colour)
        .append("\">")
        .append(escape(TextMetrics.plain(text)))
        .append("</text>\n");
  }

  private void stroke(String stroke, double width, double[] dash, boolean roundCap) {
    if (stroke == null) {
      return;
    }
    out.append(" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(num(width))
        .append('"');
    if (dash != null) {
      out.append(" stroke-dasharray=\"")
          .append(
              java.util.Arrays.stream(dash)
                  .mapToObj(SvgCanvas::num)
                  .collect(Collectors.joining(" ")))
          .append('"');
    }
    if (roundCap) {
      out.append(" stroke-linecap=\"round\"");
    }
  }

  private static String points(List<Point> points) {
    return points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" "));
  }

  /** A number with at most one decimal, no exponent, the same on every locale. */
  static String num(double v) {
    double r = Math.round(v * 10) / 10.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.1f", r);
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
