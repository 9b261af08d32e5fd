package org.linkagemapper.linkage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.linkage.LinkageAnswers.BoundedPaths;
import org.linkagemapper.linkage.LinkageAnswers.IncidentView;
import org.linkagemapper.linkage.LinkageAnswers.Neighbourhood;
import org.linkagemapper.linkage.LinkageAnswers.ScenarioSummary;
import org.linkagemapper.linkage.LinkageAnswers.ShortestPaths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Path and linkage questions over REST: who reaches whom, through whom, and when. */
@RestController
@RequestMapping("/api")
@Tag(
    name = "Paths and linkages",
    description =
        "Shortest and bounded paths, neighbourhoods and the incident linkage view; every step cited")
class LinkageController {

  private static final String TYPES =
      "relationship types to follow, comma-separated (default: those joining actor to actor)";
  private static final String KINDS =
      "LINKS_TO kinds to follow, comma-separated (other types are unaffected)";
  private static final String PHASE =
      "only pass through actors performing a role in this incident phase (endpoints always allowed)";
  private static final String AS_OF = "a year: only nodes and relationships that existed then";
  private static final String EXCLUDE = "ids to route around, comma-separated";
  private static final String DIRECTION = "out, in or both (default both)";

  private final LinkageService linkage;

  LinkageController(LinkageService linkage) {
    this.linkage = linkage;
  }

  @Operation(summary = "The shortest path, or the k shortest simple paths, between two actors")
  @GetMapping("/paths/shortest")
  ShortestPaths shortest(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @Parameter(description = "how many paths, 1 to 10 (default 1)")
          @RequestParam(required = false)
          Integer k,
      @Parameter(description = TYPES) @RequestParam(required = false) String types,
      @Parameter(description = KINDS) @RequestParam(required = false) String kinds,
      @Parameter(description = PHASE) @RequestParam(required = false) String phase,
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(description = EXCLUDE) @RequestParam(required = false) String exclude,
      @Parameter(description = DIRECTION) @RequestParam(required = false) String direction,
      @Parameter(description = "1 to 10 hops (default 6)") @RequestParam(required = false)
          Integer maxDepth) {
    PathFilter filter =
        linkage.filter(types, kinds, phase, asOf, exclude, direction, PathFilter.ACTOR_TYPES);
    return linkage.shortest(from, to, k, maxDepth, filter);
  }

  @Operation(
      summary = "Every simple path between two actors up to a depth, shortest first, up to a limit")
  @GetMapping("/paths")
  BoundedPaths paths(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @Parameter(description = "1 to 6 hops (default 4)") @RequestParam(required = false)
          Integer maxDepth,
      @Parameter(description = "1 to 200 paths (default 25)") @RequestParam(required = false)
          Integer limit,
      @Parameter(description = TYPES) @RequestParam(required = false) String types,
      @Parameter(description = KINDS) @RequestParam(required = false) String kinds,
      @Parameter(description = PHASE) @RequestParam(required = false) String phase,
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(description = EXCLUDE) @RequestParam(required = false) String exclude,
      @Parameter(description = DIRECTION) @RequestParam(required = false) String direction) {
    PathFilter filter =
        linkage.filter(types, kinds, phase, asOf, exclude, direction, PathFilter.ACTOR_TYPES);
    return linkage.paths(from, to, maxDepth, limit, filter);
  }

  @Operation(summary = "Everything within 1 to 3 hops of an actor, as nodes and relationships")
  @GetMapping("/actors/{id}/linkages")
  Neighbourhood linkages(
      @PathVariable String id,
      @Parameter(description = "1 to 3 hops (default 1)") @RequestParam(required = false)
          Integer depth,
      @Parameter(description = DIRECTION) @RequestParam(required = false) String direction,
      @Parameter(
              description =
                  "relationship types to follow (default: all of the model's linkage types)")
          @RequestParam(required = false)
          String types,
      @Parameter(description = KINDS) @RequestParam(required = false) String kinds,
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf) {
    PathFilter filter =
        linkage.filter(
            types,
            kinds,
            null,
            asOf,
            null,
            direction,
            RelType.linkage().stream().map(Enum::name).toList());
    return linkage.neighbourhood(id, depth, filter);
  }

  @Operation(summary = "The incident scenarios")
  @GetMapping("/incidents")
  List<ScenarioSummary> incidents() {
    return linkage.scenarios();
  }

  @Operation(
      summary =
          "Who links to whom during an incident: actors by phase, in the order they are reached from the affected state, with the links among them")
  @GetMapping("/incidents/{scenario}")
  IncidentView incident(
      @PathVariable String scenario,
      @Parameter(
              description =
                  "a year: the architecture as it stood then (2017 as in the source paper)")
          @RequestParam(required = false)
          Integer asOf) {
    return linkage.incident(scenario, asOf);
  }
}
