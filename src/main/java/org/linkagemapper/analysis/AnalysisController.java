package org.linkagemapper.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linkagemapper.analysis.AnalysisAnswers.Critical;
import org.linkagemapper.analysis.AnalysisAnswers.Gaps;
import org.linkagemapper.analysis.AnalysisAnswers.Hubs;
import org.linkagemapper.analysis.AnalysisAnswers.Overlaps;
import org.linkagemapper.analysis.AnalysisAnswers.WhatIf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Duplicated work, coverage gaps, hubs and single points of failure, each finding explained and
 * cited. Every analysis runs on the {@link AnalysisLimiter}'s pool under its budget and answers
 * asynchronously, so a client that leaves cancels its computation.
 */
@RestController
@RequestMapping("/api/analysis")
@Tag(
    name = "Analysis",
    description = "Overlaps, gaps, hubs, single points of failure and what-if removals")
class AnalysisController {

  private static final String AS_OF =
      "a year: the graph as it stood then (absent: every node and fact, whatever its years)";

  private final AnalysisService analysis;
  private final AnalysisLimiter limiter;

  AnalysisController(AnalysisService analysis, AnalysisLimiter limiter) {
    this.analysis = analysis;
    this.limiter = limiter;
  }

  @Operation(
      summary =
          "Pairs of mechanisms whose work overlaps, scored, with the shared facts and whether anything coordinates them")
  @GetMapping("/overlaps")
  DeferredResult<Overlaps> overlaps(
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(description = "an area id: only pairs that share this area")
          @RequestParam(required = false)
          String area,
      @Parameter(description = "1 to 500, default 25") @RequestParam(required = false)
          Integer limit) {
    return limiter.answer(
        "overlaps",
        "asOf (an earlier year holds fewer mechanisms), area or limit",
        () -> analysis.overlaps(asOf, area, limit));
  }

  @Operation(
      summary =
          "Roles and phases covered by no mechanism or one, member states with no path to a role, unlinked mechanisms")
  @GetMapping("/gaps")
  DeferredResult<Gaps> gaps(
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(
              description =
                  "a role id: which member states reach it, with paths (absent: every role, unreached states only)")
          @RequestParam(required = false)
          String role,
      @Parameter(description = "ties a member state may travel to reach a role, 1 to 6, default 4")
          @RequestParam(required = false)
          Integer maxDepth) {
    return limiter.answer(
        "gaps", "asOf, role or a smaller maxDepth", () -> analysis.gaps(asOf, role, maxDepth));
  }

  @Operation(
      summary =
          "Actors ranked by degree, betweenness or closeness centrality, with all three scores")
  @GetMapping("/hubs")
  DeferredResult<Hubs> hubs(
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(description = "degree, betweenness (default) or closeness")
          @RequestParam(required = false)
          String by,
      @Parameter(description = "1 to 100, default 10") @RequestParam(required = false)
          Integer limit,
      @Parameter(
              description =
                  "Mechanism, Partner or MemberState: rank only these (scores are computed on the whole graph)")
          @RequestParam(required = false)
          String label) {
    return limiter.answer(
        "hubs",
        "asOf (an earlier year holds fewer actors), or by=degree, which needs no shortest paths",
        () -> analysis.hubs(asOf, by, limit, label));
  }

  @Operation(
      summary =
          "Articulation points and bridges: the actors and ties whose loss cuts others off, and who")
  @GetMapping("/critical")
  DeferredResult<Critical> critical(
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(
              description =
                  "articulation points and bridges listed, each: 1 to 1000, default 100 (the counts cover them all)")
          @RequestParam(required = false)
          Integer limit) {
    return limiter.answer("critical", "asOf or limit", () -> analysis.critical(asOf, limit));
  }

  @Operation(
      summary =
          "The graph without some actors: lost connections, lost role coverage, longer paths from member states")
  @GetMapping("/what-if")
  DeferredResult<WhatIf> whatIf(
      @Parameter(description = AS_OF) @RequestParam(required = false) Integer asOf,
      @Parameter(
              description = "1 to 10 comma-separated ids of mechanisms or partners",
              required = true)
          @RequestParam(required = false)
          String remove) {
    return limiter.answer(
        "what-if", "asOf or fewer ids in remove", () -> analysis.whatIf(asOf, remove));
  }
}
