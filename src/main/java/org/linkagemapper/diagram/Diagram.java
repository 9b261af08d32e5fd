package org.linkagemapper.diagram;

import java.util.List;
import java.util.Set;

/**
 * What a figure shows, before any geometry: the nodes of one view in their lanes, the edges among
 * them with their sources, and the words around them. Every list is in a stable order, so the same
 * view always gives the same figure. DOT, Mermaid and GraphML are written from this; SVG, PNG and
 * PDF from its {@link Layout}.
 */
record Diagram(
    String view,
    String title,
    List<String> subtitle,
    LaneMode laneMode,
    List<Lane> lanes,
    List<Node> nodes,
    List<Edge> edges,
    List<SourceRef> sources,
    Set<String> highlight,
    boolean phaseStrip,
    String reference) {

  /**
   * How nodes are grouped into lanes. {@code GRID} is the paper figure: columns by incident phase
   * (the lanes) and rows by level ({@link Node#level}).
   */
  enum LaneMode {
    PILLAR,
    PHASE,
    NONE,
    GRID;

    String parameter() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A lane: a band of the figure holding the nodes of one pillar, kind of partner or phase. */
  record Lane(String id, String title, String subtitle) {}

  /**
   * A box. {@code label} is what the box says (the acronym where there is one), {@code name} the
   * full name for the tooltip; {@code style} picks the colours ({@link DiagramStyle}); {@code rank}
   * orders nodes of one lane along the flow (distance from the affected state or the path's start;
   * null when the view has none); {@code phases} are the incident phases it acts in; {@code level}
   * its row in the paper figure (one of {@code Vocabulary.LEVELS} or {@code partners}; null
   * elsewhere).
   */
  record Node(
      String id,
      String label,
      String name,
      String style,
      String lane,
      Integer rank,
      List<String> phases,
      List<String> roles,
      String description,
      boolean emphasised,
      boolean detached,
      String level) {}

  /**
   * An arrow from {@code from} to {@code to}: one or more stored facts of the same type and kind
   * between the same two nodes, with every source they cite.
   */
  record Edge(
      String from,
      String to,
      String type,
      String kind,
      Integer since,
      Integer until,
      boolean disputed,
      List<String> sources,
      List<String> locators) {

    String id() {
      return from + "|" + type + (kind == null ? "" : ":" + kind) + "|" + to;
    }

    /** The words for a legend or tooltip: the kind of a link, else the type in plain words. */
    String words() {
      return kind != null
          ? kind.replace('-', ' ')
          : type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * A source the drawn edges cite, for the footer and the bibliography: its id, title, year, URL
   * and publisher (any but the id may be null). Its number on the figure is its position in {@link
   * #sources()} plus one.
   */
  record SourceRef(String id, String title, Integer year, String url, String publisher) {}

  /** The number a source carries on this figure (its footer entry), from 1. */
  int number(String source) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).id().equals(source)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not cited by this figure: " + source);
  }

  /** The numbers of an edge's sources, as printed beside it: {@code 3} or {@code 3,7}. */
  String citation(Edge edge) {
    return String.join(",", edge.sources().stream().map(s -> Integer.toString(number(s))).toList());
  }

  /** The same diagram with the line that says how to regenerate it. */
  Diagram withReference(String reference) {
    return new Diagram(
        view,
        title,
        subtitle,
        laneMode,
        lanes,
        nodes,
        edges,
        sources,
        highlight,
        phaseStrip,
        reference);
  }

  Node node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
  }
}
