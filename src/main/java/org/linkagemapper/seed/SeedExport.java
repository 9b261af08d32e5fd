package org.linkagemapper.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.RelType;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The graph written back in the seed-data format: every node and relationship of the model as the
 * entry of a seed file, and those entries as YAML that {@link SeedFiles} reads back to the same
 * graph. The output is deterministic (entries sorted, no timestamps), so export, load, export gives
 * the same bytes.
 */
public final class SeedExport {

  /** The order fields are written in, as the seed README shows them. */
  private static final List<String> FIELD_ORDER =
      List.of(
          "id",
          "from",
          "type",
          "to",
          "title",
          "name",
          "acronym",
          "aliases",
          "kind",
          "memberState",
          "phase",
          "established",
          "ended",
          "status",
          "since",
          "until",
          "url",
          "year",
          "publisher",
          "affectedState",
          "roles",
          "description",
          "note",
          "source",
          "locator",
          "disputed",
          "conflictNote",
          "conflicts");

  private static final List<String> BOOKKEEPING = List.of("origin", "version", "key", "caption");

  private static final List<String> CONFLICT_FIELDS =
      List.of("field", "value", "source", "locator", "note");

  private SeedExport() {}

  /** Every node and relationship of the model, as seed entries: nodes by id, then relationships. */
  public static List<GraphRecord> read(SimpleQueryRunner tx) {
    return read(tx, null, null);
  }

  /**
   * Part of the graph as seed entries: with {@code onlyId}, that node and the relationships that
   * start or end at it; with {@code onlyKey}, that relationship alone; with neither, everything.
   */
  public static List<GraphRecord> read(SimpleQueryRunner tx, String onlyId, String onlyKey) {
    return read(tx, onlyId, onlyKey, true);
  }

  /**
   * As {@link #read(SimpleQueryRunner, String, String)}; without {@code withRelationships}, one
   * node alone.
   */
  public static List<GraphRecord> read(
      SimpleQueryRunner tx, String onlyId, String onlyKey, boolean withRelationships) {
    Map<String, Object> filter = new HashMap<>();
    filter.put("withRelationships", withRelationships);
    filter.put("id", onlyId);
    filter.put("key", onlyKey);
    filter.put("nodes", onlyKey == null);
    List<GraphRecord> records = new ArrayList<>();
    Map<String, String> affected = new HashMap<>();
    Map<String, TreeSet<String>> roles = new HashMap<>();
    tx.run(
            "MATCH (s:Scenario)-[r:AFFECTS|ACTIVATES]->(x:Entity) WHERE $nodes AND ($id IS NULL OR s.id = $id) RETURN s.id AS s, type(r) AS t, x.id AS x",
            filter)
        .forEachRemaining(
            r -> {
              if (r.get("t").asString().equals("AFFECTS")) {
                affected.put(r.get("s").asString(), r.get("x").asString());
              } else {
                roles
                    .computeIfAbsent(r.get("s").asString(), k -> new TreeSet<>())
                    .add(r.get("x").asString());
              }
            });
    tx.run(
            "MATCH (n:Entity) WHERE $nodes AND ($id IS NULL OR n.id = $id) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id",
            filter)
        .forEachRemaining(
            r -> {
              List<String> labels = r.get("labels").asList(Value::asString);
              String file = fileOf(labels);
              if (file == null) {
                return;
              }
              Map<String, Object> props = r.get("props").asMap(SeedExport::plain);
              Map<String, Object> fields = nodeFields(file, labels, props);
              String id = (String) props.get("id");
              if (affected.containsKey(id)) {
                fields.put("affectedState", affected.get(id));
              }
              if (roles.containsKey(id)) {
                fields.put("roles", List.copyOf(roles.get(id)));
              }
              records.add(
                  new GraphRecord(
                      file, ordered(fields), version(props), (String) props.get("origin"), null));
            });
    List<GraphRecord> relationships = new ArrayList<>();
    String cypher =
        onlyId != null
            // Anchored on the node, so reading one node's relationships does not scan them all.
            ? """
          MATCH (n:Entity {id: $id})-[r]-(:Entity) WHERE type(r) IN $types AND $withRelationships
          RETURN DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS props"""
            : """
          MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types AND ($key IS NULL OR r.key = $key)
          RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props""";
    tx.run(cypher, relationshipFilter(filter))
        .forEachRemaining(
            r -> {
              Map<String, Object> props = r.get("props").asMap(SeedExport::plain);
              Map<String, Object> fields =
                  relationshipFields(
                      r.get("from").asString(),
                      r.get("type").asString(),
                      r.get("to").asString(),
                      props);
              String key =
                  props.get("key") instanceof String k
                      ? k
                      : SeedCheck.relationshipKey(
                          (String) fields.get("from"),
                          (String) fields.get("type"),
                          (String) fields.get("to"),
                          (String) fields.get("kind"),
                          (String) fields.get("source"),
                          (String) fields.get("locator"));
              relationships.add(
                  new GraphRecord(
                      "relationships.yaml",
                      ordered(fields),
                      version(props),
                      (String) props.get("origin"),
                      key));
            });
    relationships.sort(RELATIONSHIP_ORDER);
    records.addAll(relationships);
    return records;
  }

  private static Map<String, Object> relationshipFilter(Map<String, Object> filter) {
    Map<String, Object> params = new HashMap<>(filter);
    params.put("types", RelType.curated().stream().map(Enum::name).toList());
    return params;
  }

  /**
   * The seed fields of a node with these labels and properties (scenario links aside): what a seed
   * file would hold for it. Whole numbers come out as {@code Long}.
   */
  public static Map<String, Object> nodeFields(
      String file, List<String> labels, Map<String, Object> props) {
    Map<String, Object> fields = new HashMap<>();
    for (String name : SeedCheck.fields(file)) {
      if (props.containsKey(name) && !BOOKKEEPING.contains(name)) {
        fields.put(name, normal(props.get(name)));
      }
    }
    if (labels.contains(NodeLabel.MEMBER_STATE.cypher())) {
      fields.put("memberState", true);
    }
    List<Map<String, Object>> conflicts = conflicts(props);
    if (!conflicts.isEmpty()) {
      fields.put("conflicts", conflicts);
      // The loader marks a node with conflicts as disputed; writing it would need a conflictNote.
      if (Boolean.TRUE.equals(fields.get("disputed"))) {
        fields.remove("disputed");
      }
    }
    return ordered(fields);
  }

  /** The seed fields of a relationship. */
  public static Map<String, Object> relationshipFields(
      String from, String type, String to, Map<String, Object> props) {
    Map<String, Object> fields = new HashMap<>();
    for (String name : SeedCheck.fields("relationships.yaml")) {
      if (props.containsKey(name) && !BOOKKEEPING.contains(name)) {
        fields.put(name, normal(props.get(name)));
      }
    }
    fields.put("from", from);
    fields.put("type", type);
    fields.put("to", to);
    return ordered(fields);
  }

  private static Object normal(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SeedExport::normal).toList();
    }
    return value;
  }

  /** Relationships grouped by where they start, then type and end, then source. */
  public static final Comparator<GraphRecord> RELATIONSHIP_ORDER =
      Comparator.comparing((GraphRecord r) -> text(r, "from"))
          .thenComparing(r -> text(r, "type"))
          .thenComparing(r -> text(r, "to"))
          .thenComparing(r -> text(r, "kind"))
          .thenComparing(r -> text(r, "source"))
          .thenComparing(r -> text(r, "locator"))
          .thenComparing(GraphRecord::key);

  private static String text(GraphRecord r, String field) {
    Object v = r.fields().get(field);
    return v == null ? "" : v.toString();
  }

  private static long version(Map<String, Object> props) {
    return props.get("version") instanceof Number n ? n.longValue() : 0L;
  }

  private static Object plain(Value v) {
    return v.asObject();
  }

  private static String fileOf(List<String> labels) {
    for (String file : SeedCheck.files()) {
      var label = SeedCheck.label(file);
      if (label.isPresent() && labels.contains(label.get().cypher())) {
        return file;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> conflicts(Map<String, Object> props) {
    if (!(props.get("conflictFields") instanceof List<?> fields)) {
      return List.of();
    }
    List<Map<String, Object>> conflicts = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("field", fields.get(i));
      c.put("value", at(props.get("conflictValues"), i));
      c.put("source", at(props.get("conflictSources"), i));
      c.put("locator", at(props.get("conflictLocators"), i));
      Object note = at(props.get("conflictNotes"), i);
      if (note != null && !note.toString().isEmpty()) {
        c.put("note", note);
      }
      conflicts.add(c);
    }
    return conflicts;
  }

  private static Object at(Object list, int i) {
    return list instanceof List<?> l && i < l.size() ? l.get(i) : null;
  }

  /** Fields in the documented order. */
  public static Map<String, Object> ordered(Map<String, Object> fields) {
    Map<String, Object> sorted =
        new TreeMap<>(
            Comparator.comparingInt(
                    (String f) -> {
                      int i = FIELD_ORDER.indexOf(f);
                      return i < 0 ? FIELD_ORDER.size() : i;
                    })
                .thenComparing(Comparator.naturalOrder()));
    sorted.putAll(fields);
    return new LinkedHashMap<>(sorted);
  }

  /** The seed files these records make, by file name, every file present (possibly empty). */
  public static Map<String, String> yaml(List<GraphRecord> records) {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (String file : SeedCheck.files()) {
      files.put(
          file,
          new StringBuilder("# ")
              .append(file)
              .append(": exported from the graph by Linkage Mapper. Format: README.md.\n"));
    }
    List<GraphRecord> sorted = new ArrayList<>(records);
    sorted.sort(
        Comparator.comparing(GraphRecord::file)
            .thenComparing(
                (a, b) ->
                    a.isRelationship()
                        ? RELATIONSHIP_ORDER.compare(a, b)
                        : a.identity().compareTo(b.identity())));
    for (GraphRecord record : sorted) {
      StringBuilder out = files.get(record.file());
      if (out != null) {
        entry(out, record.file(), record.fields(), "");
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    files.forEach((file, text) -> texts.put(file, text.toString()));
    return texts;
  }

  private static void entry(
      StringBuilder out, String file, Map<String, Object> fields, String indent) {
    boolean first = true;
    for (var field : ordered(fields).entrySet()) {
      if (field.getValue() == null) {
        continue;
      }
      out.append(indent).append(first ? "- " : "  ").append(field.getKey()).append(':');
      first = false;
      Object value = field.getValue();
      if (field.getKey().equals("conflicts") && value instanceof List<?> list) {
        out.append('\n');
        for (Object c : list) {
          @SuppressWarnings("unchecked")
          Map<String, Object> conflict = (Map<String, Object>) c;
          Map<String, Object> inOrder = new LinkedHashMap<>();
          CONFLICT_FIELDS.forEach(
              f -> {
                if (conflict.get(f) != null) {
                  inOrder.put(f, conflict.get(f));
                }
              });
          conflictEntry(out, inOrder, indent + "    ");
        }
        continue;
      }
      out.append(' ').append(scalarOrList(field.getKey(), value)).append('\n');
    }
  }

  private static void conflictEntry(
      StringBuilder out, Map<String, Object> conflict, String indent) {
    boolean first = true;
    for (var field : conflict.entrySet()) {
      out.append(indent)
          .append(first ? "- " : "  ")
          .append(field.getKey())
          .append(": ")
          .append(
              field.getKey().equals("source") || field.getKey().equals("field")
                  ? plainOrQuoted(field.getValue().toString())
                  : quoted(field.getValue().toString()))
          .append('\n');
      first = false;
    }
  }

  /** Fields written without quotes: ids, closed vocabularies, years and booleans. */
  private static final List<String> PLAIN =
      List.of(
          "id",
          "from",
          "to",
          "type",
          "kind",
          "status",
          "phase",
          "source",
          "affectedState",
          "roles",
          "memberState",
          "established",
          "ended",
          "since",
          "until",
          "year",
          "disputed");

  private static String scalarOrList(String field, Object value) {
    boolean plain = PLAIN.contains(field);
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(plain ? plainOrQuoted(item.toString()) : quoted(item.toString()));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    return plain ? plainOrQuoted(value.toString()) : quoted(value.toString());
  }

  private static String plainOrQuoted(String text) {
    return text.matches("[A-Za-z][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*|[0-9]+")
            && !Objects.equals(text.toLowerCase(), "null")
        ? text
        : quoted(text);
  }

  /** A YAML double-quoted scalar; anything YAML cannot hold raw is escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || c == 0xFEFF
              || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
