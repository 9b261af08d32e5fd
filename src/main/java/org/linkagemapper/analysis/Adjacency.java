package org.linkagemapper.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.linkagemapper.analysis.Projection.Tie;

/**
 * The projection's graph as arrays of ints (actor {@code i} is the {@code i}-th id in id order, its
 * neighbours sorted), so the algorithms that visit every tie many times run on primitives rather
 * than on JGraphT's hash maps of boxed vertices and edges.
 */
final class Adjacency {

  private final String[] ids;
  private final Map<String, Integer> index;
  private final int[][] neighbours;
  private final int edges;

  private Adjacency(String[] ids, Map<String, Integer> index, int[][] neighbours, int edges) {
    this.ids = ids;
    this.index = index;
    this.neighbours = neighbours;
    this.edges = edges;
  }

  static Adjacency of(Projection p) {
    return of(p.graph());
  }

  static Adjacency of(Graph<String, Tie> g) {
    String[] ids = g.vertexSet().stream().sorted().toArray(String[]::new);
    Map<String, Integer> index = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    int[] degree = new int[ids.length];
    for (Tie t : g.edgeSet()) {
      degree[index.get(g.getEdgeSource(t))]++;
      degree[index.get(g.getEdgeTarget(t))]++;
    }
    int[][] neighbours = new int[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      neighbours[i] = new int[degree[i]];
    }
    int[] filled = new int[ids.length];
    for (Tie t : g.edgeSet()) {
      int a = index.get(g.getEdgeSource(t));
      int b = index.get(g.getEdgeTarget(t));
      neighbours[a][filled[a]++] = b;
      neighbours[b][filled[b]++] = a;
    }
    for (int[] n : neighbours) {
      Arrays.sort(n);
    }
    return new Adjacency(ids, index, neighbours, g.edgeSet().size());
  }

  int size() {
    return ids.length;
  }

  int edgeCount() {
    return edges;
  }

  String id(int i) {
    return ids[i];
  }

  int index(String id) {
    return index.get(id);
  }

  int[] neighbours(int i) {
    return neighbours[i];
  }

  boolean adjacent(int i, int j) {
    return Arrays.binarySearch(neighbours[i], j) >= 0;
  }
}
