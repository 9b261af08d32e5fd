package org.linkagemapper.analysis;

import org.linkagemapper.graph.Citation;

/**
 * One relationship the graph records, as a finding cites it: who, what type (and kind), whom, its
 * years and its source with the locator.
 */
record Fact(
    String from,
    String type,
    String kind,
    String to,
    Integer since,
    Integer until,
    Citation source) {

  /** The key diagrams use to find this relationship: see {@link Overlay#edgeKey}. */
  String key() {
    return Overlay.edgeKey(from, type, to);
  }

  /** The other end, seen from {@code id}. */
  String other(String id) {
    return from.equals(id) ? to : from;
  }
}
