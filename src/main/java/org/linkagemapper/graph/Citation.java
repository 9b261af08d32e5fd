package org.linkagemapper.graph;

import org.neo4j.driver.Value;

/** Where a fact comes from: a {@code Source} and the footnote, page or sentence it rests on. */
public record Citation(String id, String title, String url, Integer year, String locator) {

  /**
   * Cypher projecting the citation of {@code r} (a node or relationship); needs {@code src} bound
   * by {@code OPTIONAL MATCH (src:Source {id: r.source})}.
   */
  public static String project(String r, String src) {
    return "{id: %1$s.source, title: %2$s.title, url: %2$s.url, year: %2$s.year, locator: %1$s.locator}"
        .formatted(r, src);
  }

  public static Citation of(Value v) {
    if (v == null || v.isNull() || v.get("id").isNull()) {
      return null;
    }
    return new Citation(
        v.get("id").asString(),
        v.get("title").asString(null),
        v.get("url").asString(null),
        v.get("year").isNull() ? null : v.get("year").asInt(),
        v.get("locator").asString(null));
  }
}
