package org.linkagemapper.graph;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The relationship types of the linkage graph, with the labels each may join. Types reach Cypher
 * only through this enum: a type named in a request is looked up here before it is placed in a
 * query, since types cannot be parameters.
 */
public enum RelType {
  UNDER_PILLAR(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.PILLAR)),
  PART_OF(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.MECHANISM)),
  REPORTS_TO(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.MECHANISM)),
  RENAMED_TO(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.MECHANISM)),
  ENGAGES(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.PARTNER)),
  PARTICIPATES_IN(Set.of(NodeLabel.PARTNER), Set.of(NodeLabel.MECHANISM)),
  PROPOSED(Set.of(NodeLabel.PARTNER), Set.of(NodeLabel.MECHANISM)),
  HOSTS(Set.of(NodeLabel.PARTNER), Set.of(NodeLabel.MECHANISM)),
  FUNDS(Set.of(NodeLabel.PARTNER), Set.of(NodeLabel.MECHANISM)),
  CHAIRS(Set.of(NodeLabel.PARTNER), Set.of(NodeLabel.MECHANISM)),
  LINKS_TO(
      Set.of(NodeLabel.MECHANISM, NodeLabel.PARTNER),
      Set.of(NodeLabel.MECHANISM, NodeLabel.PARTNER)),
  PERFORMS(Set.of(NodeLabel.MECHANISM, NodeLabel.PARTNER), Set.of(NodeLabel.RESPONSE_ROLE)),
  FOCUSES_ON(Set.of(NodeLabel.MECHANISM), Set.of(NodeLabel.AREA)),
  /** Written from scenarios.yaml, not relationships.yaml. */
  AFFECTS(Set.of(NodeLabel.SCENARIO), Set.of(NodeLabel.PARTNER)),
  /** Written from scenarios.yaml, not relationships.yaml. */
  ACTIVATES(Set.of(NodeLabel.SCENARIO), Set.of(NodeLabel.RESPONSE_ROLE));

  private final Set<NodeLabel> from;
  private final Set<NodeLabel> to;

  RelType(Set<NodeLabel> from, Set<NodeLabel> to) {
    this.from = from;
    this.to = to;
  }

  public Set<NodeLabel> from() {
    return from;
  }

  public Set<NodeLabel> to() {
    return to;
  }

  /** The types a researcher writes in relationships.yaml. */
  public static Set<RelType> curated() {
    return EnumSet.complementOf(EnumSet.of(AFFECTS, ACTIVATES));
  }

  /** The types that join actors, pillars, roles and areas: what path queries follow by default. */
  public static Set<RelType> linkage() {
    return curated();
  }

  public static Optional<RelType> parse(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
