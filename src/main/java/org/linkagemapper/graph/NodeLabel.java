package org.linkagemapper.graph;

import java.util.Arrays;
import java.util.Optional;

/** The labels of the linkage graph. Every node also carries {@code Entity}. */
public enum NodeLabel {
  MECHANISM("Mechanism"),
  PARTNER("Partner"),
  MEMBER_STATE("MemberState"),
  PILLAR("Pillar"),
  RESPONSE_ROLE("ResponseRole"),
  AREA("Area"),
  SOURCE("Source"),
  SCENARIO("Scenario");

  public static final String ENTITY = "Entity";

  private final String cypher;

  NodeLabel(String cypher) {
    this.cypher = cypher;
  }

  /** The label as written in Cypher. */
  public String cypher() {
    return cypher;
  }

  public static Optional<NodeLabel> parse(String name) {
    return Arrays.stream(values()).filter(l -> l.cypher.equals(name)).findFirst();
  }
}
