package org.linkagemapper.analysis;

import java.util.Set;

/**
 * What one analysis highlights, for diagrams to draw over the graph: the ids of the nodes and the
 * keys of the relationships a finding rests on.
 *
 * @param analysis which analysis produced it
 * @param asOf the year it was computed for, or null for the whole record
 * @param nodeIds ids of the highlighted nodes
 * @param edgeKeys keys of the highlighted relationships, each {@link #edgeKey(String, String,
 *     String)}
 */
public record Overlay(Analysis analysis, Integer asOf, Set<String> nodeIds, Set<String> edgeKeys) {

  /** The analyses that can be drawn as an overlay. */
  public enum Analysis {
    OVERLAPS,
    GAPS,
    HUBS,
    CRITICAL,
    WHAT_IF
  }

  /**
   * A relationship's key as {@code from-[TYPE]->to}, with the direction it is stored in: diagrams
   * compute the same key from {@code /api/graph}'s relationships to match them.
   */
  public static String edgeKey(String from, String type, String to) {
    return from + "-[" + type + "]->" + to;
  }
}
