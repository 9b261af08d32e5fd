package org.linkagemapper.graph;

/**
 * The {@code asOf} year as Cypher predicates, written once: a node existed in a year when it was
 * established by then and had not ended before it; a relationship when its {@code since} and {@code
 * until} years enclose it. Unknown years count as "always". Both read the parameter {@code $asOf}
 * (null for "today, everything").
 */
public final class Temporal {

  private Temporal() {}

  /** Cypher that is true when node {@code n} existed in {@code $asOf}. */
  public static String nodeExisted(String n) {
    return "($asOf IS NULL OR ((%1$s.established IS NULL OR %1$s.established <= $asOf) AND (%1$s.ended IS NULL OR %1$s.ended >= $asOf)))"
        .formatted(n);
  }

  /** Cypher that is true when relationship {@code r} held in {@code $asOf}. */
  public static String relationshipHeld(String r) {
    return "($asOf IS NULL OR ((%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR %1$s.until >= $asOf)))"
        .formatted(r);
  }
}
