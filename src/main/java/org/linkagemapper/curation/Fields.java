package org.linkagemapper.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.seed.SeedExport;

/**
 * The fields of a seed entry as editors send and read them: JSON in, plain values out, with the
 * same trimming the seed loader does, so what is compared and hashed is what will be stored.
 */
final class Fields {

  /** Answer-only properties a client may send back unchanged; they are not fields. */
  static final Set<String> READ_ONLY =
      Set.of("version", "origin", "key", "etag", "href", "changes");

  private Fields() {}

  /**
   * A request's JSON object as fields: text, numbers as their text, booleans, lists and (in lists)
   * maps.
   */
  static Map<String, Object> fromRequest(Map<String, Object> body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    body.forEach(
        (name, value) -> {
          if (!READ_ONLY.contains(name)) {
            fields.put(name, value(value));
          }
        });
    return fields;
  }

  private static Object value(Object value) {
    if (value instanceof Number n) {
      return n.toString();
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(item -> items.add(value(item)));
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
      return out;
    }
    return value;
  }

  /** Trims text as the seed loader does; blank values and nulls mean "not given". */
  static Map<String, Object> normalise(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          Object v = normaliseValue(value);
          if (v != null) {
            out.put(name, v);
          }
        });
    return out;
  }

  private static Object normaliseValue(Object value) {
    if (value instanceof String s) {
      return s.isBlank() ? null : s.strip();
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (Object item : list) {
        items.add(
            item instanceof String s
                ? s.strip()
                : item instanceof Map<?, ?> m ? normaliseMap(m) : item);
      }
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      return normaliseMap(map);
    }
    return value;
  }

  private static Map<String, Object> normaliseMap(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          Object n = normaliseValue(v);
          if (n != null) {
            out.put(String.valueOf(k), n);
          }
        });
    return out;
  }

  static String text(Map<String, Object> fields, String name) {
    Object v = fields.get(name);
    return v == null ? null : v.toString();
  }

  /**
   * The ETag of a record: its edit version and a hash of its fields, so a change made any other way
   * (a seed reload, a Bolt session) also invalidates what an editor read.
   */
  static String etag(GraphRecord record) {
    return "\"%d.%s\"".formatted(record.version(), hash(canonical(record.fields())));
  }

  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      new TreeSet<>(map.keySet().stream().map(String::valueOf).toList())
          .forEach(k -> out.append(k).append('=').append(canonical(map.get(k))).append(';'));
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      list.forEach(v -> out.append(canonical(v)).append(','));
      return out.append(']').toString();
    }
    if (value instanceof Number n) {
      return "n" + n.longValue();
    }
    return value instanceof String s ? "s" + s.length() + ":" + s : String.valueOf(value);
  }

  private static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)),
              0,
              6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when {@code ifMatch} (a list of ETags, or *) names the record's current ETag. */
  static boolean matches(String ifMatch, String current) {
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(current)) {
        return true;
      }
    }
    return false;
  }

  /** What changed between two records, field by field: {field, from, to}. */
  static List<Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
    Set<String> names = new TreeSet<>();
    if (before != null) {
      names.addAll(before.keySet());
    }
    if (after != null) {
      names.addAll(after.keySet());
    }
    List<Map<String, Object>> changes = new ArrayList<>();
    for (String name : SeedExport.ordered(toMap(names)).keySet()) {
      Object from = before == null ? null : before.get(name);
      Object to = after == null ? null : after.get(name);
      if (!Objects.equals(canonical(from), canonical(to))) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", name);
        change.put("from", from);
        change.put("to", to);
        changes.add(change);
      }
    }
    return changes;
  }

  private static Map<String, Object> toMap(Set<String> names) {
    Map<String, Object> map = new LinkedHashMap<>();
    names.forEach(n -> map.put(n, ""));
    return map;
  }
}
