package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.MaskSubgraph;
import org.linkagemapper.analysis.AnalysisAnswers.Bridge;
import org.linkagemapper.analysis.AnalysisAnswers.CutPoint;
import org.linkagemapper.analysis.Projection.Tie;
import org.linkagemapper.graph.NodeRef;

/**
 * Single points of failure: articulation points (actors whose loss disconnects others) and
 * bridges (ties whose loss does), each with the actors cut off from the rest.
 */
final class CriticalAnalysis {

  private CriticalAnalysis() {}

  /** Articulation points, the most damaging first. */
  static List<CutPoint> articulationPoints(Projection p) {
    Graph<String, Tie> g = p.graph();
    BiconnectivityInspector<String, Tie> inspector = new BiconnectivityInspector<>(g);
    List<CutPoint> points = new ArrayList<>();
    for (String v : inspector.getCutpoints()) {
      Set<String> component = inspector.getConnectedComponent(v).vertexSet();
      List<Set<String>> pieces = pieces(new MaskSubgraph<>(g, x -> x.equals(v), e -> false), component);
      List<Set<String>> cutOff = cutOff(pieces);
      int count = cutOff.stream().mapToInt(Set::size).sum();
      List<List<NodeRef>> refs = cutOff.stream().map(s -> s.stream().map(p::ref).toList()).toList();
      long lost = lostPairs(pieces);
      String finding = "Without %s, %d actor%s would be cut off from the rest of the graph (%d pair%s of actors lose their connection): %s."
          .formatted(p.shortName(v), count, count == 1 ? "" : "s", lost, lost == 1 ? "" : "s",
              String.join("; ", cutOff.stream().map(s -> names(p, s)).toList()));
      points.add(new CutPoint(p.ref(v), count, refs, lost, finding));
    }
    points.sort(Comparator.comparingLong(CutPoint::lostPairs).reversed().thenComparing(c -> c.actor().id()));
    return points;
  }

  /** Bridges, the most damaging first. */
  static List<Bridge> bridges(Projection p) {
    Graph<String, Tie> g = p.graph();
    BiconnectivityInspector<String, Tie> inspector = new BiconnectivityInspector<>(g);
    List<Bridge> bridges = new ArrayList<>();
    for (Tie tie : inspector.getBridges()) {
      Set<String> component = inspector.getConnectedComponent(tie.a()).vertexSet();
      List<Set<String>> sides = pieces(new MaskSubgraph<>(g, x -> false, e -> e.equals(tie)), component);
      List<Set<String>> cutOff = cutOff(sides);
      Set<String> larger = sides.get(0);
      String finding = cutOff.size() == 2
          ? "The tie %s – %s is the only connection between %s and %s.".formatted(
              p.shortName(tie.a()), p.shortName(tie.b()), names(p, sides.get(0)), names(p, sides.get(1)))
          : "The tie %s – %s is the only connection of %s to the other %d actor%s of %s component.".formatted(
              p.shortName(tie.a()), p.shortName(tie.b()), names(p, cutOff.get(0)), larger.size(), larger.size() == 1 ? "" : "s",
              cutOff.get(0).size() == 1 ? "its" : "their");
      bridges.add(new Bridge(p.ref(tie.a()), p.ref(tie.b()), tie.facts(), cutOff.stream().map(side -> side.stream().map(p::ref).toList()).toList(),
          cutOff.stream().mapToInt(Set::size).sum(), lostPairs(sides), finding));
    }
    bridges.sort(Comparator.comparingLong(Bridge::lostPairs).reversed()
        .thenComparing(b -> b.a().id()).thenComparing(b -> b.b().id()));
    return bridges;
  }

  /**
   * The pieces cut off from the rest: every piece but the largest, or every piece when no single
   * piece is the largest (the centre of a star cuts every leaf off from every other).
   */
  static List<Set<String>> cutOff(List<Set<String>> pieces) {
    if (pieces.size() > 1 && pieces.get(0).size() == pieces.get(1).size()) {
      return pieces;
    }
    return pieces.subList(1, pieces.size());
  }

  /** Pairs of actors in different pieces: the connections lost when the pieces fall apart. */
  static long lostPairs(List<Set<String>> pieces) {
    long pairs = 0;
    long seen = 0;
    for (Set<String> piece : pieces) {
      pairs += seen * piece.size();
      seen += piece.size();
    }
    return pairs;
  }

  private static String names(Projection p, Set<String> ids) {
    return String.join(", ", ids.stream().map(p::shortName).toList());
  }

  /**
   * The connected pieces of {@code within} left in {@code masked}, largest first (then by smallest
   * id), each sorted by id.
   */
  static List<Set<String>> pieces(Graph<String, Tie> masked, Set<String> within) {
    List<Set<String>> pieces = new ArrayList<>();
    for (Set<String> set : new ConnectivityInspector<>(masked).connectedSets()) {
      Set<String> piece = new TreeSet<>(set);
      piece.retainAll(within);
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    pieces.sort(Comparator.comparingInt((Set<String> s) -> s.size()).reversed().thenComparing(s -> s.iterator().next()));
    return pieces;
  }
}
