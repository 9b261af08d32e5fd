package org.linkagemapper.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.linkagemapper.analysis.AnalysisAnswers.Critical;
import org.linkagemapper.analysis.AnalysisAnswers.Gaps;
import org.linkagemapper.analysis.AnalysisAnswers.Hub;
import org.linkagemapper.analysis.AnalysisAnswers.Hubs;
import org.linkagemapper.analysis.AnalysisAnswers.Overlaps;
import org.linkagemapper.analysis.AnalysisAnswers.Shared;
import org.linkagemapper.analysis.AnalysisAnswers.WhatIf;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.NotFoundException;
import org.linkagemapper.system.Params;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Answers the analysis endpoints: checks the parameters, reads a fresh {@link Projection} and runs
 * the analysis on it.
 *
 * <p>The projection is built for every request rather than cached. The graph changes behind the
 * service's back: researchers edit it in Neo4j Browser or cypher-shell, {@code seed} reloads it
 * from another process, and with {@code NEO4J_URI} others share the server, so the service cannot
 * see the writes it would have to invalidate a cache on. Reading the ~125 actors and ~550 facts of
 * the seed graph takes tens of milliseconds even on a loaded two-core machine (measured by {@code
 * bench/src/java/.../ProjectionBenchmark}, figures in the README), well inside what a request may
 * cost, and every answer then reflects the graph as it is.
 */
@Service
public class AnalysisService {

  private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

  static final int DEFAULT_OVERLAPS = 25;
  static final int MAX_OVERLAPS = 500;
  static final int DEFAULT_HUBS = 10;
  static final int MAX_HUBS = 100;
  static final int DEFAULT_DEPTH = 4;
  static final int MAX_DEPTH = 6;
  static final int MAX_REMOVED = 10;
  static final int DEFAULT_CRITICAL = 100;
  static final int MAX_CRITICAL = 1000;

  private static final List<String> ACTOR_LABELS =
      List.of(
          NodeLabel.MECHANISM.cypher(),
          NodeLabel.PARTNER.cypher(),
          NodeLabel.MEMBER_STATE.cypher());

  private final AnalysisRepository repository;
  private final AnalysisLimiter limiter;

  @Autowired
  AnalysisService(AnalysisRepository repository, AnalysisLimiter limiter) {
    this.repository = repository;
    this.limiter = limiter;
  }

  /** With the default limits: for tests and tools that run the analyses outside the application. */
  AnalysisService(AnalysisRepository repository) {
    this(repository, new AnalysisLimiter(AnalysisLimits.defaults(), Duration.ofSeconds(5)));
  }

  Overlaps overlaps(Integer asOf, String area, Integer limit) {
    Params.year("asOf", asOf);
    int max = Params.bounded("limit", limit, DEFAULT_OVERLAPS, 1, MAX_OVERLAPS);
    Projection p = projection(asOf);
    Params.oneOf("area", area, p.areas().stream().map(Projection.Topic::id).toList());
    OverlapAnalysis.Ranking ranked = OverlapAnalysis.rank(p, area, max);
    return new Overlaps(
        p.summary(),
        OverlapAnalysis.SCORING,
        area,
        ranked.candidates(),
        ranked.top().size(),
        ranked.top());
  }

  Gaps gaps(Integer asOf, String role, Integer maxDepth) {
    Params.year("asOf", asOf);
    int depth = Params.bounded("maxDepth", maxDepth, DEFAULT_DEPTH, 1, MAX_DEPTH);
    Projection p = projection(asOf);
    Params.oneOf("role", role, p.roles().stream().map(Projection.Topic::id).toList());
    return new Gaps(
        p.summary(),
        GapAnalysis.roles(p),
        GapAnalysis.phases(p),
        GapAnalysis.reach(p, role, depth),
        GapAnalysis.unlinked(p));
  }

  Hubs hubs(Integer asOf, String by, Integer limit, String label) {
    Params.year("asOf", asOf);
    Params.oneOf("by", by, HubAnalysis.MEASURES);
    Params.oneOf("label", label, ACTOR_LABELS);
    int max = Params.bounded("limit", limit, DEFAULT_HUBS, 1, MAX_HUBS);
    String measure = by == null ? "betweenness" : by;
    Projection p = projection(asOf);
    Adjacency adjacency = Adjacency.of(p);
    Centrality centrality =
        Centrality.of(adjacency, limiter.limits().exactUpTo(), limiter.limits().samples());
    List<Hub> hubs =
        HubAnalysis.rank(
            p,
            measure,
            adjacency,
            centrality,
            actor -> label == null || actor.labels().contains(label),
            max);
    return new Hubs(
        p.summary(),
        measure,
        HubAnalysis.DEFINITIONS,
        HubAnalysis.computation(centrality, adjacency.size()),
        hubs.size(),
        hubs);
  }

  Critical critical(Integer asOf, Integer limit) {
    Params.year("asOf", asOf);
    int max = Params.bounded("limit", limit, DEFAULT_CRITICAL, 1, MAX_CRITICAL);
    return CriticalAnalysis.run(projection(asOf), max);
  }

  WhatIf whatIf(Integer asOf, String remove) {
    Params.year("asOf", asOf);
    List<String> ids = removeList(remove);
    Set<String> known = repository.existingActors(ids);
    for (String id : ids) {
      if (!known.contains(id)) {
        throw new NotFoundException("mechanism or partner", id);
      }
    }
    Projection p = projection(asOf);
    Set<String> removed = new TreeSet<>();
    List<String> notPresent = new ArrayList<>();
    for (String id : ids) {
      if (p.hasActor(id)) {
        removed.add(id);
      } else {
        notPresent.add(id);
      }
    }
    return WhatIfAnalysis.run(p, removed, notPresent);
  }

  /** {@code remove} as distinct ids: 1 to {@value #MAX_REMOVED}, comma-separated. */
  static List<String> removeList(String remove) {
    String expected =
        "expected 1 to %d comma-separated ids of mechanisms or partners".formatted(MAX_REMOVED);
    if (remove == null || remove.isBlank()) {
      throw new BadParameterException("remove", remove == null ? "" : remove, expected);
    }
    List<String> ids =
        List.copyOf(
            new LinkedHashSet<>(
                Arrays.stream(remove.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList()));
    if (ids.isEmpty() || ids.size() > MAX_REMOVED) {
      throw new BadParameterException(
          "remove", remove, expected + " (%d given)".formatted(ids.size()));
    }
    return ids;
  }

  /**
   * What an analysis highlights, for diagrams: the nodes and relationship keys behind its findings
   * with default parameters ({@code remove} only for {@link Overlay.Analysis#WHAT_IF}).
   */
  public Overlay overlay(Overlay.Analysis analysis, Integer asOf, List<String> remove) {
    return limiter.run(
        analysis.name().toLowerCase(java.util.Locale.ROOT) + " overlay",
        "asOf",
        () -> computeOverlay(analysis, asOf, remove));
  }

  private Overlay computeOverlay(Overlay.Analysis analysis, Integer asOf, List<String> remove) {
    Set<String> nodes = new TreeSet<>();
    Set<String> edges = new TreeSet<>();
    switch (analysis) {
      case OVERLAPS ->
          overlaps(asOf, null, null)
              .overlaps()
              .forEach(
                  o -> {
                    nodes.add(o.a().id());
                    nodes.add(o.b().id());
                    for (List<Shared> shared : List.of(o.areas(), o.roles(), o.partners())) {
                      shared.forEach(
                          s -> {
                            nodes.add(s.item().id());
                            s.facts().forEach(f -> edges.add(f.key()));
                          });
                    }
                    o.links().forEach(f -> edges.add(f.key()));
                    o.attestedBy().forEach(f -> edges.add(f.key()));
                  });
      case GAPS -> {
        Gaps gaps = gaps(asOf, null, null);
        gaps.roles()
            .forEach(
                g -> {
                  nodes.add(g.role().id());
                  g.performedBy()
                      .forEach(
                          f -> {
                            nodes.add(f.from());
                            edges.add(f.key());
                          });
                });
        gaps.unlinked().forEach(u -> nodes.add(u.mechanism().id()));
      }
      case HUBS -> hubs(asOf, null, null, null).hubs().forEach(h -> nodes.add(h.actor().id()));
      case CRITICAL -> {
        Critical critical = critical(asOf, null);
        critical.articulationPoints().forEach(c -> nodes.add(c.actor().id()));
        critical.bridges().forEach(b -> b.facts().forEach(f -> edges.add(f.key())));
      }
      case WHAT_IF -> {
        WhatIf whatIf = whatIf(asOf, remove == null ? null : String.join(",", remove));
        whatIf.removed().forEach(r -> nodes.add(r.id()));
        whatIf.cutOff().forEach(g -> g.actors().forEach(a -> nodes.add(a.id())));
        whatIf.roles().stream().filter(c -> c.lost()).forEach(c -> nodes.add(c.role().id()));
        whatIf.removedFacts().forEach(f -> edges.add(f.key()));
      }
    }
    return new Overlay(analysis, asOf, nodes, edges);
  }

  private Projection projection(Integer asOf) {
    long start = System.nanoTime();
    Projection p = repository.projection(asOf);
    Budget.graphRead(p.graph().vertexSet().size(), p.graph().edgeSet().size());
    if (log.isDebugEnabled()) {
      log.debug(
          "Projection (asOf {}) of {} actors and {} ties built in {} ms",
          asOf,
          p.graph().vertexSet().size(),
          p.graph().edgeSet().size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return p;
  }
}
