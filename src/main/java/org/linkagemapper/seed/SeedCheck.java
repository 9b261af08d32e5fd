package org.linkagemapper.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkagemapper.graph.NodeLabel;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The seed loader's checks for entries that do not come from YAML files: the editing API and the
 * import run the very rules the seed files obey, over the whole graph as it would be after a
 * change, so whatever they accept can be exported and loaded again.
 */
public final class SeedCheck {

  /** Longer text is refused from requests: no field of the model needs it. */
  public static final int MAX_TEXT = 10_000;

  private SeedCheck() {}

  /** The seed files, in loading order. */
  public static List<String> files() {
    return SeedParser.FILES.stream().map(SeedParser.FileSpec::file).toList();
  }

  /** The label of a node file's entries; empty for {@code relationships.yaml}. */
  public static Optional<NodeLabel> label(String file) {
    return spec(file).map(SeedParser.FileSpec::label);
  }

  /** The fields an entry of {@code file} may have, in the order the seed format documents them. */
  public static List<String> fields(String file) {
    return spec(file)
        .map(s -> s.fields().stream().map(SeedParser.Field::name).toList())
        .orElse(List.of());
  }

  /** True when {@code field} of {@code file} holds a list. */
  public static boolean isList(String file, String field) {
    return spec(file)
        .flatMap(s -> s.fields().stream().filter(f -> f.name().equals(field)).findFirst())
        .map(
            f ->
                f.type() == SeedParser.Type.TEXT_LIST
                    || f.type() == SeedParser.Type.SLUG_LIST
                    || f.type() == SeedParser.Type.CONFLICTS)
        .orElse(false);
  }

  private static Optional<SeedParser.FileSpec> spec(String file) {
    return SeedParser.FILES.stream().filter(s -> s.file().equals(file)).findFirst();
  }

  /** The key a relationship with these fields gets (see seed-data/README.md). */
  public static String relationshipKey(
      String from, String type, String to, String kind, String source, String locator) {
    return SeedParser.relationshipKey(from, type, to, kind, source, locator == null ? "" : locator);
  }

  /**
   * Checks every entry as the seed loader checks files; returns the graph they make or throws
   * {@link InvalidSeedException} with every problem, each naming the entry's {@code where} and
   * line.
   */
  public static SeedGraph check(List<SeedEntry> entries) {
    List<SeedProblem> problems = new ArrayList<>();
    Map<String, List<YamlEntries.Entry>> byFile = new LinkedHashMap<>();
    int index = 0;
    for (SeedEntry entry : entries) {
      index++;
      if (spec(entry.file()).isEmpty()) {
        problems.add(
            new SeedProblem(
                entry.where(), entry.line(), null, null, "not a seed file: " + entry.file()));
        continue;
      }
      byFile
          .computeIfAbsent(entry.file(), f -> new ArrayList<>())
          .add(toEntry(entry.where(), entry.line(), index, entry.fields(), problems));
    }
    return SeedParser.parse(byFile, problems);
  }

  private static YamlEntries.Entry toEntry(
      String where, int line, int index, Map<String, Object> fields, List<SeedProblem> problems) {
    Object id = fields.get("id");
    String label = id instanceof String s ? s : line > 0 ? "#" + line : "#" + index;
    Map<String, YamlEntries.Value> values = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value == null) {
            return;
          }
          Object raw = raw(value, where, line, index, label, name, problems);
          if (raw != null) {
            values.put(name, new YamlEntries.Value(raw, Tag.STR, line));
          }
        });
    return new YamlEntries.Entry(where, line > 0 ? line : index, line, values);
  }

  private static Object raw(
      Object value,
      String where,
      int line,
      int index,
      String label,
      String field,
      List<SeedProblem> problems) {
    if (value instanceof Map<?, ?>) {
      problems.add(
          new SeedProblem(
              where, line, label, field, "expected a value or a list, found an object"));
      return null;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          Map<String, Object> nested = new LinkedHashMap<>();
          map.forEach((k, v) -> nested.put(String.valueOf(k), v));
          for (var e : nested.entrySet()) {
            if (e.getValue() instanceof List<?> || e.getValue() instanceof Map<?, ?>) {
              problems.add(
                  new SeedProblem(
                      where,
                      line,
                      label,
                      field + "." + e.getKey(),
                      "expected a value, found a list or an object"));
              return null;
            }
          }
          items.add(toEntry(where, line, index, nested, problems));
        } else if (item instanceof List<?>) {
          problems.add(
              new SeedProblem(
                  where, line, label, field, "expected a list of values, found a list inside it"));
          return null;
        } else if (item == null) {
          problems.add(new SeedProblem(where, line, label, field, "a list may not hold null"));
          return null;
        } else {
          String text = text(item, where, line, label, field, problems);
          if (text == null) {
            return null;
          }
          items.add(text);
        }
      }
      return items;
    }
    return text(value, where, line, label, field, problems);
  }

  private static String text(
      Object value,
      String where,
      int line,
      String label,
      String field,
      List<SeedProblem> problems) {
    String text = String.valueOf(value);
    if (text.length() > MAX_TEXT) {
      problems.add(
          new SeedProblem(
              where,
              line,
              label,
              field,
              "%d characters; at most %d".formatted(text.length(), MAX_TEXT)));
      return null;
    }
    int bad = unprintable(text);
    if (bad >= 0) {
      problems.add(
          new SeedProblem(
              where,
              line,
              label,
              field,
              "contains the character U+%04X, which the seed files cannot hold (control characters and unpaired surrogates)"
                  .formatted(bad)));
      return null;
    }
    return text;
  }

  /** The first character YAML cannot carry as text, or -1; tabs and line breaks are allowed. */
  static int unprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0x7E)
              || c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
      if (!ok) {
        return c;
      }
    }
    return -1;
  }
}
