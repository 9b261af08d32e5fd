package org.linkagemapper.curation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.seed.SeedProblem;

/**
 * The curation API's requests and answers, as records so that the OpenAPI document describes every
 * write.
 */
final class CurationAnswers {

  private CurationAnswers() {}

  /**
   * The fields of one seed entry as an editor sends them: the members of an entry in a seed file
   * (see seed-data/README.md). Kept in the order given; answer-only members sent back are ignored.
   */
  @Schema(
      name = "SeedFields",
      type = "object",
      additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
      description =
          "The fields of one entry, exactly as in its seed-data file (for example id, name, kind, status, source, locator);"
              + " numbers may be given as JSON numbers or text; in a merge patch null removes a field",
      example =
          "{\"id\": \"new-forum\", \"name\": \"A new forum\", \"kind\": \"forum\", \"status\": \"active\", \"source\": \"paper\", \"locator\": \"p.9\"}")
  record SeedFields(@JsonValue Map<String, Object> values) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SeedFields of(LinkedHashMap<String, Object> values) {
      return new SeedFields(values);
    }

    /** Plain field values: numbers as their text, answer-only members dropped. */
    Map<String, Object> fields() {
      return Fields.fromRequest(values);
    }
  }

  /**
   * One field's change: from what (absent when it was not set) to what (absent when it was
   * removed).
   */
  record Change(String field, Object from, Object to) {
    static List<Change> of(List<Map<String, Object>> changes) {
      return changes.stream()
          .map(c -> new Change(String.valueOf(c.get("field")), c.get("from"), c.get("to")))
          .toList();
    }
  }

  /**
   * What the seed checks found wrong: where (a file and line, or the graph), which entry and field,
   * and why.
   */
  record Problem(String where, Integer line, String entry, String field, String message) {
    static Problem of(SeedProblem p) {
      boolean request = EditService.REQUEST.equals(p.file());
      return new Problem(
          request ? null : p.file(),
          request || p.line() <= 0 ? null : p.line(),
          request ? null : p.entry(),
          p.field(),
          p.message());
    }

    static Problem of(String field, String message) {
      return new Problem(null, null, null, field, message);
    }
  }

  /**
   * A node or relationship as its seed entry, with its version, ETag and where it is read and
   * changed.
   */
  @JsonPropertyOrder({"fields", "key", "version", "origin", "etag", "href", "changes"})
  @Schema(
      description = "The entry's seed fields (as in its seed-data file), then the members below")
  record Entry(
      @JsonAnyGetter @Schema(hidden = true) Map<String, Object> fields,
      @Schema(description = "a relationship's key: from>TYPE>to@source/locator-hash") String key,
      @Schema(description = "how many times it was written over the API") long version,
      @Schema(description = "where it came from, such as seed or api") String origin,
      @Schema(description = "its ETag, to send back as If-Match") String etag,
      @Schema(description = "where it is read and changed") String href,
      @Schema(description = "what this request changed, field by field") List<Change> changes) {}

  /** The relationships of one node. */
  record Relationships(String actor, List<Entry> relationships) {}

  /** What a delete removed: the node or relationship, and the relationships that went with it. */
  record Deleted(String deleted, List<String> alsoDeleted) {}

  /**
   * An import as JSON: actors (each with its {@code type}) and relationships, each as its seed
   * fields.
   */
  @Schema(
      description =
          "Each item holds the fields of a seed entry; an actor also names its type (mechanism, partner, pillar, role, area,"
              + " source); null removes a field, a missing member keeps it")
  record ImportRequest(
      List<LinkedHashMap<String, Object>> actors,
      List<LinkedHashMap<String, Object>> relationships,
      @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {}

  /** One imported row: where it came from, what it names, and what it did (or would do). */
  record ImportRow(
      String file,
      int line,
      String key,
      Object id,
      String type,
      @Schema(
              description =
                  "created, changed, unchanged, refused, or would be written if the refused rows were fixed")
          String action,
      List<Change> changes,
      List<Problem> problems) {}

  /** The report of an import: a summary, a line per row, and what it would break. */
  record ImportReport(
      boolean dryRun,
      boolean committed,
      @Schema(description = "rows by result: created, changed, unchanged, refused")
          Map<String, Long> summary,
      @Schema(description = "the import's batch id in the change log, when committed") String batch,
      @Schema(description = "the first and last change numbers it wrote, when committed")
          List<Long> changeLog,
      List<ImportRow> rows,
      List<Problem> wouldBreak,
      List<Problem> alreadyInconsistent) {

    /** The report as the properties of the problem answered when a real import is refused. */
    Map<String, Object> asProperties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("dryRun", dryRun);
      properties.put("committed", committed);
      properties.put("summary", summary);
      properties.put("rows", rows);
      if (wouldBreak != null) {
        properties.put("wouldBreak", wouldBreak);
      }
      if (alreadyInconsistent != null) {
        properties.put("alreadyInconsistent", alreadyInconsistent);
      }
      return properties;
    }
  }

  static <T> List<T> orNull(List<T> list) {
    return list == null || list.isEmpty() ? null : new ArrayList<>(list);
  }
}
