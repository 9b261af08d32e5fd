package org.linkagemapper.linkage;

import static org.linkagemapper.graph.Temporal.nodeExisted;
import static org.linkagemapper.graph.Temporal.relationshipHeld;

/**
 * The Cypher of path and linkage queries, in one place. Filters sit inside the patterns so Neo4j
 * applies them while it traverses. Values are parameters; relationship types, the direction and the
 * depth bound are placed in the text only after {@link PathFilter} checked them against the
 * whitelist and the caps, and every variable-length pattern has an upper bound.
 */
public final class LinkageQueries {

  private LinkageQueries() {}

  /** True for a relationship the filters let a traversal follow. */
  static String relationshipAllowed(String r) {
    return "%s AND ($kinds IS NULL OR type(%2$s) <> 'LINKS_TO' OR %2$s.kind IN $kinds)"
        .formatted(relationshipHeld(r), r);
  }

  /**
   * True for a node a traversal may pass through: it existed in {@code $asOf}, is not excluded and,
   * with {@code $phase}, performs a role in that phase. The endpoints ({@code $endpoints}) always
   * may.
   */
  static String nodeAllowed(String n) {
    return nodeAllowed(n, n + ".id");
  }

  /** As {@link #nodeAllowed(String)}, with the node's id already read into {@code id}. */
  static String nodeAllowed(String n, String id) {
    return """
        (%4$s IN $endpoints OR (%2$s AND NOT %4$s IN $exclude
          AND ($phase IS NULL OR EXISTS { MATCH (%1$s)-[pr:PERFORMS]->(role:ResponseRole) WHERE role.phase = $phase AND %3$s })))"""
        .formatted(n, nodeExisted(n), relationshipHeld("pr"), id);
  }

  private static final String STEP =
      """
      {type: type(rel), from: startNode(rel).id, to: endNode(rel).id, props: properties(rel),
       sourceTitle: COLLECT { MATCH (s:Source {id: rel.source}) RETURN s.title }[0]}""";

  private static final String NODE =
      "n {.id, .name, .acronym, labels: [l IN labels(n) WHERE l <> 'Entity']}";

  /**
   * The shortest path between {@code $from} and {@code $to}, answering in the same round trip
   * whether each endpoint exists. This exact text is what the benchmark runs through the driver.
   */
  public static String shortest(
      PathFilter.Direction direction, java.util.List<String> types, int maxDepth) {
    return """
        OPTIONAL MATCH (a:Entity {id: $from}) WHERE NOT a:Source AND NOT a:Scenario
        OPTIONAL MATCH (b:Entity {id: $to}) WHERE NOT b:Source AND NOT b:Scenario
        CALL (a, b) {
          WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND %1$s AND %2$s
          MATCH p = SHORTEST 1 (a)(()%3$s(y) WHERE %4$s AND %5$s){1,%6$d}(b)
          RETURN collect({nodes: [n IN nodes(p) | %7$s], steps: [rel IN relationships(p) | %8$s]}) AS paths
        }
        RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths"""
        .formatted(
            nodeExisted("a"),
            nodeExisted("b"),
            direction.pattern(types),
            relationshipAllowed("r"),
            nodeAllowed("y"),
            maxDepth,
            NODE,
            STEP);
  }

  /**
   * Every relationship the filters allow, with both ends: the subgraph a JGraphT search or a
   * breadth-first walk runs on. A plain one-hop pattern, so it is bounded by the graph's size. Each
   * end's id is read once, into {@code from} and {@code to}, and used from there: with {@code x.id}
   * read in the filter, the map projection and the sort, Neo4j 5.26's planner failed now and then
   * ("insertCachedProperties ... x.id should not appear non-cached", a 500).
   */
  static String subgraph(java.util.List<String> types) {
    return """
        MATCH (x:Entity)-[r:%1$s]->(y:Entity)
        WITH x, r, y, x.id AS from, y.id AS to
        WHERE %2$s AND %3$s AND %4$s
        RETURN x {id: from, .name, .acronym, labels: [l IN labels(x) WHERE l <> 'Entity']} AS fromNode,
               y {id: to, .name, .acronym, labels: [l IN labels(y) WHERE l <> 'Entity']} AS toNode,
               from, to, type(r) AS type, properties(r) AS props,
               COLLECT { MATCH (s:Source {id: r.source}) RETURN s.title }[0] AS sourceTitle
        ORDER BY from, to, type, r.key"""
        .formatted(
            String.join("|", types),
            relationshipAllowed("r"),
            nodeAllowed("x", "from"),
            nodeAllowed("y", "to"));
  }

  /** One actor (not a source or scenario) by id, and whether it existed in {@code $asOf}. */
  static final String ACTOR =
      """
      MATCH (n:Entity {id: $id}) WHERE NOT n:Source AND NOT n:Scenario
      RETURN %s AS node, %s AS existed"""
          .formatted(NODE, nodeExisted("n"));

  static final String SCENARIOS =
      """
      MATCH (s:Scenario)-[:AFFECTS]->(state:MemberState)
      OPTIONAL MATCH (src:Source {id: s.source})
      RETURN s {.id, .name, .description, .locator} AS scenario, state.id AS stateId, state.name AS stateName,
             src.title AS sourceTitle, s.source AS sourceId,
             COLLECT { MATCH (s)-[:ACTIVATES]->(role:ResponseRole) RETURN role {.id, .name, .phase} ORDER BY role.id } AS roles
      ORDER BY s.id""";

  /** Who performs each role a scenario activates (in {@code $asOf}), with their pillars. */
  static final String PERFORMERS =
      """
      MATCH (s:Scenario {id: $scenario})-[:ACTIVATES]->(role:ResponseRole)<-[p:PERFORMS]-(actor:Entity)
      WHERE %1$s AND %2$s
      OPTIONAL MATCH (src:Source {id: p.source})
      RETURN actor.id AS actor, role.id AS role, role.phase AS phase,
             {type: 'PERFORMS', from: actor.id, to: role.id, props: properties(p), sourceTitle: src.title} AS step,
             COLLECT { MATCH (actor)-[u:UNDER_PILLAR]->(pillar:Pillar) WHERE %3$s RETURN pillar.id ORDER BY pillar.id } AS pillars
      ORDER BY actor, role"""
          .formatted(relationshipHeld("p"), nodeExisted("actor"), relationshipHeld("u"));
}
