package org.linkagemapper.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.linkagemapper.curation.CurationAnswers.Change;
import org.linkagemapper.curation.CurationAnswers.ImportReport;
import org.linkagemapper.curation.CurationAnswers.ImportRequest;
import org.linkagemapper.curation.CurationAnswers.ImportRow;
import org.linkagemapper.curation.CurationAnswers.Problem;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.seed.SeedCheck;
import org.linkagemapper.seed.SeedProblem;
import org.springframework.stereotype.Service;

/**
 * Imports actors and relationships from spreadsheets (CSV) or JSON. Each row creates what is new
 * and changes what exists (by id, or by a relationship's from, type, to, kind, source and locator);
 * the columns a file has replace those fields, and fields without a column stay as they are. A dry
 * run reports what each row would do; a real run writes every row in one transaction, or none.
 */
@Service
class ImportService {

  static final String ACTORS = "actors.csv";
  static final String RELATIONSHIPS = "relationships.csv";

  /**
   * Fields no import column carries: conflicts are edited in seed files or over the editing API.
   */
  private static final Set<String> NOT_IMPORTED = Set.of("conflicts", "roles", "affectedState");

  private static final Set<String> BOOLEANS = Set.of("memberState", "disputed");

  private final Curator curator;

  ImportService(Curator curator) {
    this.curator = curator;
  }

  /**
   * One row to import: where it came from, the fields it sets (null: remove), and its type for
   * actors.
   */
  record Row(String where, int line, boolean actor, Map<String, Object> fields) {}

  /** The columns of each CSV file. */
  static List<String> actorColumns() {
    Set<String> columns = new LinkedHashSet<>();
    columns.add("type");
    for (Kind kind : Kind.values()) {
      SeedCheck.fields(kind.file()).stream()
          .filter(f -> !NOT_IMPORTED.contains(f))
          .forEach(columns::add);
    }
    return List.copyOf(columns);
  }

  static List<String> relationshipColumns() {
    return SeedCheck.fields(Dataset.RELATIONSHIPS);
  }

  static List<Row> fromCsv(String actors, String relationships) {
    List<Row> rows = new ArrayList<>();
    if (actors != null) {
      for (Csv.Row r : Csv.read(ACTORS, actors, actorColumns())) {
        rows.add(new Row(ACTORS, r.line(), true, csvFields(r.cells())));
      }
    }
    if (relationships != null) {
      for (Csv.Row r : Csv.read(RELATIONSHIPS, relationships, relationshipColumns())) {
        rows.add(new Row(RELATIONSHIPS, r.line(), false, csvFields(r.cells())));
      }
    }
    return rows;
  }

  private static Map<String, Object> csvFields(Map<String, String> cells) {
    Map<String, Object> fields = new LinkedHashMap<>();
    cells.forEach(
        (column, cell) -> {
          String value = cell.strip();
          if (value.isEmpty()) {
            fields.put(column, null);
          } else if (column.equals("aliases")) {
            fields.put(
                column,
                List.of(value.split(";")).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList());
          } else if (BOOLEANS.contains(column)) {
            fields.put(column, value.toLowerCase(Locale.ROOT));
          } else {
            fields.put(column, value);
          }
        });
    return fields;
  }

  static List<Row> fromJson(ImportRequest body) {
    if (body == null) {
      throw CurationException.badBody(
          "The body must be a JSON object: {\"actors\": [...], \"relationships\": [...]}");
    }
    if (body.unknown() != null && !body.unknown().isEmpty()) {
      throw CurationException.badBody(
          "Unknown member '%s': the body holds \"actors\" and \"relationships\""
              .formatted(body.unknown().keySet().iterator().next()));
    }
    List<Row> rows = new ArrayList<>();
    rows(rows, "actors", true, body.actors());
    rows(rows, "relationships", false, body.relationships());
    return rows;
  }

  private static void rows(
      List<Row> rows, String list, boolean actors, List<LinkedHashMap<String, Object>> items) {
    if (items == null) {
      return;
    }
    int i = 0;
    for (Map<String, Object> item : items) {
      i++;
      if (item == null) {
        throw CurationException.badBody(
            "%s item %d must be a JSON object of fields, such as {\"id\": \"...\", \"name\": \"...\"}"
                .formatted(list, i));
      }
      // JSON null removes a field, like an empty cell; a missing member keeps it.
      rows.add(new Row(list, i, actors, Fields.fromRequest(item)));
    }
  }

  /** Checks (and unless {@code dryRun} writes) every row; the report has a line per row. */
  ImportReport run(List<Row> rows, boolean dryRun, String user) {
    if (rows.isEmpty()) {
      throw CurationException.badBody(
          "Nothing to import: give an actors and/or a relationships file (or list) with at least one row");
    }
    Curator.Result result = curator.run(user, "import", dryRun, ds -> plan(ds, rows));
    ImportReport report = report(result, dryRun);
    if (!dryRun && !result.committed()) {
      Map<String, Long> summary = summary(result.plan());
      throw CurationException.invalid(
          "%d of %d rows refused; nothing was imported. The rows list each problem; a dry run (dryRun=true) shows the same without writing"
              .formatted(summary.get("refused"), rows.size()),
          report.asProperties());
    }
    return report;
  }

  private static List<Edit> plan(Dataset ds, List<Row> rows) {
    List<Edit> edits = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> given = new LinkedHashMap<>(row.fields());
      if (row.actor()) {
        Object type = given.remove("type");
        var kind = Kind.ofType(type == null ? null : type.toString());
        if (kind.isEmpty()) {
          edits.add(
              Edit.refused(
                  "mechanisms.yaml",
                  present(given),
                  row.where(),
                  row.line(),
                  List.of(
                      new SeedProblem(
                          row.where(),
                          row.line(),
                          idOf(given),
                          "type",
                          "'%s' is not a type of actor; one of %s"
                              .formatted(type == null ? "" : type, Kind.singulars())))));
          continue;
        }
        // Only the fields this kind has: an empty cell in another kind's column is no value at all.
        List<String> own = SeedCheck.fields(kind.get().file());
        given.entrySet().removeIf(e -> e.getValue() == null && !own.contains(e.getKey()));
        String id = idOf(given);
        GraphRecord existing = ds.node(id).orElse(null);
        if (existing != null && !existing.file().equals(kind.get().file())) {
          edits.add(
              Edit.refused(
                  kind.get().file(),
                  present(given),
                  row.where(),
                  row.line(),
                  List.of(
                      new SeedProblem(
                          row.where(),
                          row.line(),
                          id,
                          "id",
                          "'%s' already names a %s, not a %s; ids are unique across the graph"
                              .formatted(
                                  id,
                                  existing.file().replace("s.yaml", ""),
                                  kind.get().singular())))));
        } else if (existing != null) {
          edits.add(
              Edit.update(existing, merged(existing.fields(), given), row.where(), row.line()));
        } else {
          edits.add(Edit.create(kind.get().file(), present(given), row.where(), row.line()));
        }
      } else {
        String key = Curator.keyOf(Fields.normalise(present(given)));
        GraphRecord existing = ds.relationship(key).orElse(null);
        edits.add(
            existing != null
                ? Edit.update(existing, merged(existing.fields(), given), row.where(), row.line())
                : Edit.create(Dataset.RELATIONSHIPS, present(given), row.where(), row.line()));
      }
    }
    return edits;
  }

  private static String idOf(Map<String, Object> fields) {
    Object id = fields.get("id");
    return id == null ? null : id.toString().strip();
  }

  private static Map<String, Object> present(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Map<String, Object> merged(
      Map<String, Object> existing, Map<String, Object> given) {
    Map<String, Object> out = new LinkedHashMap<>(existing);
    given.forEach(
        (k, v) -> {
          if (v == null) {
            out.remove(k);
          } else {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Map<String, Long> summary(Curator.Plan plan) {
    Map<String, Long> summary = new LinkedHashMap<>();
    for (String result : List.of("created", "changed", "unchanged", "refused")) {
      summary.put(result, plan.outcomes().stream().filter(o -> o.result().equals(result)).count());
    }
    return summary;
  }

  private static ImportReport report(Curator.Result result, boolean dryRun) {
    Curator.Plan plan = result.plan();
    List<ImportRow> rows = new ArrayList<>();
    for (Curator.Outcome o : plan.outcomes()) {
      boolean relationship = o.edit().isRelationship();
      String key = null;
      Object id = null;
      String type = null;
      if (relationship) {
        key =
            o.record() != null
                ? o.record().key()
                : o.edit().after() == null ? null : Curator.keyOf(o.edit().after());
      } else {
        id = o.edit().after() == null ? null : o.edit().after().get("id");
        if (o.problems().stream().noneMatch(p -> "type".equals(p.field()))) {
          type = Kind.ofFile(o.edit().file()).map(Kind::singular).orElse(null);
        }
      }
      String action =
          o.result().equals("accepted")
              ? "would be written if the refused rows were fixed"
              : o.result();
      rows.add(
          new ImportRow(
              o.edit().where(),
              o.edit().line(),
              key,
              id,
              type,
              action,
              o.changes().isEmpty() ? null : Change.of(o.changes()),
              o.problems().isEmpty() ? null : o.problems().stream().map(Problem::of).toList()));
    }
    boolean committed = result.committed();
    return new ImportReport(
        dryRun,
        committed,
        summary(plan),
        committed ? result.batch() : null,
        !committed
            ? null
            : result.lastSeq() >= result.firstSeq()
                ? List.of(result.firstSeq(), result.lastSeq())
                : List.of(),
        rows,
        CurationAnswers.orNull(plan.breaks().stream().map(Problem::of).toList()),
        CurationAnswers.orNull(plan.preexisting().stream().map(Problem::of).toList()));
  }
}
