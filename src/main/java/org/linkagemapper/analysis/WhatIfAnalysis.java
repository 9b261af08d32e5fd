package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.MaskSubgraph;
import org.linkagemapper.analysis.AnalysisAnswers.CoverageChange;
import org.linkagemapper.analysis.AnalysisAnswers.CutOffGroup;
import org.linkagemapper.analysis.AnalysisAnswers.LostPair;
import org.linkagemapper.analysis.AnalysisAnswers.PathChange;
import org.linkagemapper.analysis.AnalysisAnswers.WhatIf;
import org.linkagemapper.analysis.Projection.Tie;
import org.linkagemapper.analysis.Projection.Topic;

/**
 * The graph without some actors: which pairs lose their connection, which roles lose coverage, and
 * how far member states are from the mechanisms an incident calls on.
 */
final class WhatIfAnalysis {

  /** The phases whose performers count as key mechanisms: the ones an incident calls on. */
  static final Set<String> KEY_PHASES = Set.of("detect", "respond");

  static final String KEY_MECHANISMS =
      "mechanisms that perform a role of the detect or respond phase: the ones an incident calls on";

  /** At most this many lost pairs are listed; the count covers them all. */
  static final int MAX_LISTED_PAIRS = 100;

  private WhatIfAnalysis() {}

  /**
   * {@code removed}: ids present in the projection; {@code notPresent}: asked for but absent that
   * year.
   */
  static WhatIf run(Projection p, Set<String> removed, List<String> notPresent) {
    Graph<String, Tie> before = p.graph();
    Graph<String, Tie> after = new MaskSubgraph<>(before, removed::contains, e -> false);

    List<Fact> removedFacts =
        before.edgeSet().stream()
            .filter(t -> removed.contains(t.a()) || removed.contains(t.b()))
            .sorted(Comparator.comparing(Tie::a).thenComparing(Tie::b))
            .flatMap(t -> t.facts().stream())
            .toList();

    // Connectivity: every component that held a removed actor, split into what is left of it.
    BFSShortestPath<String, Tie> bfsBefore = new BFSShortestPath<>(before);
    List<LostPair> lostPairs = new ArrayList<>();
    List<CutOffGroup> cutOff = new ArrayList<>();
    long lostPairCount = 0;
    for (Set<String> component : new ConnectivityInspector<>(before).connectedSets()) {
      if (component.stream().noneMatch(removed::contains)) {
        continue;
      }
      Set<String> rest = new TreeSet<>(component);
      rest.removeAll(removed);
      List<Set<String>> pieces = CriticalAnalysis.pieces(after, rest);
      lostPairCount += CriticalAnalysis.lostPairs(pieces);
      for (int i = 0; i < pieces.size(); i++) {
        for (int j = i + 1; j < pieces.size(); j++) {
          listPairs(p, bfsBefore, pieces.get(i), pieces.get(j), lostPairs);
        }
      }
      List<Set<String>> groups = CriticalAnalysis.cutOff(pieces);
      for (Set<String> group : groups) {
        int others = rest.size() - group.size();
        Budget.check();
        cutOff.add(
            new CutOffGroup(
                group.stream().limit(CriticalAnalysis.MAX_LISTED).map(p::ref).toList(),
                "%s lose%s every path to the other %d actor%s %s reached%s."
                    .formatted(
                        names(p, group),
                        group.size() == 1 ? "s" : "",
                        others,
                        others == 1 ? "" : "s",
                        group.size() == 1 ? "it" : "they",
                        groups.size() == pieces.size()
                            ? ""
                            : ", the largest remaining part being around "
                                + mostConnected(p, after, pieces.get(0)))));
      }
    }

    return new WhatIf(
        p.summary(),
        removed.stream().sorted().map(p::ref).toList(),
        notPresent,
        removedFacts,
        (int) Math.min(lostPairCount, Integer.MAX_VALUE),
        lostPairs,
        cutOff,
        coverage(p, removed),
        KEY_MECHANISMS,
        paths(p, before, after, removed));
  }

  private static void listPairs(
      Projection p,
      BFSShortestPath<String, Tie> bfs,
      Set<String> x,
      Set<String> y,
      List<LostPair> out) {
    for (String a : x) {
      if (out.size() >= MAX_LISTED_PAIRS) {
        return;
      }
      Budget.checkNow();
      SingleSourcePaths<String, Tie> from = bfs.getPaths(a);
      for (String b : y) {
        if (out.size() >= MAX_LISTED_PAIRS) {
          return;
        }
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        out.add(new LostPair(p.ref(first), p.ref(second), (int) from.getWeight(b)));
      }
    }
  }

  private static String mostConnected(Projection p, Graph<String, Tie> g, Set<String> piece) {
    return p.shortName(
        piece.stream()
            .max(
                Comparator.comparingInt(g::degreeOf)
                    .thenComparing(Comparator.<String>reverseOrder()))
            .orElseThrow());
  }

  /** Roles whose mechanisms include a removed one. */
  private static List<CoverageChange> coverage(Projection p, Set<String> removed) {
    List<CoverageChange> changes = new ArrayList<>();
    for (Topic role : p.roles()) {
      Set<String> before = GapAnalysis.mechanismsPerforming(p, role.id());
      Set<String> after = new TreeSet<>(before);
      after.removeAll(removed);
      if (after.size() == before.size()) {
        continue;
      }
      boolean lost = after.isEmpty();
      String finding =
          lost
              ? "No mechanism performs %s (%s) any more: %s did."
                  .formatted(role.name(), role.phase(), names(p, before))
              : "%s (%s) falls from %d mechanisms to %d: %s remain."
                  .formatted(
                      role.name(), role.phase(), before.size(), after.size(), names(p, after));
      changes.add(
          new CoverageChange(
              role.ref(),
              role.phase(),
              before.stream().map(p::ref).toList(),
              after.stream().map(p::ref).toList(),
              lost,
              finding));
    }
    changes.sort(
        Comparator.comparing((CoverageChange c) -> !c.lost())
            .thenComparingInt(c -> c.after().size()));
    return changes;
  }

  /** Shortest paths from each member state to each key mechanism that grow longer or break. */
  private static List<PathChange> paths(
      Projection p, Graph<String, Tie> before, Graph<String, Tie> after, Set<String> removed) {
    Set<String> key = new TreeSet<>();
    for (Topic role : p.roles()) {
      if (KEY_PHASES.contains(role.phase())) {
        key.addAll(GapAnalysis.mechanismsPerforming(p, role.id()));
      }
    }
    key.removeAll(removed);
    BFSShortestPath<String, Tie> bfsBefore = new BFSShortestPath<>(before);
    BFSShortestPath<String, Tie> bfsAfter = new BFSShortestPath<>(after);
    List<PathChange> changes = new ArrayList<>();
    for (String state : p.memberStates()) {
      if (removed.contains(state)) {
        continue;
      }
      Budget.checkNow();
      SingleSourcePaths<String, Tie> was = bfsBefore.getPaths(state);
      SingleSourcePaths<String, Tie> is = bfsAfter.getPaths(state);
      for (String mechanism : key) {
        double hopsBefore = was.getWeight(mechanism);
        double hopsAfter = is.getWeight(mechanism);
        if (Double.isInfinite(hopsBefore) || hopsAfter == hopsBefore) {
          continue;
        }
        Integer now = Double.isInfinite(hopsAfter) ? null : (int) hopsAfter;
        String finding =
            now == null
                ? "%s can no longer reach %s (was %s away)."
                    .formatted(
                        p.shortName(state),
                        p.shortName(mechanism),
                        GapAnalysis.ties((int) hopsBefore))
                : "%s reaches %s in %s instead of %d."
                    .formatted(
                        p.shortName(state),
                        p.shortName(mechanism),
                        GapAnalysis.ties(now),
                        (int) hopsBefore);
        changes.add(new PathChange(p.ref(state), p.ref(mechanism), (int) hopsBefore, now, finding));
      }
    }
    changes.sort(
        Comparator.comparing((PathChange c) -> c.hopsAfter() != null)
            .thenComparing(c -> c.state().id())
            .thenComparing(c -> c.mechanism().id()));
    return changes;
  }

  /** The first {@link CriticalAnalysis#MAX_LISTED} names, and how many more. */
  private static String names(Projection p, Set<String> ids) {
    String listed =
        String.join(
            ", ", ids.stream().limit(CriticalAnalysis.MAX_LISTED).map(p::shortName).toList());
    return ids.size() > CriticalAnalysis.MAX_LISTED
        ? listed + " and %d more".formatted(ids.size() - CriticalAnalysis.MAX_LISTED)
        : listed;
  }
}
