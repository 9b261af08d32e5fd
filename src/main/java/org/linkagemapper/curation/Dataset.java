package org.linkagemapper.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.seed.SeedExport;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The whole graph as seed entries, read inside the write lock: every write is planned and checked
 * against this, so lookups by id or key never build Cypher from request text.
 */
final class Dataset {

  static final String RELATIONSHIPS = "relationships.yaml";

  private final List<GraphRecord> records;
  private final Map<String, GraphRecord> nodes = new LinkedHashMap<>();
  private final Map<String, GraphRecord> relationships = new LinkedHashMap<>();

  Dataset(List<GraphRecord> records) {
    this.records = List.copyOf(records);
    for (GraphRecord r : records) {
      (r.isRelationship() ? relationships : nodes).put(r.identity(), r);
    }
  }

  static Dataset read(SimpleQueryRunner tx) {
    return new Dataset(SeedExport.read(tx));
  }

  List<GraphRecord> records() {
    return records;
  }

  Optional<GraphRecord> node(String id) {
    return Optional.ofNullable(id == null ? null : nodes.get(id));
  }

  Optional<GraphRecord> relationship(String key) {
    return Optional.ofNullable(key == null ? null : relationships.get(key));
  }

  /** What else in the graph names {@code id}. */
  record Dependents(List<GraphRecord> relationships, List<GraphRecord> nodes) {}

  Dependents dependents(String id) {
    List<GraphRecord> rels = new ArrayList<>();
    List<GraphRecord> others = new ArrayList<>();
    for (GraphRecord r : records) {
      Map<String, Object> f = r.fields();
      if (r.isRelationship()) {
        if (id.equals(f.get("from")) || id.equals(f.get("to")) || id.equals(f.get("source"))) {
          rels.add(r);
        }
      } else if (!id.equals(f.get("id"))
          && (id.equals(f.get("source"))
              || id.equals(f.get("affectedState"))
              || (f.get("roles") instanceof List<?> roles && roles.contains(id))
              || citesInConflicts(f, id))) {
        others.add(r);
      }
    }
    return new Dependents(rels, others);
  }

  private static boolean citesInConflicts(Map<String, Object> fields, String id) {
    return fields.get("conflicts") instanceof List<?> conflicts
        && conflicts.stream().anyMatch(c -> c instanceof Map<?, ?> m && id.equals(m.get("source")));
  }
}
