package org.linkagemapper.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.junit.jupiter.api.Test;

/**
 * Brandes' betweenness and harmonic closeness on int arrays against JGraphT's, on random graphs.
 */
class CentralityTest {

  @Test
  void exactScoresAreJGraphTsOnRandomGraphs() {
    for (long seed = 1; seed <= 20; seed++) {
      int n = 10 + (int) (seed * 13 % 120);
      Projection p = ProjectionGraphs.random(seed, n, n * 2);
      Adjacency g = Adjacency.of(p);
      int pairs = (n - 1) * (n - 2) / 2;
      Map<String, Double> betweenness = new BetweennessCentrality<>(p.graph(), false).getScores();
      Map<String, Double> closeness = new HarmonicCentrality<>(p.graph(), false, true).getScores();

      Centrality c = Centrality.exact(g);

      assertThat(c.sampled).isFalse();
      assertThat(c.sources).isEqualTo(n);
      assertThat(betweenness.values())
          .as("seed %d has paths through actors", seed)
          .anyMatch(s -> s > 0);
      for (int v = 0; v < n; v++) {
        assertThat(c.betweenness[v])
            .as("seed %d, %s", seed, g.id(v))
            .isCloseTo(betweenness.get(g.id(v)) / pairs, within(1e-9));
        assertThat(c.closeness[v])
            .as("seed %d, %s", seed, g.id(v))
            .isCloseTo(closeness.get(g.id(v)), within(1e-9));
      }
    }
  }

  @Test
  void aSampleOfEverySourceIsTheExactAnswerAndASmallerOneIsScaledUp() {
    Projection p = ProjectionGraphs.random(7, 80, 160);
    Adjacency g = Adjacency.of(p);

    Centrality exact = Centrality.exact(g);
    Centrality all = Centrality.sampled(g, g.size());
    Centrality half = Centrality.sampled(g, g.size() / 2);

    assertThat(all.betweenness).containsExactly(exact.betweenness, within(1e-12));
    assertThat(half.sampled).isTrue();
    assertThat(half.sources).isEqualTo(40);
    // Scaled by n/k: the estimated total is of the order of the exact one, not half of it.
    double exactTotal = java.util.Arrays.stream(exact.betweenness).sum();
    double halfTotal = java.util.Arrays.stream(half.betweenness).sum();
    assertThat(halfTotal).isBetween(exactTotal * 0.7, exactTotal * 1.3);
    // The same seed draws the same sample: the estimate is repeatable.
    assertThat(Centrality.sampled(g, g.size() / 2).betweenness)
        .containsExactly(half.betweenness, within(0.0));
  }

  @Test
  void theSampleIsDrawnWithoutReplacement() {
    int[] sample = Centrality.sample(1000, 300, Centrality.SEED);

    assertThat(sample).hasSize(300).doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(sample).allMatch(i -> i >= 0 && i < 1000)).isTrue();
  }
}
