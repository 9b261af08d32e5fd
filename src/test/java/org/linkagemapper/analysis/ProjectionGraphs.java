package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linkagemapper.analysis.Projection.Actor;
import org.linkagemapper.graph.NodeLabel;

/** Projections built in memory (no database) for the algorithm tests: paths and random graphs. */
final class ProjectionGraphs {

  private ProjectionGraphs() {}

  static String id(int i) {
    return "a%06d".formatted(i);
  }

  static Actor mechanism(int i) {
    return new Actor(id(i), "Actor " + i, null, List.of(NodeLabel.MECHANISM.cypher()), null, null);
  }

  static Fact link(int a, int b) {
    return new Fact(id(a), "LINKS_TO", "coordinates", id(b), null, null, null);
  }

  /** A path a0 - a1 - ... - a(n-1): the deepest graph of n actors for a depth-first search. */
  static Projection path(int n) {
    List<Actor> actors = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actors.add(mechanism(i));
      if (i > 0) {
        facts.add(link(i - 1, i));
      }
    }
    return Projection.of(null, actors, List.of(), facts);
  }

  /**
   * {@code n} actors and about {@code ties} random ties, with some pendant chains and isolated
   * actors so that cut points and bridges exist in numbers.
   */
  static Projection random(long seed, int n, int ties) {
    Random random = new Random(seed);
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actors.add(mechanism(i));
    }
    Set<String> pairs = new HashSet<>();
    List<Fact> facts = new ArrayList<>();
    int core = Math.max(2, n * 2 / 3);
    for (int k = 0; k < ties; k++) {
      int a = random.nextInt(core);
      int b = random.nextInt(core);
      if (a != b && pairs.add(Projection.pairKey(id(a), id(b)))) {
        facts.add(link(a, b));
      }
    }
    // The rest hang off the core as chains and trees, or stay alone.
    for (int i = core; i < n; i++) {
      if (random.nextInt(8) > 0) {
        facts.add(link(random.nextInt(i), i));
      }
    }
    return Projection.of(null, actors, List.of(), facts);
  }
}
