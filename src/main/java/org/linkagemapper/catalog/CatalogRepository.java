package org.linkagemapper.catalog;

import static org.linkagemapper.graph.Temporal.nodeExisted;
import static org.linkagemapper.graph.Temporal.relationshipHeld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.linkagemapper.catalog.CatalogAnswers.Conflict;
import org.linkagemapper.catalog.CatalogAnswers.GraphNode;
import org.linkagemapper.catalog.CatalogAnswers.GraphRelationship;
import org.linkagemapper.catalog.CatalogAnswers.Item;
import org.linkagemapper.catalog.CatalogAnswers.MechanismSummary;
import org.linkagemapper.catalog.CatalogAnswers.PartnerSummary;
import org.linkagemapper.catalog.CatalogAnswers.SourceItem;
import org.linkagemapper.graph.Citation;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.graph.RelType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The read side's Cypher, in one place; every value is a parameter. */
@Repository
class CatalogRepository {

  private static final String LINKS =
      """
      OPTIONAL CALL (n) {
        MATCH (n)-[r]-(other:Entity)
        WHERE NOT other:Source AND NOT other:Scenario AND %s AND %s
        OPTIONAL MATCH (src:Source {id: r.source})
        RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
                rel: properties(r), node: %s, source: %s} AS link
        ORDER BY type(r), other.id
      }
      WITH n, collect(link) AS links
      """
          .formatted(
              relationshipHeld("r"),
              nodeExisted("other"),
              NodeRef.project("other"),
              Citation.project("r", "src"));

  private final Neo4jClient client;

  CatalogRepository(Neo4jClient client) {
    this.client = client;
  }

  List<NodeRef> search(String luceneQuery, String exact, int limit) {
    String cypher =
        """
        CALL () {
          MATCH (n:Entity) WHERE n.id = $exact OR toLower(n.acronym) = $exact OR toLower(n.name) = $exact
          RETURN n, 1000.0 AS score
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
          RETURN node AS n, score
        }
        WITH n, max(score) AS score
        RETURN %s AS node ORDER BY score DESC, n.name LIMIT $limit"""
            .formatted(NodeRef.project("n"));
    return list(
        cypher,
        Map.of("lucene", luceneQuery, "exact", exact, "limit", limit),
        v -> NodeRef.of(v.get("node")));
  }

  List<MechanismSummary> mechanisms(
      String pillar, String area, String partner, Integer asOf, String status) {
    String cypher =
        """
        MATCH (m:Mechanism)
        WHERE ($status IS NULL OR m.status = $status) AND %s
          AND ($pillar IS NULL OR EXISTS { MATCH (m)-[r:UNDER_PILLAR]->(:Pillar {id: $pillar}) WHERE %s })
          AND ($area IS NULL OR EXISTS { MATCH (m)-[r:FOCUSES_ON]->(:Area {id: $area}) WHERE %s })
          AND ($partner IS NULL OR EXISTS { MATCH (m)-[r]-(:Partner {id: $partner}) WHERE %s })
        CALL (m) {
          OPTIONAL MATCH (m)-[r:UNDER_PILLAR]->(p:Pillar) WHERE %s
          RETURN collect(p.id) AS pillars
        }
        RETURN m {.id, .name, .acronym, .kind, .established, .ended, .status} AS m, pillars
        ORDER BY toLower(coalesce(m.acronym, m.name))"""
            .formatted(
                nodeExisted("m"),
                relationshipHeld("r"),
                relationshipHeld("r"),
                relationshipHeld("r"),
                relationshipHeld("r"));
    Map<String, Object> params = new HashMap<>();
    params.put("pillar", pillar);
    params.put("area", area);
    params.put("partner", partner);
    params.put("asOf", asOf);
    params.put("status", status);
    return list(
        cypher,
        params,
        v -> {
          Value m = v.get("m");
          return new MechanismSummary(
              m.get("id").asString(),
              m.get("name").asString(),
              m.get("acronym").asString(null),
              m.get("kind").asString(null),
              integer(m.get("established")),
              integer(m.get("ended")),
              m.get("status").asString(null),
              v.get("pillars").asList(Value::asString));
        });
  }

  /** The node with its properties, its citation and its links (all years). */
  Optional<Record> detail(String label, String id) {
    String cypher =
        """
        MATCH (n:%s {id: $id})
        %s
        OPTIONAL MATCH (nsrc:Source {id: n.source})
        RETURN properties(n) AS props, %s AS citation, links, n:MemberState AS memberState"""
            .formatted(label, LINKS, Citation.project("n", "nsrc"));
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("asOf", null);
    return client.query(cypher).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).one();
  }

  List<PartnerSummary> partners(String kind, Boolean memberState) {
    String cypher =
        """
        MATCH (p:Partner)
        WHERE ($kind IS NULL OR p.kind = $kind) AND ($memberState IS NULL OR p:MemberState = $memberState)
        RETURN p {.id, .name, .acronym, .kind} AS p, p:MemberState AS memberState
        ORDER BY toLower(p.name)""";
    Map<String, Object> params = new HashMap<>();
    params.put("kind", kind);
    params.put("memberState", memberState);
    return list(
        cypher,
        params,
        v -> {
          Value p = v.get("p");
          return new PartnerSummary(
              p.get("id").asString(),
              p.get("name").asString(),
              p.get("acronym").asString(null),
              p.get("kind").asString(null),
              v.get("memberState").asBoolean());
        });
  }

  /** Pillars, roles or areas with the number of mechanisms attached to each. */
  List<Item> items(String label, String relType) {
    RelType.parse(relType).orElseThrow();
    String cypher =
        """
        MATCH (n:%s)
        RETURN n {.id, .name, .acronym, .description, .phase} AS n, COUNT { (:Mechanism)-[:%s]->(n) } AS mechanisms
        ORDER BY CASE n.phase WHEN 'prepare' THEN 0 WHEN 'detect' THEN 1 WHEN 'respond' THEN 2 WHEN 'recover' THEN 3 ELSE 4 END, n.id"""
            .formatted(label, relType);
    return list(
        cypher,
        Map.of(),
        v -> {
          Value n = v.get("n");
          return new Item(
              n.get("id").asString(),
              n.get("name").asString(),
              n.get("acronym").asString(null),
              n.get("description").asString(null),
              n.get("phase").asString(null),
              v.get("mechanisms").asLong());
        });
  }

  List<SourceItem> sources() {
    String cypher =
        """
        MATCH (s:Source)
        RETURN s {.id, .title, .url, .year, .publisher, .note} AS s,
               COUNT { MATCH ()-[r]->() WHERE r.source = s.id } + COUNT { MATCH (n:Entity) WHERE n.source = s.id } AS citedBy
        ORDER BY s.id""";
    return list(
        cypher,
        Map.of(),
        v -> {
          Value s = v.get("s");
          return new SourceItem(
              s.get("id").asString(),
              s.get("title").asString(),
              s.get("url").asString(null),
              integer(s.get("year")),
              s.get("publisher").asString(null),
              s.get("note").asString(null),
              v.get("citedBy").asLong());
        });
  }

  List<String> ids(String label) {
    return list(
        "MATCH (n:%s) RETURN n.id AS id ORDER BY id".formatted(label),
        Map.of(),
        v -> v.get("id").asString());
  }

  List<GraphNode> graphNodes(Integer asOf) {
    String cypher =
        """
        MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Scenario AND %s
        RETURN n {.id, .name, .acronym, .kind, .status, .established, .ended, .phase,
                  labels: [l IN labels(n) WHERE l <> 'Entity']} AS n
        ORDER BY n.id"""
            .formatted(nodeExisted("n"));
    Map<String, Object> params = new HashMap<>();
    params.put("asOf", asOf);
    return list(
        cypher,
        params,
        v -> {
          Value n = v.get("n");
          return new GraphNode(
              n.get("id").asString(),
              n.get("name").asString(),
              n.get("acronym").asString(null),
              n.get("labels").asList(Value::asString),
              n.get("kind").asString(null),
              n.get("status").asString(null),
              integer(n.get("established")),
              integer(n.get("ended")),
              n.get("phase").asString(null));
        });
  }

  List<GraphRelationship> graphRelationships(Integer asOf, Collection<String> types) {
    String cypher =
        """
        MATCH (a:Entity)-[r]->(b:Entity)
        WHERE type(r) IN $types AND %s AND %s AND %s
        RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS r
        ORDER BY from, type, to, r.key"""
            .formatted(relationshipHeld("r"), nodeExisted("a"), nodeExisted("b"));
    Map<String, Object> params = new HashMap<>();
    params.put("asOf", asOf);
    params.put("types", List.copyOf(types));
    return list(
        cypher,
        params,
        v -> {
          Value r = v.get("r");
          return new GraphRelationship(
              v.get("from").asString(),
              v.get("to").asString(),
              v.get("type").asString(),
              r.get("kind").asString(null),
              integer(r.get("since")),
              integer(r.get("until")),
              r.get("source").asString(null),
              r.get("locator").asString(null),
              r.get("disputed").isNull() ? null : r.get("disputed").asBoolean());
        });
  }

  static List<Conflict> conflicts(Value props) {
    List<Conflict> conflicts = new ArrayList<>();
    if (props.get("conflictFields").isNull()) {
      return conflicts;
    }
    List<String> fields = props.get("conflictFields").asList(Value::asString);
    for (int i = 0; i < fields.size(); i++) {
      conflicts.add(
          new Conflict(
              fields.get(i),
              props.get("conflictValues").get(i).asString(),
              props.get("conflictSources").get(i).asString(),
              props.get("conflictLocators").get(i).asString(),
              blankToNull(props.get("conflictNotes").get(i).asString())));
    }
    return conflicts;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static Integer integer(Value v) {
    return v == null || v.isNull() ? null : v.asInt();
  }

  private <T> List<T> list(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) Object.class;
    return List.copyOf(
        client
            .query(cypher)
            .bindAll(params)
            .fetchAs(type)
            .mappedBy((t, r) -> mapper.apply(r))
            .all());
  }
}
