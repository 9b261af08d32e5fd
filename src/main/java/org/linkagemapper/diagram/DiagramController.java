package org.linkagemapper.diagram;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linkage diagrams over HTTP: {@code /api/diagrams/{view}.{svg|png|pdf|dot|mmd|graphml}} with the
 * view's own parameters.
 */
@RestController
@RequestMapping("/api/diagrams")
@Tag(
    name = "Diagrams",
    description =
        "Any view as a figure for papers and slides: SVG, PNG, PDF, Graphviz DOT, Mermaid or GraphML")
class DiagramController {

  private static final String COMMON =
      " Every diagram also takes lanes (pillar, phase for incidents, none), layout (lr or tb), highlight (ids to outline) and scale (PNG, 0.5 to 4, default 2).";
  private static final String FORMAT = "svg, png, pdf, dot, mmd (Mermaid) or graphml";

  private final DiagramService diagrams;

  DiagramController(DiagramService diagrams) {
    this.diagrams = diagrams;
  }

  @Operation(
      summary = "The whole graph as a diagram",
      description = "Parameters: asOf (a year)." + COMMON)
  @GetMapping("/graph.{format}")
  ResponseEntity<byte[]> graph(
      @Parameter(description = FORMAT) @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer("graph", params, format);
  }

  @Operation(
      summary = "Who links to whom during an incident, as a diagram",
      description =
          "Lanes by pillar (default) or by phase (lanes=phase). Parameters: asOf (a year)."
              + COMMON)
  @GetMapping("/incidents/{scenario}.{format}")
  ResponseEntity<byte[]> incident(
      @PathVariable String scenario,
      @Parameter(description = FORMAT) @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer("incidents/" + scenario, params, format);
  }

  @Operation(
      summary = "An actor's neighbourhood as a diagram",
      description =
          "Parameters as /api/actors/{id}/linkages: depth, direction, types, kinds, asOf." + COMMON)
  @GetMapping("/actors/{id}.{format}")
  ResponseEntity<byte[]> actor(
      @PathVariable String id,
      @Parameter(description = FORMAT) @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer("actors/" + id, params, format);
  }

  @Operation(
      summary = "Every path between two actors up to a depth, as a diagram",
      description =
          "Parameters as /api/paths: from, to, maxDepth, limit, types, kinds, phase, asOf, exclude, direction."
              + COMMON)
  @GetMapping("/paths.{format}")
  ResponseEntity<byte[]> paths(
      @Parameter(description = FORMAT) @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer("paths", params, format);
  }

  @Operation(
      summary = "The shortest path (or k shortest) between two actors, as a diagram",
      description =
          "Parameters as /api/paths/shortest: from, to, k, maxDepth, types, kinds, phase, asOf, exclude, direction."
              + COMMON)
  @GetMapping("/paths/shortest.{format}")
  ResponseEntity<byte[]> shortest(
      @Parameter(description = FORMAT) @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer("paths/shortest", params, format);
  }

  /**
   * Anything else under /api/diagrams is a view that does not exist: a 404 naming the views there
   * are.
   */
  @Operation(hidden = true)
  @GetMapping("/**")
  ResponseEntity<byte[]> unknown(HttpServletRequest request) {
    String path =
        request
            .getRequestURI()
            .substring(request.getContextPath().length() + "/api/diagrams".length());
    throw new NotFoundException(
        "diagram view (the views are "
            + String.join(", ", DiagramService.VIEWS)
            + ", each followed by ."
            + String.join("|", Format.extensions())
            + ")",
        path.startsWith("/") ? path.substring(1) : path);
  }

  private ResponseEntity<byte[]> answer(
      String view, MultiValueMap<String, String> params, String format) {
    Map<String, String> flat = new LinkedHashMap<>();
    params.forEach((k, v) -> flat.put(k, String.join(",", v == null ? List.of() : v)));
    DiagramService.Rendered rendered = diagrams.render(view, flat, format);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(rendered.format().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(rendered.filename()).build().toString())
        .body(rendered.bytes());
  }
}
