package org.linkagemapper.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.Params;

/**
 * The filters every path and linkage query shares, checked against what the graph holds. They are
 * applied during traversal (inside the pattern, or to the projection before a search), never to the
 * answers afterwards.
 */
record PathFilter(
    List<String> types,
    List<String> kinds,
    String phase,
    Integer asOf,
    List<String> exclude,
    Direction direction) {

  /** Types followed when a request names none: those that join one actor to another. */
  static final List<String> ACTOR_TYPES =
      List.of(
          "PART_OF",
          "REPORTS_TO",
          "RENAMED_TO",
          "ENGAGES",
          "PARTICIPATES_IN",
          "PROPOSED",
          "HOSTS",
          "FUNDS",
          "CHAIRS",
          "LINKS_TO");

  static final int MAX_EXCLUDE = 50;

  enum Direction {
    OUT("-[r:%s]->"),
    IN("<-[r:%s]-"),
    BOTH("-[r:%s]-");

    private final String pattern;

    Direction(String pattern) {
      this.pattern = pattern;
    }

    /** The relationship pattern, types already checked against the whitelist. */
    String pattern(List<String> types) {
      return pattern.formatted(String.join("|", types));
    }

    static Direction parse(String value) {
      if (value == null) {
        return BOTH;
      }
      return switch (value) {
        case "out" -> OUT;
        case "in" -> IN;
        case "both" -> BOTH;
        default ->
            throw new BadParameterException(
                "direction", value, "not one of the allowed values", List.of("out", "in", "both"));
      };
    }
  }

  static PathFilter parse(
      GraphVocabulary.Values vocabulary,
      String types,
      String kinds,
      String phase,
      Integer asOf,
      String exclude,
      String direction,
      List<String> defaultTypes) {
    List<String> typeList = list("types", types, vocabulary.types());
    if (typeList.isEmpty()) {
      typeList = defaultTypes.stream().filter(vocabulary.types()::contains).toList();
    }
    // Types reach Cypher only after this check: they cannot be parameters.
    typeList.forEach(t -> RelType.parse(t).orElseThrow());
    List<String> excluded = list("exclude", exclude, null);
    if (excluded.size() > MAX_EXCLUDE) {
      throw new BadParameterException(
          "exclude", excluded.size() + " ids", "expected at most %d ids".formatted(MAX_EXCLUDE));
    }
    return new PathFilter(
        typeList,
        list("kinds", kinds, vocabulary.kinds()),
        Params.oneOf("phase", blankToNull(phase), vocabulary.phases()),
        Params.year("asOf", asOf),
        excluded,
        Direction.parse(blankToNull(direction)));
  }

  private static List<String> list(String name, String value, List<String> allowed) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      String v = item.strip();
      if (v.isEmpty()) {
        continue;
      }
      if (v.length() > 100) {
        throw new BadParameterException(
            name, v.substring(0, 20) + "...", "expected values of at most 100 characters");
      }
      if (allowed != null && !allowed.contains(v)) {
        throw new BadParameterException(name, v, "not one of the allowed values", allowed);
      }
      items.add(v);
    }
    return List.copyOf(items);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The parameters every filtered query reads. */
  Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kinds", kinds.isEmpty() ? null : kinds);
    p.put("phase", phase);
    p.put("asOf", asOf);
    p.put("exclude", exclude);
    return p;
  }

  /** The filters as the answer echoes them. */
  Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("types", types);
    if (!kinds.isEmpty()) d.put("kinds", kinds);
    if (phase != null) d.put("phase", phase);
    if (asOf != null) d.put("asOf", asOf);
    if (!exclude.isEmpty()) d.put("exclude", exclude);
    d.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
    return d;
  }

  static List<String> split(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
