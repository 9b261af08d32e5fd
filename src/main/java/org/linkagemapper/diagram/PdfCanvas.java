package org.linkagemapper.diagram;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.linkagemapper.diagram.Layout.Point;

/**
 * Draws the layout as PDF vectors with PDFBox, in the standard Helvetica the layout was measured
 * with (every PDF reader has it, so nothing is embedded and text stays text). One pixel is 0.75 pt,
 * the size the SVG has at 96 dpi; figures larger than a PDF page may be are scaled to fit. No
 * dates; the document ID is a hash of the content, so the same figure gives the same bytes.
 */
final class PdfCanvas implements Canvas {

  /** The largest page side Acrobat accepts, in points. */
  private static final float MAX_SIDE = 14_400f;

  private final PDPageContentStream cs;

  private PdfCanvas(PDPageContentStream cs) {
    this.cs = cs;
  }

  static byte[] write(Layout layout) {
    // The standard fonts are shared objects that PDFBox does not make thread-safe.
    synchronized (TextMetrics.class) {
      return draw(layout);
    }
  }

  private static byte[] draw(Layout layout) {
    float scale = 0.75f;
    float largest = (float) Math.max(layout.width(), layout.height()) * scale;
    if (largest > MAX_SIDE) {
      scale *= MAX_SIDE / largest;
    }
    float w = (float) layout.width() * scale;
    float h = (float) layout.height() * scale;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(TextMetrics.plain(layout.diagram().title()));
      info.setSubject(TextMetrics.plain(layout.diagram().reference()));
      info.setCreator("Linkage Mapper");
      info.setProducer("Linkage Mapper (Apache PDFBox)");
      doc.setDocumentInformation(info);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.transform(new Matrix(scale, 0, 0, -scale, 0, h));
        Painter.paint(layout, new PdfCanvas(cs));
      }
      // The ID is a hash of the figure (the SVG of the same layout), so it changes when the figure
      // does and only then.
      doc.getDocument().setDocumentID(id(SvgCanvas.write(layout)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static COSArray id(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(content);
      COSArray array = new COSArray();
      array.add(new COSString(digest));
      array.add(new COSString(digest));
      return array;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void begin(String kind, String id, String tooltip) {
    // PDF has no groups worth writing here; tooltips stay in the SVG.
  }

  @Override
  public void end() {}

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
    try {
      if (fill != null) {
        cs.setNonStrokingColor(colour(fill));
        path(x, y, w, h, r);
        cs.fill();
      }
      if (stroke != null) {
        strokeStyle(stroke, strokeWidth, dash, false);
        path(x, y, w, h, r);
        cs.stroke();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void path(double x, double y, double w, double h, double r) throws IOException {
    if (r <= 0) {
      cs.addRect((float) x, (float) y, (float) w, (float) h);
      return;
    }
    float k = (float) (r * 0.5523);
    float x0 = (float) x;
    float y0 = (float) y;
    float x1 = (float) (x + w);
    float y1 = (float) (y + h);
    float rr = (float) r;
    cs.moveTo(x0 + rr, y0);
    cs.lineTo(x1 - rr, y0);
    cs.curveTo(x1 - rr + k, y0, x1, y0 + rr - k, x1, y0 + rr);
    cs.lineTo(x1, y1 - rr);
    cs.curveTo(x1, y1 - rr + k, x1 - rr + k, y1, x1 - rr, y1);
    cs.lineTo(x0 + rr, y1);
    cs.curveTo(x0 + rr - k, y1, x0, y1 - rr + k, x0, y1 - rr);
    cs.lineTo(x0, y0 + rr);
    cs.curveTo(x0, y0 + rr - k, x0 + rr - k, y0, x0 + rr, y0);
    cs.closePath();
  }

  @Override
  public void polyline(
      List<Point> points, String stroke, double width, double[] dash, boolean roundCap) {
    try {
      strokeStyle(stroke, width, dash, roundCap);
      cs.moveTo((float) points.get(0).x(), (float) points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        cs.lineTo((float) points.get(i).x(), (float) points.get(i).y());
      }
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void polygon(List<Point> points, String fill) {
    try {
      cs.setNonStrokingColor(colour(fill));
      cs.moveTo((float) points.get(0).x(), (float) points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        cs.lineTo((float) points.get(i).x(), (float) points.get(i).y());
      }
      cs.closePath();
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void text(
      double x, double y, String text, double size, boolean bold, String colour, boolean centred) {
    String plain = TextMetrics.plain(text);
    double left = centred ? x - TextMetrics.width(plain, size, bold) / 2 : x;
    try {
      cs.setNonStrokingColor(colour(colour));
      cs.beginText();
      cs.setFont(TextMetrics.font(bold), (float) size);
      // The page is flipped to the SVG's y-down axis; flip the text back upright.
      cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) y));
      cs.showText(plain);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void strokeStyle(String stroke, double width, double[] dash, boolean roundCap)
      throws IOException {
    cs.setStrokingColor(colour(stroke));
    cs.setLineWidth((float) width);
    cs.setLineCapStyle(roundCap ? 1 : 0);
    cs.setLineJoinStyle(1);
    if (dash == null) {
      cs.setLineDashPattern(new float[0], 0);
    } else {
      float[] pattern = new float[dash.length];
      for (int i = 0; i < dash.length; i++) {
        pattern[i] = (float) dash[i];
      }
      cs.setLineDashPattern(pattern, 0);
    }
  }

  private static Color colour(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
