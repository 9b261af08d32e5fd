package org.linkagemapper.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.linkagemapper.graph.GraphVersion;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.seed.InvalidSeedException;
import org.linkagemapper.seed.SeedCheck;
import org.linkagemapper.seed.SeedEntry;
import org.linkagemapper.seed.SeedExport;
import org.linkagemapper.seed.SeedGraph;
import org.linkagemapper.seed.SeedProblem;
import org.linkagemapper.system.LinkageProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write goes through here, one at a time: take the graph's write lock, read the graph as seed
 * entries, apply the edits to that, run the seed loader's checks over the whole result, and only
 * then write the difference, with {@code origin='edit'}, a new version and a change-log entry per
 * fact, in the same transaction. A refused plan, a failed write or a crash leaves nothing behind.
 */
@Component
class Curator {

  private static final Logger log = LoggerFactory.getLogger(Curator.class);

  static final String ORIGIN = "edit";
  private static final String GRAPH = "graph";

  /** Long enough for a large import, and for an edit queued behind one. */
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static final String ALL_LABELS =
      String.join(":", java.util.Arrays.stream(NodeLabel.values()).map(NodeLabel::cypher).toList());

  private static final JsonMapper json = JsonMapper.builder().build();

  private final Driver driver;
  private final SessionConfig session;
  private final GraphVersion version;

  Curator(Driver driver, LinkageProperties properties, GraphVersion version) {
    this.driver = driver;
    this.version = version;
    this.session = properties.neo4j().sessionConfig();
  }

  /** What happened, or would happen, to one edit. */
  record Outcome(
      Edit edit,
      String result,
      GraphRecord record,
      List<Map<String, Object>> changes,
      List<SeedProblem> problems) {}

  /**
   * The checked plan: an outcome per edit, and problems the edits would cause elsewhere in the
   * graph ({@code breaks}) or that the graph held before them ({@code preexisting}).
   */
  record Plan(
      List<Outcome> outcomes,
      List<SeedProblem> breaks,
      List<SeedProblem> preexisting,
      SeedGraph graph) {
    /** Nothing may be written: some edit was refused, or the result would break the graph. */
    boolean refused() {
      return graph == null
          || outcomes.stream().anyMatch(o -> o.result().equals("refused"))
          || !breaks.isEmpty()
          || !preexisting.isEmpty();
    }
  }

  /**
   * A plan and whether it was written; {@code firstSeq}..{@code lastSeq} are its change-log
   * entries.
   */
  record Result(Plan plan, boolean committed, long firstSeq, long lastSeq, String batch) {}

  /**
   * Plans {@code edits} against the graph as it is under the lock, checks them, and writes them
   * unless this is a dry run or the checks refused them.
   */
  Result run(String user, String via, boolean dryRun, Function<Dataset, List<Edit>> planner) {
    for (int attempt = 1; ; attempt++) {
      try (var s = driver.session(session);
          Transaction tx =
              s.beginTransaction(TransactionConfig.builder().withTimeout(TIMEOUT).build())) {
        long seq = lock(tx);
        Dataset dataset = Dataset.read(tx);
        List<Edit> edits = planner.apply(dataset);
        Plan plan = checkAll(dataset, edits);
        if (dryRun || plan.refused()) {
          tx.rollback();
          return new Result(plan, false, 0, 0, null);
        }
        String batch = UUID.randomUUID().toString();
        if (via.equals("import")) {
          log.info("Import {} by {}: {} rows checked, writing", batch, user, edits.size());
        }
        long last = write(tx, plan, user, via, batch, seq);
        tx.commit();
        // An external server does not tell us; the embedded database's listener also moves it.
        version.bump();
        if (via.equals("import")) {
          log.info("Import {} committed: changes {} to {}", batch, seq + 1, last);
        }
        return new Result(plan, true, seq + 1, last, batch);
      } catch (TransientException e) {
        if (attempt >= 3) {
          throw e;
        }
      } catch (ClientException e) {
        if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
          throw CurationException.conflict(
              "The graph changed underneath this write ("
                  + e.getMessage()
                  + "); nothing was written, try again",
              Map.of());
        }
        throw e;
      }
    }
  }

  /**
   * Reads part of the graph (see {@link SeedExport#read(org.neo4j.driver.SimpleQueryRunner, String,
   * String, boolean)}) without the lock.
   */
  <T> T read(String id, String key, boolean relationships, Function<Dataset, T> reader) {
    try (var s = driver.session(session)) {
      return s.executeRead(
          tx -> reader.apply(new Dataset(SeedExport.read(tx, id, key, relationships))));
    }
  }

  /** Reads under the write lock, so nothing is half-written while it reads, then lets go. */
  <T> T readLocked(Function<Dataset, T> reader) {
    try (var s = driver.session(session);
        Transaction tx =
            s.beginTransaction(TransactionConfig.builder().withTimeout(TIMEOUT).build())) {
      lock(tx);
      T value = reader.apply(Dataset.read(tx));
      tx.rollback();
      return value;
    }
  }

  /**
   * Every writer sets a property on the one ChangeLog node first, so writers queue there until the
   * one before them commits; the read of {@code seq} comes after the lock, so it is never stale.
   */
  private static long lock(Transaction tx) {
    tx.run("MERGE (l:ChangeLog {id: 'changes'}) ON CREATE SET l.seq = 0 SET l.locked = true")
        .consume();
    return tx.run("MATCH (l:ChangeLog {id: 'changes'}) REMOVE l.locked RETURN l.seq AS seq")
        .single()
        .get("seq")
        .asLong();
  }

  /**
   * Checks the edits; when some are refused, checks the rest again without them (until nothing more
   * is refused), so a report says what every other row would do, and which rows fail only because a
   * row they name was refused.
   */
  Plan checkAll(Dataset dataset, List<Edit> edits) {
    List<Outcome> refused = new ArrayList<>();
    List<Edit> remaining = new ArrayList<>();
    for (Edit e : edits) {
      if (e.refused().isEmpty()) {
        remaining.add(e);
      } else {
        refused.add(new Outcome(e, "refused", e.before(), List.of(), e.refused()));
      }
    }
    Plan plan = check(dataset, remaining);
    List<SeedProblem> breaks = plan.breaks();
    List<SeedProblem> preexisting = plan.preexisting();
    for (int pass = 0; pass < 10 && plan.graph() == null; pass++) {
      List<Outcome> newlyRefused =
          plan.outcomes().stream().filter(o -> o.result().equals("refused")).toList();
      if (newlyRefused.isEmpty()) {
        break;
      }
      refused.addAll(newlyRefused);
      remaining.removeIf(e -> newlyRefused.stream().anyMatch(o -> o.edit() == e));
      plan = check(dataset, remaining);
    }
    if (refused.isEmpty()) {
      return plan;
    }
    List<Outcome> all = new ArrayList<>();
    Plan last = plan;
    for (Edit e : edits) {
      refused.stream()
          .filter(o -> o.edit() == e)
          .findFirst()
          .or(() -> last.outcomes().stream().filter(o -> o.edit() == e).findFirst())
          .ifPresent(all::add);
    }
    return new Plan(all, breaks, preexisting, null);
  }

  Plan check(Dataset dataset, List<Edit> edits) {
    Set<String> replaced = new LinkedHashSet<>();
    edits.forEach(
        e -> {
          if (e.before() != null) {
            replaced.add(e.before().identity());
          }
        });
    List<SeedEntry> graphEntries = new ArrayList<>();
    for (GraphRecord r : dataset.records()) {
      if (!replaced.contains(r.identity())) {
        graphEntries.add(new SeedEntry(r.file(), GRAPH, 0, r.fields()));
      }
    }
    List<SeedEntry> entries = new ArrayList<>(graphEntries);
    for (Edit e : edits) {
      if (e.after() != null) {
        entries.add(new SeedEntry(e.file(), e.where(), e.line(), e.after()));
      }
    }
    SeedGraph graph;
    List<SeedProblem> problems;
    try {
      graph = SeedCheck.check(entries);
      problems = List.of();
    } catch (InvalidSeedException ex) {
      graph = null;
      problems = ex.problems();
    }
    if (graph == null) {
      return refusedPlan(edits, problems, graphEntries);
    }
    Map<String, SeedGraph.Node> nodes = new HashMap<>();
    graph.nodes().forEach(n -> nodes.put(n.id(), n));
    Map<String, SeedGraph.Relationship> rels = new HashMap<>();
    graph.relationships().forEach(r -> rels.put(r.key(), r));
    List<Outcome> outcomes = new ArrayList<>();
    for (Edit e : edits) {
      if (e.action() == Edit.Action.DELETE) {
        outcomes.add(
            new Outcome(
                e, "deleted", e.before(), Fields.diff(e.before().fields(), null), List.of()));
        continue;
      }
      Map<String, Object> fields;
      String key = null;
      if (e.isRelationship()) {
        key = keyOf(e.after());
        SeedGraph.Relationship rel = rels.get(key);
        fields = SeedExport.relationshipFields(rel.from(), rel.type(), rel.to(), rel.properties());
      } else {
        SeedGraph.Node node = nodes.get(Fields.text(e.after(), "id"));
        fields = SeedExport.nodeFields(e.file(), node.labels(), node.properties());
      }
      List<Map<String, Object>> changes =
          Fields.diff(e.before() == null ? null : e.before().fields(), fields);
      boolean unchanged =
          e.before() != null && changes.isEmpty() && Objects.equals(e.before().key(), key);
      long version =
          e.before() == null ? 1 : unchanged ? e.before().version() : e.before().version() + 1;
      GraphRecord after =
          new GraphRecord(e.file(), fields, version, unchanged ? e.before().origin() : ORIGIN, key);
      outcomes.add(
          new Outcome(
              e,
              e.before() == null ? "created" : unchanged ? "unchanged" : "changed",
              after,
              changes,
              List.of()));
    }
    return new Plan(outcomes, List.of(), List.of(), graph);
  }

  private Plan refusedPlan(
      List<Edit> edits, List<SeedProblem> problems, List<SeedEntry> graphEntries) {
    Map<String, List<SeedProblem>> byRow = new LinkedHashMap<>();
    List<SeedProblem> elsewhere = new ArrayList<>();
    for (SeedProblem p : problems) {
      if (GRAPH.equals(p.file())) {
        elsewhere.add(p);
      } else {
        byRow.computeIfAbsent(p.file() + "#" + p.line(), k -> new ArrayList<>()).add(p);
      }
    }
    List<SeedProblem> breaks = elsewhere;
    List<SeedProblem> preexisting = List.of();
    if (!elsewhere.isEmpty()) {
      Set<String> before = new LinkedHashSet<>();
      try {
        SeedCheck.check(
            graphEntries.stream().map(e -> new SeedEntry(e.file(), GRAPH, 0, e.fields())).toList());
      } catch (InvalidSeedException ex) {
        ex.problems().forEach(p -> before.add(p.entry() + "|" + p.field() + "|" + p.message()));
      }
      breaks =
          elsewhere.stream()
              .filter(p -> !before.contains(p.entry() + "|" + p.field() + "|" + p.message()))
              .toList();
      preexisting =
          elsewhere.stream()
              .filter(p -> before.contains(p.entry() + "|" + p.field() + "|" + p.message()))
              .toList();
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Edit e : edits) {
      List<SeedProblem> mine =
          e.after() == null ? List.of() : byRow.getOrDefault(e.where() + "#" + e.line(), List.of());
      outcomes.add(
          new Outcome(e, mine.isEmpty() ? "accepted" : "refused", e.before(), List.of(), mine));
    }
    return new Plan(outcomes, breaks, preexisting, null);
  }

  static String keyOf(Map<String, Object> fields) {
    return SeedCheck.relationshipKey(
        Fields.text(fields, "from"),
        Fields.text(fields, "type"),
        Fields.text(fields, "to"),
        Fields.text(fields, "kind"),
        Fields.text(fields, "source"),
        Fields.text(fields, "locator"));
  }

  private long write(Transaction tx, Plan plan, String user, String via, String batch, long seq) {
    List<Map<String, Object>> relDeletes = new ArrayList<>();
    List<String> nodeDeletes = new ArrayList<>();
    Map<String, List<Map<String, Object>>> nodeUpserts = new TreeMap<>();
    Map<RelType, List<Map<String, Object>>> relCreates = new TreeMap<>();
    Map<RelType, List<Map<String, Object>>> relUpdates = new TreeMap<>();
    List<Map<String, Object>> changes = new ArrayList<>();
    Map<String, SeedGraph.Node> nodes = new HashMap<>();
    plan.graph().nodes().forEach(n -> nodes.put(n.id(), n));
    Map<String, SeedGraph.Relationship> rels = new HashMap<>();
    plan.graph().relationships().forEach(r -> rels.put(r.key(), r));
    long next = seq;
    for (Outcome o : plan.outcomes()) {
      Edit e = o.edit();
      if (o.result().equals("unchanged")) {
        continue;
      }
      GraphRecord before = e.before();
      if (e.isRelationship()) {
        boolean sameKey =
            before != null && o.record() != null && Objects.equals(before.key(), o.record().key());
        if (before != null && (e.action() == Edit.Action.DELETE || !sameKey)) {
          relDeletes.add(Map.of("from", before.fields().get("from"), "key", before.key()));
        }
        if (e.action() != Edit.Action.DELETE) {
          SeedGraph.Relationship rel = rels.get(o.record().key());
          Map<String, Object> props = new TreeMap<>(rel.properties());
          props.put("origin", ORIGIN);
          props.put("version", o.record().version());
          (sameKey ? relUpdates : relCreates)
              .computeIfAbsent(RelType.valueOf(rel.type()), t -> new ArrayList<>())
              .add(Map.of("from", rel.from(), "to", rel.to(), "key", rel.key(), "props", props));
        }
      } else if (e.action() == Edit.Action.DELETE) {
        nodeDeletes.add(before.identity());
      } else {
        SeedGraph.Node node = nodes.get(o.record().identity());
        Map<String, Object> props = new TreeMap<>(node.properties());
        props.put("origin", ORIGIN);
        props.put("version", o.record().version());
        nodeUpserts
            .computeIfAbsent(String.join(":", node.labels()), l -> new ArrayList<>())
            .add(Map.of("id", node.id(), "props", props));
      }
      changes.add(change(++next, user, via, batch, o));
    }
    if (!relDeletes.isEmpty()) {
      tx.run(
              """
          UNWIND $rows AS row
          MATCH (:Entity {id: row.from})-[r {key: row.key}]->(:Entity)
          DELETE r""",
              Map.of("rows", relDeletes))
          .consume();
    }
    if (!nodeDeletes.isEmpty()) {
      // DELETE, not DETACH DELETE: a relationship nobody planned to remove fails the transaction.
      tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) DELETE n", Map.of("ids", nodeDeletes))
          .consume();
    }
    nodeUpserts.forEach(
        (labels, rows) -> {
          for (String label : labels.split(":")) {
            if (NodeLabel.parse(label).isEmpty()) {
              throw new IllegalStateException("not a label of the model: " + label);
            }
          }
          // Labels cannot be parameters; these come from NodeLabel, never from a request.
          tx.run(
                  """
          UNWIND $rows AS row
          MERGE (n:Entity {id: row.id})
          SET n = row.props
          REMOVE n:%s
          SET n:%s"""
                      .formatted(ALL_LABELS, labels),
                  Map.of("rows", rows))
              .consume();
        });
    relUpdates.forEach(
        (type, rows) -> {
          long updated =
              tx.run(
                      """
          UNWIND $rows AS row
          MATCH (:Entity {id: row.from})-[r:%s {key: row.key}]->(:Entity {id: row.to})
          SET r = row.props
          RETURN count(r) AS n"""
                          .formatted(type.name()),
                      Map.of("rows", rows))
                  .single()
                  .get("n")
                  .asLong();
          requireAll(updated, rows.size(), "updated");
        });
    relCreates.forEach(
        (type, rows) -> {
          long created =
              tx.run(
                      """
          UNWIND $rows AS row
          MATCH (a:Entity {id: row.from})
          MATCH (b:Entity {id: row.to})
          CREATE (a)-[r:%s]->(b)
          SET r = row.props
          RETURN count(r) AS n"""
                          .formatted(type.name()),
                      Map.of("rows", rows))
                  .single()
                  .get("n")
                  .asLong();
          requireAll(created, rows.size(), "created");
        });
    if (!changes.isEmpty()) {
      tx.run(
              """
          UNWIND $changes AS c
          CREATE (x:Change)
          SET x = c, x.at = datetime()""",
              Map.of("changes", changes))
          .consume();
      tx.run("MATCH (l:ChangeLog {id: 'changes'}) SET l.seq = $seq", Map.of("seq", next)).consume();
    }
    return next;
  }

  private static void requireAll(long done, int planned, String what) {
    if (done != planned) {
      throw new CurationException(
          HttpStatus.CONFLICT,
          "Conflict",
          "Only %d of %d relationships could be %s: the graph changed outside this API; nothing was written"
              .formatted(done, planned, what),
          Map.of());
    }
  }

  private static Map<String, Object> change(
      long seq, String user, String via, String batch, Outcome o) {
    Edit e = o.edit();
    GraphRecord before = e.before();
    GraphRecord after = e.action() == Edit.Action.DELETE ? null : o.record();
    Set<String> actors = new LinkedHashSet<>();
    for (GraphRecord r : new GraphRecord[] {before, after}) {
      if (r == null) {
        continue;
      }
      if (r.isRelationship()) {
        actors.add(String.valueOf(r.fields().get("from")));
        actors.add(String.valueOf(r.fields().get("to")));
      } else {
        actors.add(r.identity());
      }
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("seq", seq);
    change.put("user", user);
    change.put("via", via);
    change.put("batch", batch);
    change.put(
        "action",
        switch (e.action()) {
          case CREATE -> "create";
          case UPDATE -> "update";
          case DELETE -> "delete";
        });
    change.put(
        "target",
        e.isRelationship()
            ? "relationship"
            : SeedCheck.label(e.file()).map(NodeLabel::cypher).orElse(e.file()));
    change.put("id", after != null ? after.identity() : before.identity());
    if (before != null && after != null && !before.identity().equals(after.identity())) {
      change.put("previousId", before.identity());
    }
    change.put("actors", List.copyOf(actors));
    change.put("version", after != null ? after.version() : before.version());
    if (before != null) {
      change.put("before", json.writeValueAsString(before.fields()));
    }
    if (after != null) {
      change.put("after", json.writeValueAsString(after.fields()));
    }
    return change;
  }
}
