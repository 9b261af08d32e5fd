package org.linkagemapper.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text widths from the Helvetica metrics every PDF reader carries (Adobe's AFM files, shipped with
 * PDFBox), so boxes are sized the same on every machine whatever fonts it has installed, and the
 * PDF draws exactly the font that was measured. Arial and Liberation Sans share these widths; the
 * padding around every label absorbs a wider fallback font. The two font objects are shared, and
 * PDFBox fonts are not thread-safe, so everything that uses them locks this class.
 */
final class TextMetrics {

  static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private TextMetrics() {}

  static PDType1Font font(boolean bold) {
    return bold ? BOLD : REGULAR;
  }

  /**
   * The width of {@code text} at {@code size} px. Synchronised: PDFBox fonts cache widths in plain
   * maps.
   */
  static synchronized double width(String text, double size, boolean bold) {
    try {
      return font(bold).getStringWidth(plain(text)) / 1000.0 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text the standard fonts can draw: accents folded away and anything outside their encoding
   * replaced, so what is measured is what every format shows.
   */
  static synchronized String plain(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              out.append(
                  encodable(c)
                      ? c
                      : switch (cp) {
                        case '\u2018', '\u2019' -> "'";
                        case '\u201C', '\u201D' -> "\"";
                        default -> "?";
                      });
            });
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static boolean encodable(String c) {
    try {
      REGULAR.encode(c);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * {@code text} broken at spaces (or hyphens) into lines no wider than {@code max}; a word wider
   * than that keeps its own line.
   */
  static List<String> wrap(String text, double size, boolean bold, double max) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : plain(text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || width(candidate, size, bold) <= max) {
        line = candidate;
      } else {
        lines.add(line);
        line = word;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }
}
