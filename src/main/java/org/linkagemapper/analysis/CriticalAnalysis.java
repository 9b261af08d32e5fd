package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.linkagemapper.analysis.AnalysisAnswers.Bridge;
import org.linkagemapper.analysis.AnalysisAnswers.Critical;
import org.linkagemapper.analysis.AnalysisAnswers.CutPoint;
import org.linkagemapper.analysis.Projection.Tie;
import org.linkagemapper.graph.NodeRef;

/**
 * Single points of failure: articulation points (actors whose loss disconnects others) and bridges
 * (ties whose loss does), each with the actors cut off from the rest.
 */
final class CriticalAnalysis {

  private CriticalAnalysis() {}

  /** At most this many actors of one piece are listed (the smallest ids); counts cover them all. */
  static final int MAX_LISTED = 100;

  /**
   * Articulation points and bridges, the most damaging first, at most {@code limit} of each listed
   * (the counts cover them all). Found by {@link Biconnectivity}: one search over the graph; the
   * pieces of each cut come from the search tree, so only the listed ones are built.
   */
  static Critical run(Projection p, int limit) {
    Adjacency g = Adjacency.of(p);
    Biconnectivity dfs = Biconnectivity.of(g);
    List<Integer> cutVertices = dfs.articulationPoints();
    List<Integer> bridgeChildren = dfs.bridgeChildren();

    List<Ranked> rankedPoints = new ArrayList<>();
    for (int v : cutVertices) {
      rankedPoints.add(new Ranked(v, lostPairs(dfs.pieceSizes(v)), g.id(v), ""));
      Budget.check();
    }
    List<Ranked> rankedBridges = new ArrayList<>();
    for (int c : bridgeChildren) {
      long inside = dfs.size[c];
      long outside = dfs.componentSize(c) - inside;
      String x = g.id(c);
      String y = g.id(dfs.parent[c]);
      rankedBridges.add(
          new Ranked(c, inside * outside, x.compareTo(y) < 0 ? x : y, x.compareTo(y) < 0 ? y : x));
      Budget.check();
    }
    Comparator<Ranked> order =
        Comparator.comparingLong(Ranked::lostPairs)
            .reversed()
            .thenComparing(Ranked::a)
            .thenComparing(Ranked::b);
    rankedPoints.sort(order);
    rankedBridges.sort(order);

    BitSet scratch = new BitSet(g.size());
    List<CutPoint> points = new ArrayList<>();
    for (Ranked r : rankedPoints.subList(0, Math.min(limit, rankedPoints.size()))) {
      points.add(
          cutPoint(p, g, r.vertex(), sorted(g, dfs.pieces(r.vertex()), scratch), r.lostPairs()));
      Budget.checkNow();
    }
    List<Bridge> bridges = new ArrayList<>();
    for (Ranked r : rankedBridges.subList(0, Math.min(limit, rankedBridges.size()))) {
      int c = r.vertex();
      bridges.add(
          bridge(
              p,
              g,
              r.a(),
              r.b(),
              sorted(g, List.of(dfs.subtree(c), dfs.outside(c)), scratch),
              r.lostPairs()));
      Budget.checkNow();
    }
    return new Critical(p.summary(), cutVertices.size(), bridgeChildren.size(), points, bridges);
  }

  /** A cut vertex or bridge (its child end) with what the ranking needs. */
  private record Ranked(int vertex, long lostPairs, String a, String b) {}

  /** A piece of a cut: its size, its smallest id and the first {@link #MAX_LISTED} ids. */
  private record Piece(int size, List<String> listed) {

    String first() {
      return listed.get(0);
    }
  }

  private static CutPoint cutPoint(
      Projection p, Adjacency g, int v, List<Piece> pieces, long lost) {
    List<Piece> cutOff = cutOffPieces(pieces);
    int count = cutOff.stream().mapToInt(Piece::size).sum();
    String finding =
        "Without %s, %d actor%s would be cut off from the rest of the graph (%d pair%s of actors lose their connection): %s."
            .formatted(
                p.shortName(g.id(v)),
                count,
                count == 1 ? "" : "s",
                lost,
                lost == 1 ? "" : "s",
                String.join("; ", cutOff.stream().map(s -> names(p, s)).toList()));
    return new CutPoint(p.ref(g.id(v)), count, refs(p, cutOff), lost, finding);
  }

  private static Bridge bridge(
      Projection p, Adjacency g, String a, String b, List<Piece> sides, long lost) {
    List<Piece> cutOff = cutOffPieces(sides);
    Piece larger = sides.get(0);
    String finding =
        cutOff.size() == 2
            ? "The tie %s – %s is the only connection between %s and %s."
                .formatted(
                    p.shortName(a), p.shortName(b), names(p, sides.get(0)), names(p, sides.get(1)))
            : "The tie %s – %s is the only connection of %s to the other %d actor%s of %s component."
                .formatted(
                    p.shortName(a),
                    p.shortName(b),
                    names(p, cutOff.get(0)),
                    larger.size(),
                    larger.size() == 1 ? "" : "s",
                    cutOff.get(0).size() == 1 ? "its" : "their");
    return new Bridge(
        p.ref(a),
        p.ref(b),
        p.factsBetween(a, b),
        refs(p, cutOff),
        cutOff.stream().mapToInt(Piece::size).sum(),
        lost,
        finding);
  }

  /** Pieces largest first, then by smallest id, each listing its smallest ids. */
  private static List<Piece> sorted(Adjacency g, List<int[]> pieces, BitSet scratch) {
    List<Piece> out = new ArrayList<>();
    for (int[] piece : pieces) {
      out.add(new Piece(piece.length, smallest(g, piece, scratch)));
    }
    out.sort(Comparator.comparingInt(Piece::size).reversed().thenComparing(Piece::first));
    return out;
  }

  /** Ids are indexed in id order, so the smallest indices are the smallest ids. */
  private static List<String> smallest(Adjacency g, int[] piece, BitSet scratch) {
    scratch.clear();
    for (int v : piece) {
      scratch.set(v);
    }
    List<String> ids = new ArrayList<>();
    for (int v = scratch.nextSetBit(0);
        v >= 0 && ids.size() < MAX_LISTED;
        v = scratch.nextSetBit(v + 1)) {
      ids.add(g.id(v));
    }
    return ids;
  }

  private static List<Piece> cutOffPieces(List<Piece> pieces) {
    if (pieces.size() > 1 && pieces.get(0).size() == pieces.get(1).size()) {
      return pieces;
    }
    return pieces.subList(1, pieces.size());
  }

  private static List<List<NodeRef>> refs(Projection p, List<Piece> pieces) {
    return pieces.stream().map(s -> s.listed().stream().map(p::ref).toList()).toList();
  }

  private static String names(Projection p, Piece piece) {
    String listed = String.join(", ", piece.listed().stream().map(p::shortName).toList());
    int more = piece.size() - piece.listed().size();
    return more > 0 ? listed + " and %d more".formatted(more) : listed;
  }

  /** Pairs of actors in different pieces of the given sizes. */
  static long lostPairs(long[] sizes) {
    long pairs = 0;
    long seen = 0;
    for (long size : sizes) {
      pairs += seen * size;
      seen += size;
    }
    return pairs;
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
    pieces.sort(
        Comparator.comparingInt((Set<String> s) -> s.size())
            .reversed()
            .thenComparing(s -> s.iterator().next()));
    return pieces;
  }
}
