package org.linkagemapper.curation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkagemapper.system.BadParameterException;

/**
 * The kinds of node an editor may write, each kept in one seed file. Scenarios are edited in
 * seed-data only.
 */
enum Kind {
  MECHANISMS("mechanism", "mechanisms.yaml"),
  PARTNERS("partner", "partners.yaml"),
  PILLARS("pillar", "pillars.yaml"),
  ROLES("role", "roles.yaml"),
  AREAS("area", "areas.yaml"),
  SOURCES("source", "sources.yaml");

  private final String singular;
  private final String file;

  Kind(String singular, String file) {
    this.singular = singular;
    this.file = file;
  }

  /** As it appears in a URL: {@code mechanisms}. */
  String path() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** As an import row names it: {@code mechanism}. */
  String singular() {
    return singular;
  }

  String file() {
    return file;
  }

  static List<String> paths() {
    return Arrays.stream(values()).map(Kind::path).toList();
  }

  static List<String> singulars() {
    return Arrays.stream(values()).map(Kind::singular).toList();
  }

  /** The kind a URL segment names, or a 400 listing the ones there are. */
  static Kind ofPath(String path) {
    return Arrays.stream(values())
        .filter(k -> k.path().equals(path))
        .findFirst()
        .orElseThrow(
            () ->
                new BadParameterException(
                    "kind", path, "not a kind of node editors may write", paths()));
  }

  /** The kind an import row's {@code type} names (singular or plural). */
  static Optional<Kind> ofType(String type) {
    String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.singular.equals(t) || k.path().equals(t))
        .findFirst();
  }

  static Optional<Kind> ofFile(String file) {
    return Arrays.stream(values()).filter(k -> k.file.equals(file)).findFirst();
  }
}
