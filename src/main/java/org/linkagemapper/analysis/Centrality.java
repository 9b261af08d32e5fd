package org.linkagemapper.analysis;

import java.util.Random;

/**
 * Betweenness (Brandes 2001) and harmonic closeness from one breadth-first search per source, on
 * {@link Adjacency}'s arrays. From every actor they are exact; from a sample of sources drawn
 * uniformly without replacement with a fixed seed they are the estimates of Brandes and Pich (2007,
 * "Centrality estimation in large networks") for betweenness and of Eppstein and Wang (2004) for
 * closeness: each source's contribution scaled by {@code n / k}, unbiased, and the same answer on
 * every run.
 */
final class Centrality {

  /** The seed of the source sample, named in the answer so a run can be repeated. */
  static final long SEED = 42;

  /** Betweenness normalised by the number of pairs, harmonic closeness by {@code n - 1}. */
  final double[] betweenness;

  final double[] closeness;

  /** How many sources the searches ran from: every actor when exact. */
  final int sources;

  final boolean sampled;

  private Centrality(double[] betweenness, double[] closeness, int sources, boolean sampled) {
    this.betweenness = betweenness;
    this.closeness = closeness;
    this.sources = sources;
    this.sampled = sampled;
  }

  /**
   * Exact when the graph has at most {@code exactUpTo} actors, else from {@code samples} sources.
   */
  static Centrality of(Adjacency g, int exactUpTo, int samples) {
    int n = g.size();
    return n <= exactUpTo || samples >= n
        ? from(g, all(n), false)
        : from(g, sample(n, samples, SEED), true);
  }

  static Centrality exact(Adjacency g) {
    return from(g, all(g.size()), false);
  }

  static Centrality sampled(Adjacency g, int samples) {
    return from(g, sample(g.size(), Math.min(samples, g.size()), SEED), true);
  }

  private static int[] all(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** {@code k} of {@code 0..n-1} uniformly without replacement: a partial Fisher-Yates shuffle. */
  static int[] sample(int n, int k, long seed) {
    int[] all = all(n);
    Random random = new Random(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = java.util.Arrays.copyOf(all, k);
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  private static Centrality from(Adjacency g, int[] sources, boolean sampled) {
    int n = g.size();
    double[] betweenness = new double[n];
    double[] closeness = new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] queue = new int[n];
    java.util.Arrays.fill(dist, -1);
    for (int s : sources) {
      Budget.checkNow();
      // Breadth-first search from s: distances, number of shortest paths, visiting order.
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      dist[s] = 0;
      sigma[s] = 1;
      while (head < tail) {
        int v = queue[head++];
        for (int w : g.neighbours(v)) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      // Dependencies, farthest first: delta(v) = sum over successors w of sigma(v)/sigma(w) (1 +
      // delta(w)).
      for (int i = tail - 1; i > 0; i--) {
        int w = queue[i];
        for (int v : g.neighbours(w)) {
          if (dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        betweenness[w] += delta[w];
        closeness[w] += 1.0 / dist[w];
      }
      for (int i = 0; i < tail; i++) {
        int v = queue[i];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    double scale = sampled ? (double) n / sources.length : 1.0;
    // Each unordered pair is met from both ends on an undirected graph: halve, then divide by the
    // pairs.
    double pairs = (n - 1) * (n - 2) / 2.0;
    for (int v = 0; v < n; v++) {
      betweenness[v] = pairs > 0 ? betweenness[v] * scale / 2 / pairs : 0.0;
      closeness[v] = n > 1 ? closeness[v] * scale / (n - 1) : 0.0;
    }
    return new Centrality(betweenness, closeness, sources.length, sampled);
  }
}
