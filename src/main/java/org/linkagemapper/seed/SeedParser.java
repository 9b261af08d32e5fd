package org.linkagemapper.seed;

import static org.linkagemapper.graph.Vocabulary.ID_PATTERN;
import static org.linkagemapper.graph.Vocabulary.MAX_YEAR;
import static org.linkagemapper.graph.Vocabulary.MIN_YEAR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.seed.YamlEntries.Entry;
import org.linkagemapper.seed.YamlEntries.Value;

/**
 * Turns the entries of every seed file into a {@link SeedGraph}, or refuses them all with every
 * problem found (file, line, entry, field). Nothing here touches the database.
 */
final class SeedParser {

  enum Type {
    TEXT,
    SLUG,
    YEAR,
    BOOL,
    TEXT_LIST,
    SLUG_LIST,
    CONFLICTS
  }

  record Field(String name, Type type, boolean required, List<String> allowed) {
    static Field req(String name, Type type) {
      return new Field(name, type, true, List.of());
    }

    static Field opt(String name, Type type) {
      return new Field(name, type, false, List.of());
    }

    static Field oneOf(String name, boolean required, List<String> allowed) {
      return new Field(name, Type.TEXT, required, allowed);
    }
  }

  /** A seed file: its name, the label of its nodes (null for relationships) and its fields. */
  record FileSpec(String file, NodeLabel label, List<Field> fields, boolean required) {}

  private static final List<Field> CITED =
      List.of(Field.req("source", Type.SLUG), Field.req("locator", Type.TEXT));
  private static final List<Field> NAMED =
      List.of(
          Field.req("id", Type.SLUG),
          Field.req("name", Type.TEXT),
          Field.opt("acronym", Type.TEXT),
          Field.opt("aliases", Type.TEXT_LIST),
          Field.opt("description", Type.TEXT));

  static final List<FileSpec> FILES =
      List.of(
          new FileSpec(
              "sources.yaml",
              NodeLabel.SOURCE,
              List.of(
                  Field.req("id", Type.SLUG),
                  Field.req("title", Type.TEXT),
                  Field.opt("url", Type.TEXT),
                  Field.opt("year", Type.YEAR),
                  Field.opt("publisher", Type.TEXT),
                  Field.opt("note", Type.TEXT)),
              true),
          new FileSpec("pillars.yaml", NodeLabel.PILLAR, concat(NAMED, CITED), true),
          new FileSpec(
              "mechanisms.yaml",
              NodeLabel.MECHANISM,
              concat(
                  NAMED,
                  CITED,
                  List.of(
                      Field.oneOf("kind", true, Vocabulary.MECHANISM_KINDS),
                      Field.oneOf("level", false, Vocabulary.LEVELS),
                      Field.opt("established", Type.YEAR),
                      Field.opt("ended", Type.YEAR),
                      Field.oneOf("status", true, Vocabulary.MECHANISM_STATUSES),
                      Field.opt("conflicts", Type.CONFLICTS),
                      Field.opt("disputed", Type.BOOL),
                      Field.opt("conflictNote", Type.TEXT))),
              true),
          new FileSpec(
              "partners.yaml",
              NodeLabel.PARTNER,
              concat(
                  NAMED,
                  CITED,
                  List.of(
                      Field.oneOf("kind", true, Vocabulary.PARTNER_KINDS),
                      Field.opt("memberState", Type.BOOL),
                      Field.opt("established", Type.YEAR),
                      Field.opt("conflicts", Type.CONFLICTS),
                      Field.opt("disputed", Type.BOOL),
                      Field.opt("conflictNote", Type.TEXT))),
              true),
          new FileSpec(
              "roles.yaml",
              NodeLabel.RESPONSE_ROLE,
              concat(NAMED, CITED, List.of(Field.oneOf("phase", true, Vocabulary.PHASES))),
              true),
          new FileSpec("areas.yaml", NodeLabel.AREA, concat(NAMED, CITED), true),
          new FileSpec(
              "scenarios.yaml",
              NodeLabel.SCENARIO,
              concat(
                  NAMED,
                  CITED,
                  List.of(
                      Field.req("affectedState", Type.SLUG), Field.req("roles", Type.SLUG_LIST))),
              false),
          new FileSpec(
              "relationships.yaml",
              null,
              concat(
                  CITED,
                  List.of(
                      Field.req("from", Type.SLUG),
                      Field.req("to", Type.SLUG),
                      Field.oneOf(
                          "type", true, RelType.curated().stream().map(Enum::name).toList()),
                      Field.oneOf("kind", false, Vocabulary.LINK_KINDS),
                      Field.opt("since", Type.YEAR),
                      Field.opt("until", Type.YEAR),
                      Field.opt("note", Type.TEXT),
                      Field.opt("disputed", Type.BOOL),
                      Field.opt("conflictNote", Type.TEXT))),
              true));

  private static final List<Field> CONFLICT_FIELDS =
      concat(
          CITED,
          List.of(
              Field.req("field", Type.TEXT),
              Field.req("value", Type.TEXT),
              Field.opt("note", Type.TEXT)));

  private final List<SeedProblem> problems = new ArrayList<>();

  /** id -> where it was first defined, with its labels. */
  private final Map<String, Defined> defined = new HashMap<>();

  private record Defined(String file, int line, List<NodeLabel> labels) {}

  private record Checked(Entry entry, Map<String, Object> values) {}

  private SeedParser() {}

  /** Checks every entry of every file; returns the graph or throws with all problems found. */
  static SeedGraph parse(Map<String, List<Entry>> entriesByFile, List<SeedProblem> readProblems) {
    SeedParser parser = new SeedParser();
    parser.problems.addAll(readProblems);
    return parser.run(entriesByFile);
  }

  private SeedGraph run(Map<String, List<Entry>> entriesByFile) {
    List<SeedGraph.Node> nodes = new ArrayList<>();
    List<SeedGraph.Relationship> relationships = new ArrayList<>();
    Map<FileSpec, List<Checked>> checked = new LinkedHashMap<>();
    for (FileSpec spec : FILES) {
      List<Checked> rows = new ArrayList<>();
      for (Entry entry : entriesByFile.getOrDefault(spec.file(), List.of())) {
        Map<String, Object> values = checkFields(entry, spec.fields());
        rows.add(new Checked(entry, values));
        if (spec.label() != null && values.get("id") instanceof String id) {
          define(entry, id, labelsOf(spec, values));
        }
      }
      checked.put(spec, rows);
    }
    Set<String> keys = new HashSet<>();
    for (var fileRows : checked.entrySet()) {
      FileSpec spec = fileRows.getKey();
      for (Checked row : fileRows.getValue()) {
        if (spec.label() == null) {
          SeedGraph.Relationship rel = relationship(row);
          if (rel != null && !keys.add(rel.key())) {
            problem(
                row.entry(),
                null,
                "the same fact (from, type, to, kind, source, locator) is already listed: "
                    + rel.key());
          } else if (rel != null) {
            relationships.add(rel);
          }
        } else {
          SeedGraph.Node node = node(spec, row);
          if (node != null) {
            nodes.add(node);
            if (spec.label() == NodeLabel.SCENARIO) {
              relationships.addAll(scenarioLinks(row));
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSeedException(problems);
    }
    return new SeedGraph(List.copyOf(nodes), List.copyOf(relationships));
  }

  private static List<NodeLabel> labelsOf(FileSpec spec, Map<String, Object> values) {
    if (spec.label() == NodeLabel.PARTNER && Boolean.TRUE.equals(values.get("memberState"))) {
      return List.of(NodeLabel.PARTNER, NodeLabel.MEMBER_STATE);
    }
    return List.of(spec.label());
  }

  private void define(Entry entry, String id, List<NodeLabel> labels) {
    Defined earlier = defined.putIfAbsent(id, new Defined(entry.file(), entry.line(), labels));
    if (earlier != null) {
      problem(
          entry,
          "id",
          "duplicate id '%s', already defined in %s line %d"
              .formatted(id, earlier.file(), earlier.line()));
    }
  }

  private SeedGraph.Node node(FileSpec spec, Checked row) {
    Map<String, Object> values = row.values();
    if (!(values.get("id") instanceof String id)) {
      return null;
    }
    if (values.containsKey("source")) {
      requireRef(row, "source", List.of(NodeLabel.SOURCE));
    }
    checkDisputed(row);
    checkYearOrder(row, "established", "ended");
    checkLevel(spec, row);
    Map<String, Object> props = new TreeMap<>();
    values.forEach(
        (name, value) -> {
          if (!name.equals("conflicts")
              && !name.equals("memberState")
              && !name.equals("roles")
              && !name.equals("affectedState")) {
            props.put(name, value);
          }
        });
    if (values.get("conflicts") instanceof List<?> conflicts) {
      flattenConflicts(row, conflicts, props);
    }
    if (spec.label() == NodeLabel.MECHANISM
        && !props.containsKey("level")
        && Vocabulary.levelOfKind((String) props.get("kind")) != null) {
      props.put("level", Vocabulary.levelOfKind((String) props.get("kind")));
    }
    if (props.get("name") instanceof String name) {
      // What Neo4j Browser and diagrams print in a box: the acronym where there is one.
      props.put("caption", props.getOrDefault("acronym", name));
    }
    List<String> labels = labelsOf(spec, values).stream().map(NodeLabel::cypher).toList();
    return new SeedGraph.Node(id, labels, props);
  }

  @SuppressWarnings("unchecked")
  private void flattenConflicts(Checked row, List<?> conflicts, Map<String, Object> props) {
    // Neo4j properties cannot hold maps, so each conflict becomes one position in parallel lists.
    List<String> fields = new ArrayList<>(),
        values = new ArrayList<>(),
        sources = new ArrayList<>(),
        locators = new ArrayList<>(),
        notes = new ArrayList<>();
    for (Object item : conflicts) {
      Map<String, Object> c = (Map<String, Object>) item;
      if (c.get("source") instanceof String source) {
        Defined d = defined.get(source);
        if (d == null || !d.labels().contains(NodeLabel.SOURCE)) {
          problem(
              row.entry(),
              "conflicts.source",
              "unknown source '%s'%s".formatted(source, suggestion(source)));
        }
      }
      fields.add(String.valueOf(c.get("field")));
      values.add(String.valueOf(c.get("value")));
      sources.add(String.valueOf(c.get("source")));
      locators.add(String.valueOf(c.get("locator")));
      notes.add(c.get("note") == null ? "" : String.valueOf(c.get("note")));
    }
    props.put("conflictFields", fields);
    props.put("conflictValues", values);
    props.put("conflictSources", sources);
    props.put("conflictLocators", locators);
    props.put("conflictNotes", notes);
    props.put("disputed", true);
  }

  private List<SeedGraph.Relationship> scenarioLinks(Checked row) {
    String id = (String) row.values().get("id");
    String sourceId = (String) row.values().get("source");
    String locator = (String) row.values().get("locator");
    List<SeedGraph.Relationship> links = new ArrayList<>();
    if (requireRef(row, "affectedState", List.of(NodeLabel.MEMBER_STATE))) {
      String state = (String) row.values().get("affectedState");
      links.add(scenarioLink(id, RelType.AFFECTS, state, sourceId, locator));
    }
    if (row.values().get("roles") instanceof List<?> roles) {
      for (Object role : roles) {
        Defined d = defined.get(role);
        if (d == null || !d.labels().contains(NodeLabel.RESPONSE_ROLE)) {
          problem(
              row.entry(),
              "roles",
              "'%s' is not a response role in roles.yaml%s"
                  .formatted(role, suggestion((String) role)));
        } else {
          links.add(scenarioLink(id, RelType.ACTIVATES, (String) role, sourceId, locator));
        }
      }
    }
    return links;
  }

  private static SeedGraph.Relationship scenarioLink(
      String from, RelType type, String to, String source, String locator) {
    Map<String, Object> props = new TreeMap<>();
    props.put("source", source);
    props.put("locator", locator);
    String key = from + ">" + type.name() + ">" + to + "@" + source;
    props.put("key", key);
    return new SeedGraph.Relationship(key, type.name(), from, to, props);
  }

  private SeedGraph.Relationship relationship(Checked row) {
    Map<String, Object> values = row.values();
    if (!(values.get("type") instanceof String typeName)
        || !(values.get("from") instanceof String from)
        || !(values.get("to") instanceof String to)) {
      return null;
    }
    RelType type = RelType.valueOf(typeName);
    boolean ok = requireRef(row, "from", List.copyOf(type.from()));
    ok &= requireRef(row, "to", List.copyOf(type.to()));
    ok &= requireRef(row, "source", List.of(NodeLabel.SOURCE));
    Object kind = values.get("kind");
    if (type == RelType.LINKS_TO && kind == null) {
      problem(row.entry(), "kind", "a LINKS_TO needs a kind, one of " + Vocabulary.LINK_KINDS);
      ok = false;
    } else if (type != RelType.LINKS_TO && kind != null) {
      problem(row.entry(), "kind", "only LINKS_TO has a kind; %s does not".formatted(type));
      ok = false;
    }
    if (from.equals(to)) {
      problem(
          row.entry(),
          "to",
          "a relationship must join two different nodes, both are '%s'".formatted(from));
      ok = false;
    }
    checkDisputed(row);
    checkYearOrder(row, "since", "until");
    if (!ok) {
      return null;
    }
    String key =
        relationshipKey(
            from,
            type.name(),
            to,
            (String) kind,
            (String) values.get("source"),
            (String) values.get("locator"));
    Map<String, Object> props = new TreeMap<>(values);
    props.remove("from");
    props.remove("to");
    props.remove("type");
    props.put("key", key);
    return new SeedGraph.Relationship(key, type.name(), from, to, props);
  }

  /**
   * The identity of a relationship across loads and edits: stable when its years or notes change;
   * two sentences of one source are two facts.
   */
  static String relationshipKey(
      String from, String type, String to, String kind, String source, String locator) {
    return from
        + ">"
        + type
        + ">"
        + to
        + (kind == null ? "" : ":" + kind)
        + "@"
        + source
        + "/"
        + shortHash(locator);
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean requireRef(Checked row, String field, List<NodeLabel> allowed) {
    Object value = row.values().get(field);
    if (!(value instanceof String id)) {
      return false;
    }
    Defined d = defined.get(id);
    if (d == null) {
      problem(row.entry(), field, "unknown id '%s'%s".formatted(id, suggestion(id)));
      return false;
    }
    if (d.labels().stream().noneMatch(allowed::contains)) {
      problem(
          row.entry(),
          field,
          "'%s' is a %s, expected %s"
              .formatted(
                  id,
                  d.labels().get(d.labels().size() - 1).cypher(),
                  String.join(" or ", allowed.stream().map(NodeLabel::cypher).toList())));
      return false;
    }
    return true;
  }

  private void checkDisputed(Checked row) {
    if (Boolean.TRUE.equals(row.values().get("disputed"))
        && row.values().get("conflictNote") == null) {
      problem(
          row.entry(),
          "conflictNote",
          "a disputed fact needs a conflictNote saying what the other source claims");
    }
  }

  /**
   * A mechanism's level is set by hand where its kind does not already say it; where the kind does,
   * a level written out (as the export does for every mechanism) must agree with it.
   */
  private void checkLevel(FileSpec spec, Checked row) {
    if (spec.label() != NodeLabel.MECHANISM
        || !(row.values().get("level") instanceof String level)) {
      return;
    }
    String implied = Vocabulary.levelOfKind((String) row.values().get("kind"));
    if (implied != null && !implied.equals(level)) {
      problem(
          row.entry(),
          "level",
          "a %s is at the %s level by its kind; set another level only where the kind does not say (got '%s')"
              .formatted(row.values().get("kind"), implied, level));
    }
  }

  private void checkYearOrder(Checked row, String startField, String endField) {
    if (row.values().get(startField) instanceof Integer start
        && row.values().get(endField) instanceof Integer end
        && end < start) {
      problem(
          row.entry(),
          endField,
          "%s %d is before %s %d".formatted(endField, end, startField, start));
    }
  }

  private String suggestion(String id) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : defined.keySet()) {
      int d = distance(id, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Checks each field's presence, type and allowed values; unknown fields are refused (typos). */
  private Map<String, Object> checkFields(Entry entry, List<Field> fields) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Field> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    for (var given : entry.fields().entrySet()) {
      if (!byName.containsKey(given.getKey())) {
        problem(
            entry,
            given.getValue().line(),
            given.getKey(),
            "unknown field; allowed: " + String.join(", ", byName.keySet()));
      }
    }
    for (Field field : fields) {
      Value value = entry.fields().get(field.name());
      if (value == null
          || value.raw() == null
          || (value.raw() instanceof String s && s.isBlank())) {
        if (field.required()) {
          problem(
              entry,
              value == null ? entry.line() : value.line(),
              field.name(),
              "missing (required)");
        }
        continue;
      }
      Object converted = convert(entry, field, value);
      if (converted != null) {
        values.put(field.name(), converted);
      }
    }
    return values;
  }

  private Object convert(Entry entry, Field field, Value value) {
    Object raw = value.raw();
    int line = value.line();
    switch (field.type()) {
      case TEXT, SLUG -> {
        if (!(raw instanceof String text)) {
          problem(entry, line, field.name(), "expected text, found a list");
          return null;
        }
        String trimmed = text.strip();
        if (field.type() == Type.SLUG && !trimmed.matches(ID_PATTERN)) {
          problem(
              entry,
              line,
              field.name(),
              "'%s' is not an id: lowercase letters, digits and single hyphens (for example 'asean-certs')"
                  .formatted(trimmed));
          return null;
        }
        if (!field.allowed().isEmpty() && !field.allowed().contains(trimmed)) {
          problem(
              entry,
              line,
              field.name(),
              "'%s' is not allowed; one of %s".formatted(trimmed, field.allowed()));
          return null;
        }
        return trimmed;
      }
      case YEAR -> {
        if (!(raw instanceof String text) || !text.strip().matches("-?\\d{1,9}")) {
          problem(
              entry, line, field.name(), "expected a year such as 2016, found '%s'".formatted(raw));
          return null;
        }
        int year = Integer.parseInt(text.strip());
        if (year < MIN_YEAR || year > MAX_YEAR) {
          problem(
              entry,
              line,
              field.name(),
              "year %d is out of range %d-%d".formatted(year, MIN_YEAR, MAX_YEAR));
          return null;
        }
        return year;
      }
      case BOOL -> {
        if (!(raw instanceof String text) || !(text.equals("true") || text.equals("false"))) {
          problem(entry, line, field.name(), "expected true or false, found '%s'".formatted(raw));
          return null;
        }
        return Boolean.parseBoolean(text);
      }
      case TEXT_LIST, SLUG_LIST -> {
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(i -> !(i instanceof String))) {
          problem(entry, line, field.name(), "expected a list of text, such as [a, b]");
          return null;
        }
        List<String> items = list.stream().map(i -> ((String) i).strip()).toList();
        if (field.type() == Type.SLUG_LIST) {
          for (String item : items) {
            if (!item.matches(ID_PATTERN)) {
              problem(entry, line, field.name(), "'%s' is not an id".formatted(item));
              return null;
            }
          }
        }
        return items;
      }
      case CONFLICTS -> {
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(i -> !(i instanceof Entry))) {
          problem(
              entry,
              line,
              field.name(),
              "expected a list of {field, value, source, locator, note}");
          return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list) {
          Map<String, Object> c = checkFields((Entry) item, CONFLICT_FIELDS);
          if (c.size() >= 4) {
            out.add(c);
          }
        }
        return out;
      }
    }
    return null;
  }

  private void problem(Entry entry, String field, String message) {
    int line = entry.line();
    if (field != null && entry.fields().get(field) != null) {
      line = entry.fields().get(field).line();
    }
    problem(entry, line, field, message);
  }

  private void problem(Entry entry, int line, String field, String message) {
    problems.add(new SeedProblem(entry.file(), line, entry.label(), field, message));
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
