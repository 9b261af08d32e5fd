package org.linkagemapper.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of committed figures ({@code docs/diagrams/figures.txt}): one per line, the file name,
 * the view and its parameters as {@code name=value}. The {@code diagram --list} command renders
 * them; a test renders them again and compares bytes with the committed files.
 */
public final class FigureManifest {

  /** One figure: the file to write (its extension is the format), the view and its parameters. */
  public record Figure(String file, String view, Map<String, String> parameters) {
    public String format() {
      return file.substring(file.lastIndexOf('.') + 1);
    }
  }

  private FigureManifest() {}

  public static List<Figure> read(Path manifest) throws IOException {
    List<Figure> figures = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+");
      if (words.length < 2 || !words[0].contains(".") || words[0].contains("/")) {
        throw new IllegalArgumentException(
            "%s line %d: expected 'FILE VIEW [name=value]...', got '%s'"
                .formatted(manifest, i + 1, line));
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int w = 2; w < words.length; w++) {
        int eq = words[w].indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "%s line %d: expected name=value, got '%s'".formatted(manifest, i + 1, words[w]));
        }
        params.put(words[w].substring(0, eq), words[w].substring(eq + 1));
      }
      figures.add(new Figure(words[0], words[1], params));
    }
    return figures;
  }
}
