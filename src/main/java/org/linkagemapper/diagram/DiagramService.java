package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.NotFoundException;
import org.linkagemapper.system.Params;
import org.springframework.stereotype.Service;

/**
 * Renders a view as a diagram in one format: checks the view and its parameters, builds the
 * diagram, lays it out and writes it. Used by the REST controller and the {@code diagram} command
 * alike, so a figure from a paper's build script equals the one the service serves.
 */
@Service
public class DiagramService {

  /** The views there are, as written in a URL (before the extension). */
  static final List<String> VIEWS =
      List.of("graph", "incidents/{scenario}", "actors/{id}", "paths", "paths/shortest");

  private static final List<String> COMMON = List.of("lanes", "layout", "highlight", "scale");
  private static final List<String> FILTERS =
      List.of("types", "kinds", "phase", "asOf", "exclude", "direction");
  static final int MAX_HIGHLIGHT = 50;

  private final DiagramViews views;

  DiagramService(DiagramViews views) {
    this.views = views;
  }

  /** A written diagram: its bytes, its format and a file name for it. */
  public record Rendered(byte[] bytes, Format format, String filename) {}

  /**
   * Renders {@code view} (for example {@code incidents/cii-attack}) with its parameters as {@code
   * format} (an extension).
   */
  public Rendered render(String view, Map<String, String> parameters, String format) {
    Format f = Format.parse(format);
    Layout layout = layout(view, parameters);
    double scale = scale(parameters.get("scale"));
    byte[] bytes =
        switch (f) {
          case SVG -> SvgCanvas.write(layout);
          case PNG -> PngWriter.write(layout, SvgCanvas.write(layout), scale);
          case PDF -> PdfCanvas.write(layout);
          case DOT -> TextFormats.dot(layout);
          case MMD -> TextFormats.mermaid(layout);
          case GRAPHML -> TextFormats.graphml(layout);
        };
    return new Rendered(bytes, f, view.replace('/', '-') + "." + f.extension());
  }

  /** The laid-out diagram of a view: what every format is written from (and what tests measure). */
  Layout layout(String view, Map<String, String> parameters) {
    Map<String, String> p = new TreeMap<>();
    parameters.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            p.put(k, v.strip());
          }
        });
    Diagram.LaneMode lanes = lanes(p.get("lanes"));
    Layout.Orientation orientation = orientation(p.get("layout"));
    Set<String> highlight = highlight(p.get("highlight"));
    scale(p.get("scale"));
    String[] parts = view.split("/", -1);
    Diagram diagram =
        switch (parts.length == 0 ? "" : parts[0]) {
          case "graph" -> {
            expect(view, parts.length == 1, p, List.of("asOf"));
            yield views.graph(DiagramViews.integer(p, "asOf"), lanes, highlight);
          }
          case "incidents" -> {
            expect(view, parts.length == 2 && !parts[1].isBlank(), p, List.of("asOf", "detail"));
            if (paper(p)) {
              yield views.paperIncident(parts[1], DiagramViews.integer(p, "asOf"), highlight);
            }
            yield views.incident(parts[1], DiagramViews.integer(p, "asOf"), lanes, highlight);
          }
          case "actors" -> {
            expect(
                view,
                parts.length == 2 && !parts[1].isBlank(),
                p,
                List.of("depth", "direction", "types", "kinds", "asOf"));
            yield views.neighbourhood(parts[1], p, lanes, highlight);
          }
          case "paths" -> {
            boolean shortest = parts.length == 2 && parts[1].equals("shortest");
            List<String> allowed = new ArrayList<>(List.of("from", "to", "maxDepth"));
            allowed.addAll(FILTERS);
            allowed.add(shortest ? "k" : "limit");
            expect(view, parts.length == 1 || shortest, p, allowed);
            yield views.paths(shortest, p, lanes, highlight);
          }
          default -> throw unknownView(view);
        };
    diagram = diagram.withReference(reference(view, p));
    return diagram.laneMode() == Diagram.LaneMode.GRID
        ? PaperLayout.layout(diagram)
        : DiagramLayout.layout(diagram, orientation);
  }

  /**
   * Whether an incident is drawn as the paper figure (the default) or in full ({@code
   * detail=full}). The paper figure has its own grid, so lanes and layout apply to the full drawing
   * only.
   */
  private static boolean paper(Map<String, String> p) {
    Params.oneOf("detail", p.get("detail"), List.of("paper", "full"));
    boolean paper = !"full".equals(p.get("detail"));
    for (String name : List.of("lanes", "layout")) {
      if (paper && p.containsKey(name)) {
        throw new BadParameterException(
            name,
            p.get(name),
            "the paper figure is a grid of phase columns and level rows; %s applies to detail=full"
                .formatted(name),
            List.of("detail=full"));
      }
    }
    return paper;
  }

  private static void expect(String view, boolean known, Map<String, String> p, List<String> own) {
    if (!known) {
      throw unknownView(view);
    }
    List<String> allowed = new ArrayList<>(own);
    allowed.addAll(COMMON);
    for (String name : p.keySet()) {
      if (!allowed.contains(name)) {
        throw new BadParameterException(
            name,
            p.get(name),
            "not a parameter of the %s diagram".formatted(view.split("/")[0]),
            allowed);
      }
    }
  }

  private static NotFoundException unknownView(String view) {
    return new NotFoundException(
        "diagram view (the views are " + String.join(", ", VIEWS) + ")", view);
  }

  private static Diagram.LaneMode lanes(String value) {
    if (value == null) {
      return Diagram.LaneMode.PILLAR;
    }
    return switch (value) {
      case "pillar" -> Diagram.LaneMode.PILLAR;
      case "phase" -> Diagram.LaneMode.PHASE;
      case "none" -> Diagram.LaneMode.NONE;
      default ->
          throw new BadParameterException(
              "lanes", value, "not one of the allowed values", List.of("pillar", "phase", "none"));
    };
  }

  private static Layout.Orientation orientation(String value) {
    Params.oneOf("layout", value, List.of("lr", "tb"));
    return "tb".equals(value) ? Layout.Orientation.TB : Layout.Orientation.LR;
  }

  private static Set<String> highlight(String value) {
    Set<String> ids = new TreeSet<>();
    if (value != null) {
      for (String id : value.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    if (ids.size() > MAX_HIGHLIGHT) {
      throw new BadParameterException(
          "highlight", ids.size() + " ids", "expected at most %d ids".formatted(MAX_HIGHLIGHT));
    }
    return ids;
  }

  static double scale(String value) {
    if (value == null) {
      return 2;
    }
    try {
      double s = Double.parseDouble(value);
      if (s >= 0.5 && s <= 4) {
        return s;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadParameterException(
        "scale", value, "expected a number from 0.5 to 4 (pixels per SVG pixel in the PNG)");
  }

  /**
   * The line under a figure that says how to draw it again: its view and parameters, in a fixed
   * order.
   */
  private static String reference(String view, Map<String, String> p) {
    Map<String, String> shown = new LinkedHashMap<>();
    p.forEach(
        (k, v) -> {
          if (!k.equals("scale")) {
            shown.put(k, v);
          }
        });
    StringBuilder query = new StringBuilder();
    shown.forEach(
        (k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(v));
    return "Drawn by Linkage Mapper. Regenerate: GET /api/diagrams/%s.svg%s (or .png, .pdf, .dot, .mmd, .graphml), or the diagram command"
        .formatted(view, query);
  }
}
