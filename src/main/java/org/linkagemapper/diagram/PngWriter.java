package org.linkagemapper.diagram;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Rasterises the figure's SVG with Batik at a scale (2 for slides and screens by default). */
final class PngWriter {

  /** Above this many pixels the scale is lowered so one request cannot exhaust the heap. */
  static final double MAX_PIXELS = 64_000_000;

  static {
    // Liberation Sans has Helvetica's widths, which size every box; PDFBox ships it. Registered
    // before Batik first resolves a font family, so the PNG looks the same on every machine.
    try (var in =
        org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      if (in != null) {
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
            .registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
      }
    } catch (java.io.IOException | java.awt.FontFormatException e) {
      // Batik falls back to the platform's sans-serif.
    }
  }

  private PngWriter() {}

  static byte[] write(Layout layout, byte[] svg, double scale) {
    double fit = Math.sqrt(MAX_PIXELS / (layout.width() * layout.height()));
    double s = Math.min(scale, fit);
    PNGTranscoder png = new PNGTranscoder();
    png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) Math.round(layout.width() * s));
    png.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) Math.round(layout.height() * s));
    png.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TranscoderInput in = new TranscoderInput(new ByteArrayInputStream(svg));
      in.setURI("file:/linkage-diagram.svg");
      png.transcode(in, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException(
          "Batik could not rasterise the diagram: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
