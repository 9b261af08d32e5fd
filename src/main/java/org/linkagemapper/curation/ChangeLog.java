package org.linkagemapper.curation;

import java.util.List;
import java.util.Map;
import org.linkagemapper.system.LinkageProperties;
import org.linkagemapper.system.Params;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the change log: one {@code (:Change)} node per fact written, numbered in commit order. */
@Repository
class ChangeLog {

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

  /** One change: who, when, what, and each field from what to what. */
  record Entry(
      long seq,
      String at,
      String user,
      String via,
      String action,
      String target,
      String id,
      String previousId,
      List<String> actors,
      long version,
      List<Map<String, Object>> changes,
      String batch) {}

  /** A page of changes, newest first; {@code next} is the {@code before} of the next page. */
  record Page(String actor, List<Entry> changes, Long next) {}

  private final Driver driver;
  private final SessionConfig session;

  ChangeLog(Driver driver, LinkageProperties properties) {
    this.driver = driver;
    this.session = properties.neo4j().sessionConfig();
  }

  Page read(String actor, Integer limit, Long before) {
    int max = Params.bounded("limit", limit, 50, 1, 500);
    try (var s = driver.session(session)) {
      List<Entry> entries =
          s.executeRead(
              tx ->
                  tx.run(
                          """
              MATCH (c:Change)
              WHERE ($actor IS NULL OR $actor IN c.actors) AND ($before IS NULL OR c.seq < $before)
              RETURN c ORDER BY c.seq DESC LIMIT $limit""",
                          java.util.Collections.unmodifiableMap(params(actor, before, max)))
                      .list(r -> entry(r.get("c"))));
      Long next = entries.size() == max ? entries.get(entries.size() - 1).seq() : null;
      return new Page(actor, entries, next);
    }
  }

  private static Map<String, Object> params(String actor, Long before, int limit) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("actor", actor == null || actor.isBlank() ? null : actor);
    params.put("before", before);
    params.put("limit", limit);
    return params;
  }

  private static Entry entry(Value c) {
    Map<String, Object> before = fields(c.get("before"));
    Map<String, Object> after = fields(c.get("after"));
    return new Entry(
        c.get("seq").asLong(),
        c.get("at").isNull() ? null : c.get("at").asZonedDateTime().toOffsetDateTime().toString(),
        c.get("user").asString(null),
        c.get("via").asString(null),
        c.get("action").asString(null),
        c.get("target").asString(null),
        c.get("id").asString(null),
        c.get("previousId").asString(null),
        c.get("actors").asList(Value::asString),
        c.get("version").isNull() ? 0 : c.get("version").asLong(),
        Fields.diff(before, after),
        c.get("batch").asString(null));
  }

  private static Map<String, Object> fields(Value v) {
    return v == null || v.isNull() ? null : json.readValue(v.asString(), FIELDS);
  }
}
