package org.linkagemapper.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats a diagram is written in, by file extension. */
public enum Format {
  SVG("image/svg+xml"),
  PNG("image/png"),
  PDF("application/pdf"),
  DOT("text/vnd.graphviz; charset=UTF-8"),
  MMD("text/vnd.mermaid; charset=UTF-8"),
  GRAPHML("application/graphml+xml; charset=UTF-8");

  private final String contentType;

  Format(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> extensions() {
    return Arrays.stream(values()).map(Format::extension).toList();
  }

  /** The format for an extension, or a 400 listing the formats there are. */
  static Format parse(String extension) {
    return Arrays.stream(values())
        .filter(f -> f.extension().equals(extension))
        .findFirst()
        .orElseThrow(
            () ->
                new org.linkagemapper.system.BadParameterException(
                    "format", extension, "not a diagram format", extensions()));
  }
}
