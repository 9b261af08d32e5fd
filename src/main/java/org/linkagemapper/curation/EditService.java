package org.linkagemapper.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.curation.CurationAnswers.Problem;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The editing operations on single nodes and relationships: each finds what it changes in the graph
 * read under the lock, checks the caller's If-Match against it, and hands the edit to the {@link
 * Curator}. Identifiers from a request are only ever looked up, never put in a query.
 */
@Service
class EditService {

  static final String REQUEST = "request";

  private final Curator curator;

  EditService(Curator curator) {
    this.curator = curator;
  }

  /** A record as the API answers it, with its ETag. */
  record Saved(
      GraphRecord record,
      String etag,
      List<Map<String, Object>> changes,
      List<GraphRecord> alsoDeleted) {}

  Saved read(Kind kind, String id) {
    return curator.read(id, null, false, ds -> saved(node(ds, kind, id)));
  }

  Saved readRelationship(String key) {
    return curator.read(null, key, true, ds -> saved(relationship(ds, key)));
  }

  List<Saved> relationshipsOf(String actor) {
    return curator.read(
        actor,
        null,
        true,
        ds -> {
          if (ds.node(actor).isEmpty()) {
            throw new NotFoundException("node", actor);
          }
          return ds.dependents(actor).relationships().stream()
              .filter(r -> !actor.equals(r.fields().get("source")))
              .map(EditService::saved)
              .toList();
        });
  }

  private static Saved saved(GraphRecord r) {
    return new Saved(r, Fields.etag(r), List.of(), List.of());
  }

  Saved create(Kind kind, Map<String, Object> fields, String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              String id = Fields.text(fields, "id");
              ds.node(id == null ? null : id.strip())
                  .ifPresent(
                      existing -> {
                        throw CurationException.conflict(
                            "The id '%s' already names a %s; ids are unique across the graph. Change it with PUT, or choose another id"
                                .formatted(
                                    existing.identity(), existing.file().replace(".yaml", "")),
                            Map.of("id", existing.identity()));
                      });
              return List.of(Edit.create(kind.file(), fields, REQUEST, 0));
            });
    return single(result);
  }

  Saved replace(
      Kind kind,
      String id,
      String ifMatch,
      Map<String, Object> fields,
      boolean merge,
      String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              GraphRecord before = node(ds, kind, id);
              precondition(ifMatch, before, "%s '%s'".formatted(kind.singular(), id));
              Object givenId = fields.get("id");
              if (givenId != null && !id.equals(String.valueOf(givenId).strip())) {
                throw CurationException.invalid(
                    "An id never changes: the body names '%s' but the URL '%s'. Add the old name to aliases instead of renaming the id"
                        .formatted(givenId, id),
                    Map.of("problems", List.of(Problem.of("id", "ids never change"))));
              }
              Map<String, Object> after =
                  merge ? merged(before.fields(), fields) : new LinkedHashMap<>(fields);
              after.put("id", id);
              return List.of(Edit.update(before, after, REQUEST, 0));
            });
    return single(result);
  }

  Saved delete(Kind kind, String id, String ifMatch, boolean cascade, String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              GraphRecord before = node(ds, kind, id);
              precondition(ifMatch, before, "%s '%s'".formatted(kind.singular(), id));
              Dataset.Dependents dependents = ds.dependents(id);
              if (!dependents.nodes().isEmpty()) {
                throw CurationException.conflict(
                    "'%s' is still named by %d other node(s) (as their source, a conflict's source, or a scenario's state or role); change those first: cascading never deletes nodes"
                        .formatted(id, dependents.nodes().size()),
                    Map.of(
                        "blockedBy",
                        dependents.nodes().stream()
                            .map(r -> r.file().replace(".yaml", "") + "/" + r.identity())
                            .toList(),
                        "wouldDelete",
                        keys(dependents.relationships())));
              }
              if (!dependents.relationships().isEmpty() && !cascade) {
                throw CurationException.conflict(
                    "'%s' is linked by %d relationship(s); deleting it would delete them too. Repeat with cascade=true to delete them all"
                        .formatted(id, dependents.relationships().size()),
                    Map.of("wouldDelete", keys(dependents.relationships())));
              }
              List<Edit> edits = new ArrayList<>();
              dependents.relationships().forEach(r -> edits.add(Edit.delete(r, REQUEST, 0)));
              edits.add(Edit.delete(before, REQUEST, 0));
              return edits;
            });
    return deleted(result);
  }

  Saved createRelationship(Map<String, Object> fields, String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              String key = Curator.keyOf(Fields.normalise(fields));
              ds.relationship(key)
                  .ifPresent(
                      existing -> {
                        throw CurationException.conflict(
                            "This fact is already recorded (same from, type, to, kind, source and locator): change it with PUT",
                            Map.of("key", key));
                      });
              return List.of(Edit.create(Dataset.RELATIONSHIPS, fields, REQUEST, 0));
            });
    return single(result);
  }

  Saved replaceRelationship(
      String key, String ifMatch, Map<String, Object> fields, boolean merge, String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              GraphRecord before = relationship(ds, key);
              precondition(ifMatch, before, "relationship " + key);
              Map<String, Object> after =
                  merge ? merged(before.fields(), fields) : new LinkedHashMap<>(fields);
              String newKey = Curator.keyOf(Fields.normalise(after));
              if (!newKey.equals(key) && ds.relationship(newKey).isPresent()) {
                throw CurationException.conflict(
                    "After this change it would be the same fact as "
                        + newKey
                        + ", which is already recorded",
                    Map.of("key", newKey));
              }
              return List.of(Edit.update(before, after, REQUEST, 0));
            });
    return single(result);
  }

  Saved deleteRelationship(String key, String ifMatch, String user) {
    Curator.Result result =
        curator.run(
            user,
            "api",
            false,
            ds -> {
              GraphRecord before = relationship(ds, key);
              precondition(ifMatch, before, "relationship " + key);
              return List.of(Edit.delete(before, REQUEST, 0));
            });
    return deleted(result);
  }

  private static List<String> keys(List<GraphRecord> records) {
    return records.stream().map(GraphRecord::identity).toList();
  }

  private static Map<String, Object> merged(Map<String, Object> before, Map<String, Object> patch) {
    // JSON merge patch (RFC 7396) one level deep: null removes a field, anything else replaces it.
    Map<String, Object> after = new LinkedHashMap<>(before);
    patch.forEach(
        (name, value) -> {
          if (value == null) {
            after.remove(name);
          } else {
            after.put(name, value);
          }
        });
    return after;
  }

  private static void precondition(String ifMatch, GraphRecord current, String what) {
    String etag = Fields.etag(current);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw CurationException.preconditionRequired(what, etag);
    }
    if (!Fields.matches(ifMatch, etag)) {
      throw CurationException.stale(what, ifMatch.strip(), etag);
    }
  }

  private static GraphRecord node(Dataset ds, Kind kind, String id) {
    if (id == null || !id.matches(Vocabulary.ID_PATTERN)) {
      throw new NotFoundException(kind.singular(), id);
    }
    return ds.node(id)
        .filter(r -> r.file().equals(kind.file()))
        .orElseThrow(() -> new NotFoundException(kind.singular(), id));
  }

  private static GraphRecord relationship(Dataset ds, String key) {
    return ds.relationship(key).orElseThrow(() -> new NotFoundException("relationship", key));
  }

  private static Saved single(Curator.Result result) {
    Curator.Plan plan = result.plan();
    if (plan.refused()) {
      throw refusal(plan);
    }
    Curator.Outcome outcome = plan.outcomes().get(0);
    return new Saved(outcome.record(), Fields.etag(outcome.record()), outcome.changes(), List.of());
  }

  private static Saved deleted(Curator.Result result) {
    Curator.Plan plan = result.plan();
    if (plan.refused()) {
      throw refusal(plan);
    }
    List<Curator.Outcome> outcomes = plan.outcomes();
    Curator.Outcome main = outcomes.get(outcomes.size() - 1);
    List<GraphRecord> also =
        outcomes.subList(0, outcomes.size() - 1).stream().map(o -> o.edit().before()).toList();
    return new Saved(main.edit().before(), null, main.changes(), also);
  }

  /**
   * The problem answer for a plan the checks refused: 422, or 409 when the graph was already
   * inconsistent.
   */
  static CurationException refusal(Curator.Plan plan) {
    List<Problem> problems = new ArrayList<>();
    plan.outcomes().forEach(o -> o.problems().forEach(p -> problems.add(Problem.of(p))));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("problems", problems);
    if (!plan.breaks().isEmpty()) {
      properties.put("wouldBreak", plan.breaks().stream().map(Problem::of).toList());
    }
    if (!plan.preexisting().isEmpty()) {
      properties.put("alreadyInconsistent", plan.preexisting().stream().map(Problem::of).toList());
    }
    if (problems.isEmpty() && plan.breaks().isEmpty()) {
      return CurationException.conflict(
          "The graph already holds facts the seed checks refuse (written outside this API); fix those first (alreadyInconsistent lists them)",
          properties);
    }
    String first =
        !problems.isEmpty()
            ? problems.get(0).message()
            : "it would break other facts (wouldBreak lists them)";
    String field =
        !problems.isEmpty() && problems.get(0).field() != null
            ? "field '" + problems.get(0).field() + "': "
            : "";
    return CurationException.invalid(
        "Refused, nothing was changed: %s%s%s"
            .formatted(
                field,
                first,
                problems.size() > 1
                    ? " (and %d more problems)".formatted(problems.size() - 1)
                    : ""),
        properties);
  }
}
