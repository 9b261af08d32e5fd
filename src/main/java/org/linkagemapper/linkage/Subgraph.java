package org.linkagemapper.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.linkage.LinkageAnswers.PathView;
import org.linkagemapper.linkage.LinkageAnswers.Step;

/**
 * The part of the graph a request's filters allow, read once from Neo4j, for the searches Cypher
 * does not offer: k shortest simple paths (Yen, JGraphT), shortest-first path enumeration and
 * breadth-first distances. Parallel facts between two nodes (the same link cited by two sources)
 * count as one hop; the step shows the first in a stable order.
 */
final class Subgraph {

  private final Map<String, NodeRef> nodes = new LinkedHashMap<>();
  private final List<Step> steps = new ArrayList<>();

  /** Ordered pair (walk direction) → the fact that step uses. */
  private final Map<String, Step> hop = new HashMap<>();

  private final Map<String, List<String>> next = new HashMap<>();
  private final PathFilter.Direction direction;

  Subgraph(PathFilter.Direction direction) {
    this.direction = direction;
  }

  void add(NodeRef x, NodeRef y, Step step) {
    nodes.putIfAbsent(x.id(), x);
    nodes.putIfAbsent(y.id(), y);
    steps.add(step);
    if (direction != PathFilter.Direction.IN) {
      link(x.id(), y.id(), step.walked(false));
    }
    if (direction != PathFilter.Direction.OUT) {
      link(y.id(), x.id(), step.walked(true));
    }
  }

  private void link(String a, String b, Step step) {
    if (hop.putIfAbsent(a + "\u0000" + b, step) == null) {
      next.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
    }
  }

  boolean contains(String id) {
    return nodes.containsKey(id);
  }

  NodeRef node(String id) {
    return nodes.get(id);
  }

  List<Step> steps() {
    return steps;
  }

  /** Simple paths from {@code from} to {@code to}, shortest first, at most {@code max} of them. */
  List<PathView> shortestPaths(String from, String to, int max, int maxDepth) {
    if (!contains(from) || !contains(to)) {
      return List.of();
    }
    Graph<String, DefaultEdge> graph =
        direction == PathFilter.Direction.BOTH
            ? new SimpleGraph<>(DefaultEdge.class)
            : new SimpleDirectedGraph<>(DefaultEdge.class);
    nodes.keySet().forEach(graph::addVertex);
    next.forEach(
        (a, bs) ->
            bs.forEach(
                b -> {
                  if (!graph.containsEdge(a, b)) {
                    graph.addEdge(a, b);
                  }
                }));
    List<PathView> paths = new ArrayList<>();
    for (GraphPath<String, DefaultEdge> path :
        new YenKShortestPath<>(graph).getPaths(from, to, max)) {
      if (path.getLength() > maxDepth) {
        break;
      }
      paths.add(view(path.getVertexList()));
    }
    return paths;
  }

  private PathView view(List<String> ids) {
    List<Step> path = new ArrayList<>();
    for (int i = 0; i + 1 < ids.size(); i++) {
      path.add(hop.get(ids.get(i) + "\u0000" + ids.get(i + 1)));
    }
    return new PathView(path.size(), ids.stream().map(nodes::get).toList(), path);
  }

  /** Breadth-first distances from {@code start}, at most {@code depth} hops (-1: no bound). */
  Map<String, Integer> distances(String start, int depth) {
    Map<String, Integer> distance = new LinkedHashMap<>();
    if (!contains(start)) {
      return distance;
    }
    distance.put(start, 0);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String current = queue.removeFirst();
      int d = distance.get(current);
      if (depth >= 0 && d >= depth) {
        continue;
      }
      for (String n : next.getOrDefault(current, List.of())) {
        if (!distance.containsKey(n)) {
          distance.put(n, d + 1);
          queue.addLast(n);
        }
      }
    }
    return distance;
  }

  /** The route breadth-first search takes from {@code start} to {@code target}, as ids. */
  List<String> route(String start, String target) {
    Map<String, String> parent = new HashMap<>();
    parent.put(start, null);
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String current = queue.removeFirst();
      if (current.equals(target)) {
        List<String> route = new ArrayList<>();
        for (String at = target; at != null; at = parent.get(at)) {
          route.add(0, at);
        }
        return route;
      }
      for (String n : next.getOrDefault(current, List.of())) {
        if (!parent.containsKey(n)) {
          parent.put(n, current);
          queue.addLast(n);
        }
      }
    }
    return List.of();
  }
}
