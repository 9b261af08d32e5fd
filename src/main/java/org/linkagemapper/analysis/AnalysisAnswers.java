package org.linkagemapper.analysis;

import java.util.List;
import java.util.Map;
import org.linkagemapper.graph.NodeRef;

/** The shapes the analysis endpoints answer with: every finding names the facts it rests on. */
final class AnalysisAnswers {

  private AnalysisAnswers() {}

  /** What the algorithms ran on. */
  record ProjectionSummary(
      Integer asOf, int actors, int ties, int facts, List<String> tieTypes, String description) {}

  // --- overlaps ---

  /** How an overlap score is computed, stated in every answer. */
  record Scoring(
      Map<String, Double> weights,
      String score,
      String candidates,
      String coordination,
      String ranking) {}

  /** One area, role or partner both mechanisms share, with the fact on each side. */
  record Shared(NodeRef item, String phase, List<Fact> facts) {}

  /**
   * The Jaccard similarity of one facet, or null when neither mechanism has anything recorded in
   * it.
   */
  record Facets(Double areas, Double roles, Double partners) {}

  record Overlap(
      int rank,
      NodeRef a,
      NodeRef b,
      double score,
      Facets facets,
      List<Shared> areas,
      List<Shared> roles,
      List<Shared> partners,
      boolean attested,
      List<Fact> attestedBy,
      boolean linked,
      List<Fact> links,
      NodeRef sharedParent,
      boolean coordinated,
      String finding) {}

  record Overlaps(
      ProjectionSummary graph,
      Scoring scoring,
      String area,
      int candidates,
      int count,
      List<Overlap> overlaps) {}

  // --- gaps ---

  /** A role covered by no mechanism or only one. */
  record RoleGap(
      NodeRef role,
      String phase,
      int mechanisms,
      List<Fact> performedBy,
      List<Fact> alsoPerformedByPartners,
      String finding) {}

  /** An incident phase whose roles are covered by no mechanism or only one. */
  record PhaseGap(
      String phase, int mechanisms, List<NodeRef> coveredBy, List<String> roles, String finding) {}

  /** How a member state reaches a role: the nearest actor performing it, and the path. */
  record StateReach(
      NodeRef state, int hops, NodeRef performer, List<String> path, List<Fact> via) {}

  /** Which member states reach a role within {@code maxDepth} ties, and which do not. */
  record RoleReach(
      NodeRef role,
      String phase,
      int maxDepth,
      List<NodeRef> unreached,
      List<StateReach> reached,
      String finding) {}

  /** A mechanism with no link to any other mechanism. */
  record Unlinked(NodeRef mechanism, List<Fact> partnerTies, boolean isolated, String finding) {}

  record Gaps(
      ProjectionSummary graph,
      List<RoleGap> roles,
      List<PhaseGap> phases,
      List<RoleReach> reach,
      List<Unlinked> unlinked) {}

  // --- hubs ---

  /** Ranks of one actor under each measure (1 = most central; ties share a rank). */
  record Ranks(int degree, int betweenness, int closeness) {}

  record Hub(
      int rank,
      NodeRef actor,
      int degree,
      double betweenness,
      double closeness,
      Ranks ranks,
      List<Fact> ties) {}

  /**
   * How betweenness and closeness were computed: exact (a search from every actor) or estimated
   * from {@code sources} of the {@code actors} drawn with {@code seed}.
   */
  record Computation(boolean sampled, int sources, int actors, Long seed, String method) {}

  record Hubs(
      ProjectionSummary graph,
      String by,
      Map<String, String> measures,
      Computation computation,
      int count,
      List<Hub> hubs) {}

  // --- critical ---

  /**
   * An actor whose loss cuts others off: the pieces separated from the rest of its component, and
   * how many pairs of other actors lose their connection (the measure they are ranked by). Each
   * piece lists at most its first 100 actors by id; {@code cutOffCount} counts them all.
   */
  record CutPoint(
      NodeRef actor, int cutOffCount, List<List<NodeRef>> cutOff, long lostPairs, String finding) {}

  /** A tie whose loss cuts its component in two: the smaller side is cut off (both when equal). */
  record Bridge(
      NodeRef a,
      NodeRef b,
      List<Fact> facts,
      List<List<NodeRef>> cutOff,
      int cutOffCount,
      long lostPairs,
      String finding) {}

  record Critical(
      ProjectionSummary graph,
      int articulationPointCount,
      int bridgeCount,
      List<CutPoint> articulationPoints,
      List<Bridge> bridges) {}

  // --- what if ---

  /** Two actors that were connected and no longer are. */
  record LostPair(NodeRef a, NodeRef b, int hopsBefore) {}

  /**
   * A group of actors cut off from the largest remaining part of their component (the first 100 by
   * id listed).
   */
  record CutOffGroup(List<NodeRef> actors, String finding) {}

  /** A role whose coverage by mechanisms shrinks. */
  record CoverageChange(
      NodeRef role,
      String phase,
      List<NodeRef> before,
      List<NodeRef> after,
      boolean lost,
      String finding) {}

  /** A shortest path between a member state and a key mechanism that grows or breaks. */
  record PathChange(
      NodeRef state, NodeRef mechanism, int hopsBefore, Integer hopsAfter, String finding) {}

  record WhatIf(
      ProjectionSummary graph,
      List<NodeRef> removed,
      List<String> notPresentThen,
      List<Fact> removedFacts,
      int lostPairCount,
      List<LostPair> lostPairs,
      List<CutOffGroup> cutOff,
      List<CoverageChange> roles,
      String keyMechanisms,
      List<PathChange> paths) {}
}
