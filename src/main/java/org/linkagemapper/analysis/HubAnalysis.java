package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.linkagemapper.analysis.AnalysisAnswers.Computation;
import org.linkagemapper.analysis.AnalysisAnswers.Hub;
import org.linkagemapper.analysis.AnalysisAnswers.Ranks;
import org.linkagemapper.analysis.Projection.Actor;
import org.linkagemapper.analysis.Projection.Tie;

/** The actors everything runs through: degree, betweenness and closeness centrality. */
final class HubAnalysis {

  static final List<String> MEASURES = List.of("degree", "betweenness", "closeness");

  static final Map<String, String> DEFINITIONS = definitions();

  private HubAnalysis() {}

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("degree", "the number of distinct actors it has a tie with");
    d.put(
        "betweenness",
        "the share of shortest paths between other pairs of actors that pass through it: "
            + "sum over pairs s,t of σst(v)/σst, divided by (n-1)(n-2)/2, so 1.0 is the centre of a star (Brandes' algorithm, "
            + "as JGraphT's BetweennessCentrality; on a graph above linkage.analysis.exact-up-to actors, the Brandes-Pich "
            + "estimate from a sample of sources: see 'computation')");
    d.put(
        "closeness",
        "harmonic closeness: the mean over every other actor of 1/distance (0 for one it cannot reach), "
            + "so 1.0 is tied to everyone directly; unlike classic closeness it stays meaningful when the graph has "
            + "several components, as this one does (as JGraphT's HarmonicCentrality; estimated from the same sample of "
            + "sources as betweenness on a large graph)");
    return d;
  }

  /**
   * How betweenness and closeness were computed: from every actor, or estimated from a sample of
   * sources.
   */
  static Computation computation(Centrality c, int actors) {
    if (!c.sampled) {
      return new Computation(
          false,
          c.sources,
          actors,
          null,
          "exact: one breadth-first search from each of the %d actors (Brandes 2001)"
              .formatted(actors));
    }
    return new Computation(
        true,
        c.sources,
        actors,
        Centrality.SEED,
        ("estimated: Brandes-Pich sampling (Brandes and Pich 2007) from %d of %d actors drawn uniformly without replacement "
                + "(seed %d), each source's contribution scaled by n/k; closeness by the same sample (Eppstein and Wang 2004). "
                + "Scores and ranks below the top carry sampling error; degree is exact")
            .formatted(c.sources, actors, Centrality.SEED));
  }

  /** Every actor with its three scores, sorted by {@code by} (highest first, then by id). */
  static List<Hub> rank(Projection p, String by, AnalysisLimits limits) {
    Adjacency adjacency = Adjacency.of(p);
    return rank(p, by, adjacency, Centrality.of(adjacency, limits.exactUpTo(), limits.samples()));
  }

  /**
   * Every actor with the given centrality scores, sorted by {@code by} (highest first, then by id).
   */
  static List<Hub> rank(Projection p, String by, Adjacency adjacency, Centrality centrality) {
    return rank(p, by, adjacency, centrality, actor -> true, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} actors that {@code keep} accepts, sorted by {@code by}, numbered from
   * 1; ranks are over every actor. Only those listed are built with their ties.
   */
  static List<Hub> rank(
      Projection p,
      String by,
      Adjacency adjacency,
      Centrality centrality,
      java.util.function.Predicate<Actor> keep,
      int limit) {
    Graph<String, Tie> g = p.graph();
    Map<String, Double> betweenness = new HashMap<>();
    Map<String, Double> closeness = new HashMap<>();
    Map<String, Double> degree = new HashMap<>();
    for (int i = 0; i < adjacency.size(); i++) {
      betweenness.put(adjacency.id(i), centrality.betweenness[i]);
      closeness.put(adjacency.id(i), centrality.closeness[i]);
      degree.put(adjacency.id(i), (double) adjacency.neighbours(i).length);
    }

    Map<String, Integer> degreeRank = ranks(degree);
    Map<String, Integer> betweennessRank = ranks(betweenness);
    Map<String, Integer> closenessRank = ranks(closeness);

    ToDoubleFunction<String> key =
        switch (by) {
          case "degree" -> degree::get;
          case "closeness" -> closeness::get;
          default -> betweenness::get;
        };
    List<String> order = new ArrayList<>(g.vertexSet());
    order.sort(Comparator.comparingDouble(key).reversed().thenComparing(Comparator.naturalOrder()));
    List<Hub> hubs = new ArrayList<>();
    for (String v : order) {
      Budget.check();
      Actor actor = p.actor(v);
      if (hubs.size() == limit) {
        break;
      }
      if (!keep.test(actor)) {
        continue;
      }
      List<Fact> ties =
          g.edgesOf(v).stream()
              .sorted(Comparator.comparing(t -> t.other(v)))
              .flatMap(t -> t.facts().stream())
              .toList();
      hubs.add(
          new Hub(
              hubs.size() + 1,
              actor.ref(),
              g.degreeOf(v),
              OverlapAnalysis.round(betweenness.get(v)),
              OverlapAnalysis.round(closeness.get(v)),
              new Ranks(degreeRank.get(v), betweennessRank.get(v), closenessRank.get(v)),
              ties));
    }
    return hubs;
  }

  /** Competition ranks (1, 2, 2, 4): the highest score is 1, equal scores share a rank. */
  static Map<String, Integer> ranks(Map<String, Double> scores) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean sameAsPrevious =
          i > 0 && Math.abs(sorted.get(i).getValue() - sorted.get(i - 1).getValue()) < 1e-12;
      ranks.put(
          sorted.get(i).getKey(), sameAsPrevious ? ranks.get(sorted.get(i - 1).getKey()) : i + 1);
    }
    return ranks;
  }
}
