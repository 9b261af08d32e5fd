package org.linkagemapper.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;
import org.linkagemapper.analysis.AnalysisAnswers.Bridge;
import org.linkagemapper.analysis.AnalysisAnswers.Critical;
import org.linkagemapper.analysis.AnalysisAnswers.CutPoint;
import org.linkagemapper.analysis.Projection.Tie;
import org.linkagemapper.graph.NodeRef;

/**
 * The iterative Hopcroft-Tarjan search against JGraphT's recursive one on random graphs, and on a
 * path of 100,000 actors, where the recursive one runs out of stack.
 */
class CriticalAnalysisTest {

  @Test
  void findsTheSameArticulationPointsAndBridgesAsJGraphTOnRandomGraphs() {
    for (long seed = 1; seed <= 30; seed++) {
      int n = 20 + (int) (seed * 7 % 90);
      Projection p = ProjectionGraphs.random(seed, n, (int) (n * (0.6 + seed % 4 * 0.4)));
      Graph<String, Tie> g = p.graph();
      BiconnectivityInspector<String, Tie> jgrapht = new BiconnectivityInspector<>(g);

      Critical critical = CriticalAnalysis.run(p, Integer.MAX_VALUE);

      Set<String> expectedPoints = new TreeSet<>(jgrapht.getCutpoints());
      Set<String> expectedBridges = new TreeSet<>();
      jgrapht.getBridges().forEach(t -> expectedBridges.add(t.a() + "|" + t.b()));
      assertThat(expectedPoints).as("seed %d has cut points to find", seed).isNotEmpty();
      assertThat(critical.articulationPoints())
          .extracting(c -> c.actor().id())
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(expectedPoints);
      assertThat(critical.articulationPointCount()).isEqualTo(expectedPoints.size());
      assertThat(critical.bridges())
          .extracting(b -> b.a().id() + "|" + b.b().id())
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(expectedBridges);
      assertThat(critical.bridgeCount()).isEqualTo(expectedBridges.size());
    }
  }

  @Test
  void piecesFromTheSearchTreeAreTheComponentsLeftWhenTheActorOrTieIsRemoved() {
    for (long seed = 1; seed <= 10; seed++) {
      Projection p = ProjectionGraphs.random(seed, 60, 70);
      Graph<String, Tie> g = p.graph();
      BiconnectivityInspector<String, Tie> jgrapht = new BiconnectivityInspector<>(g);

      Critical critical = CriticalAnalysis.run(p, Integer.MAX_VALUE);

      for (CutPoint point : critical.articulationPoints()) {
        String v = point.actor().id();
        List<Set<String>> pieces =
            CriticalAnalysis.pieces(
                new MaskSubgraph<>(g, x -> x.equals(v), e -> false),
                jgrapht.getConnectedComponent(v).vertexSet());
        assertThat(point.lostPairs()).as(v).isEqualTo(CriticalAnalysis.lostPairs(pieces));
        assertThat(point.cutOff()).as(v).isEqualTo(refs(p, CriticalAnalysis.cutOff(pieces)));
      }
      for (Bridge bridge : critical.bridges()) {
        Tie tie = g.getEdge(bridge.a().id(), bridge.b().id());
        List<Set<String>> sides =
            CriticalAnalysis.pieces(
                new MaskSubgraph<>(g, x -> false, e -> e.equals(tie)),
                jgrapht.getConnectedComponent(tie.a()).vertexSet());
        assertThat(bridge.lostPairs()).isEqualTo(CriticalAnalysis.lostPairs(sides));
        assertThat(bridge.cutOff()).isEqualTo(refs(p, CriticalAnalysis.cutOff(sides)));
      }
      List<Long> lost = critical.articulationPoints().stream().map(CutPoint::lostPairs).toList();
      assertThat(lost).isSortedAccordingTo(Comparator.reverseOrder());
    }
  }

  @Test
  void aPathOfOneHundredThousandActorsIsAnsweredWhereTheRecursiveSearchOverflows()
      throws Exception {
    int n = 100_000;
    Projection p = ProjectionGraphs.path(n);

    // JGraphT recurses once per actor: on a thread with a 1 MB stack it cannot finish.
    assertThat(onSmallStack(() -> new BiconnectivityInspector<>(p.graph()).getCutpoints()))
        .isInstanceOf(StackOverflowError.class);

    // The iterative search, on a thread with the same stack.
    Object iterative = onSmallStack(() -> CriticalAnalysis.run(p, 3));
    assertThat(iterative).isInstanceOf(Critical.class);
    Critical critical = (Critical) iterative;
    assertThat(critical.articulationPointCount()).isEqualTo(n - 2);
    assertThat(critical.bridgeCount()).isEqualTo(n - 1);
    // The two middle actors cut the most pairs, 49,999 on one side and 50,000 on the other; the
    // smaller id first.
    CutPoint middle = critical.articulationPoints().get(0);
    assertThat(middle.actor().id()).isEqualTo(ProjectionGraphs.id(n / 2 - 1));
    assertThat(critical.articulationPoints().get(1).actor().id())
        .isEqualTo(ProjectionGraphs.id(n / 2));
    assertThat(middle.lostPairs()).isEqualTo(50_000L * 49_999L);
    assertThat(middle.cutOffCount()).isEqualTo(n - 1 - 50_000);
    assertThat(middle.cutOff()).hasSize(1);
    assertThat(middle.cutOff().get(0)).hasSize(CriticalAnalysis.MAX_LISTED);
    assertThat(middle.finding())
        .contains("and %d more".formatted(49_999 - CriticalAnalysis.MAX_LISTED));
    assertThat(critical.articulationPoints()).hasSize(3);
    Bridge bridge = critical.bridges().get(0);
    assertThat(bridge.lostPairs()).isEqualTo(50_000L * 50_000L);
    assertThat(bridge.cutOff()).hasSize(2);
  }

  /** What {@code work} returns or throws on a thread with a 1 MB stack. */
  private static Object onSmallStack(Supplier<Object> work) throws InterruptedException {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(work.get());
              } catch (Throwable e) {
                outcome.set(e);
              }
            },
            "small-stack",
            1 << 20);
    t.start();
    t.join();
    return outcome.get();
  }

  private static List<List<NodeRef>> refs(Projection p, List<Set<String>> pieces) {
    return pieces.stream()
        .map(s -> s.stream().limit(CriticalAnalysis.MAX_LISTED).map(p::ref).toList())
        .toList();
  }
}
