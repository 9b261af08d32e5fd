package org.linkagemapper.curation;

import java.util.List;
import java.util.Map;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.seed.SeedProblem;

/**
 * One change asked for: create, replace or delete a node or relationship of {@code file}. {@code
 * before} is the record being replaced or deleted (null on create), {@code after} the fields it
 * should have (null on delete); {@code where} and {@code line} are what a refusal names. {@code
 * refused} holds problems found before the seed checks (an unknown type in an import row).
 */
record Edit(
    Action action,
    String file,
    GraphRecord before,
    Map<String, Object> after,
    String where,
    int line,
    List<SeedProblem> refused) {

  enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  boolean isRelationship() {
    return file.equals(Dataset.RELATIONSHIPS);
  }

  static Edit create(String file, Map<String, Object> after, String where, int line) {
    return new Edit(Action.CREATE, file, null, Fields.normalise(after), where, line, List.of());
  }

  static Edit update(GraphRecord before, Map<String, Object> after, String where, int line) {
    return new Edit(
        Action.UPDATE, before.file(), before, Fields.normalise(after), where, line, List.of());
  }

  /** A row refused before the seed checks ran; it is reported, never written. */
  static Edit refused(
      String file, Map<String, Object> after, String where, int line, List<SeedProblem> problems) {
    return new Edit(
        Action.CREATE, file, null, Fields.normalise(after), where, line, List.copyOf(problems));
  }

  static Edit delete(GraphRecord before, String where, int line) {
    return new Edit(Action.DELETE, before.file(), before, null, where, line, List.of());
  }
}
