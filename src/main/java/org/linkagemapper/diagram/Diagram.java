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

  /** How nodes are grouped into lanes. */
  enum LaneMode {
    PILLAR, PHASE, NONE;

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
   * null when the view has none); {@code phases} are the incident phases it acts in.
   */
  record Node(
      String id, String label, String name, String style, String lane, Integer rank, List<String> phases, List<String> roles,
      String description, boolean emphasised, boolean detached) {}

  /**
   * An arrow from {@code from} to {@code to}: one or more stored facts of the same type and kind
   * between the same two nodes, with every source they cite.
   */
  record Edge(
      String from, String to, String type, String kind, Integer since, Integer until, boolean disputed, List<String> sources,
      List<String> locators) {

    String id() {
      return from + "|" + type + (kind == null ? "" : ":" + kind) + "|" + to;
    }

    /** The words for a legend or tooltip: the kind of a link, else the type in plain words. */
    String words() {
      return kind != null ? kind.replace('-', ' ') : type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** A source the drawn edges cite: its short id and title, for the footer. */
  record SourceRef(String id, String title) {}

  /** The same diagram with the line that says how to regenerate it. */
  Diagram withReference(String reference) {
    return new Diagram(view, title, subtitle, laneMode, lanes, nodes, edges, sources, highlight, phaseStrip, reference);
  }

  Node node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
  }
}
