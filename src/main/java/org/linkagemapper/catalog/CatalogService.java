package org.linkagemapper.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.linkagemapper.catalog.CatalogAnswers.Graph;
import org.linkagemapper.catalog.CatalogAnswers.Item;
import org.linkagemapper.catalog.CatalogAnswers.MechanismDetail;
import org.linkagemapper.catalog.CatalogAnswers.Mechanisms;
import org.linkagemapper.catalog.CatalogAnswers.PartnerDetail;
import org.linkagemapper.catalog.CatalogAnswers.PartnerSummary;
import org.linkagemapper.catalog.CatalogAnswers.SearchResults;
import org.linkagemapper.catalog.CatalogAnswers.SourceItem;
import org.linkagemapper.graph.Citation;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.NotFoundException;
import org.linkagemapper.system.Params;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Answers the read API: checks parameters against the graph, then shapes what the queries return.
 */
@Service
public class CatalogService {

  static final int MAX_QUERY_LENGTH = 200;

  private static final Set<String> PARTNER_TYPES =
      Set.of("ENGAGES", "PARTICIPATES_IN", "PROPOSED", "HOSTS", "FUNDS", "CHAIRS");

  private final CatalogRepository repository;

  CatalogService(CatalogRepository repository) {
    this.repository = repository;
  }

  SearchResults search(String q, Integer limit) {
    if (q == null || q.isBlank()) {
      throw new BadParameterException("q", q, "expected some text to search for");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new BadParameterException(
          "q",
          q.substring(0, 20) + "...",
          "expected at most %d characters".formatted(MAX_QUERY_LENGTH));
    }
    int max = Params.bounded("limit", limit, 10, 1, 100);
    String exact = q.strip().toLowerCase(Locale.ROOT);
    return new SearchResults(q, repository.search(lucene(q), exact, max));
  }

  /**
   * A Lucene query from free text: every word escaped (so no input is read as syntax), matched as a
   * prefix or with one typo.
   */
  static String lucene(String q) {
    List<String> clauses = new ArrayList<>();
    for (String word : q.strip().split("\\s+")) {
      String escaped = word.replaceAll("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])", "\\\\$1");
      if (escaped.isBlank()) {
        continue;
      }
      String w = escaped.toLowerCase(Locale.ROOT);
      clauses.add(
          word.length() > 3
              ? "(%1$s^3 OR %1$s* OR %1$s~1)".formatted(w)
              : "(%1$s^3 OR %1$s*)".formatted(w));
    }
    return clauses.isEmpty() ? "\"\"" : String.join(" AND ", clauses);
  }

  Mechanisms mechanisms(String pillar, String area, String partner, Integer asOf, String status) {
    Params.year("asOf", asOf);
    Params.oneOf("status", status, Vocabulary.MECHANISM_STATUSES);
    Params.oneOf("pillar", pillar, repository.ids("Pillar"));
    Params.oneOf("area", area, repository.ids("Area"));
    Params.oneOf("partner", partner, repository.ids("Partner"));
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("pillar", pillar);
    filters.put("area", area);
    filters.put("partner", partner);
    filters.put("asOf", asOf);
    filters.put("status", status);
    filters.values().removeIf(v -> v == null);
    var list = repository.mechanisms(pillar, area, partner, asOf, status);
    return new Mechanisms(filters, list.size(), list);
  }

  MechanismDetail mechanism(String id) {
    Record r =
        repository
            .detail("Mechanism", id)
            .orElseThrow(() -> new NotFoundException("mechanism", id));
    Value p = r.get("props");
    List<Link> links = r.get("links").asList(Link::of);
    return new MechanismDetail(
        p.get("id").asString(),
        p.get("name").asString(),
        p.get("acronym").asString(null),
        p.get("aliases").isNull() ? List.of() : p.get("aliases").asList(Value::asString),
        p.get("kind").asString(null),
        CatalogRepository.integer(p.get("established")),
        CatalogRepository.integer(p.get("ended")),
        p.get("status").asString(null),
        p.get("description").asString(null),
        Citation.of(r.get("citation")),
        CatalogRepository.conflicts(p),
        select(links, l -> l.type().equals("UNDER_PILLAR")),
        select(links, l -> PARTNER_TYPES.contains(l.type())),
        select(links, l -> l.type().equals("PERFORMS")),
        select(links, l -> l.type().equals("FOCUSES_ON")),
        select(links, l -> isMechanismLink(l) && l.direction().equals("out")),
        select(links, l -> isMechanismLink(l) && l.direction().equals("in")));
  }

  private static boolean isMechanismLink(Link l) {
    return !PARTNER_TYPES.contains(l.type())
        && !Set.of("UNDER_PILLAR", "PERFORMS", "FOCUSES_ON").contains(l.type());
  }

  List<PartnerSummary> partners(String kind, Boolean memberState) {
    Params.oneOf("kind", kind, Vocabulary.PARTNER_KINDS);
    return repository.partners(kind, memberState);
  }

  PartnerDetail partner(String id) {
    Record r =
        repository.detail("Partner", id).orElseThrow(() -> new NotFoundException("partner", id));
    Value p = r.get("props");
    List<Link> links = r.get("links").asList(Link::of);
    return new PartnerDetail(
        p.get("id").asString(),
        p.get("name").asString(),
        p.get("acronym").asString(null),
        p.get("aliases").isNull() ? List.of() : p.get("aliases").asList(Value::asString),
        p.get("kind").asString(null),
        r.get("memberState").asBoolean(),
        p.get("description").asString(null),
        Citation.of(r.get("citation")),
        select(links, l -> PARTNER_TYPES.contains(l.type())),
        select(links, l -> l.type().equals("PERFORMS")),
        select(links, l -> !PARTNER_TYPES.contains(l.type()) && !l.type().equals("PERFORMS")));
  }

  List<Item> pillars() {
    return repository.items("Pillar", "UNDER_PILLAR");
  }

  List<Item> roles() {
    return repository.items("ResponseRole", "PERFORMS");
  }

  List<Item> areas() {
    return repository.items("Area", "FOCUSES_ON");
  }

  List<SourceItem> sources() {
    return repository.sources();
  }

  Graph graph(Integer asOf) {
    Params.year("asOf", asOf);
    var nodes = repository.graphNodes(asOf);
    var rels =
        repository.graphRelationships(asOf, RelType.linkage().stream().map(Enum::name).toList());
    return new Graph(asOf, nodes.size(), rels.size(), nodes, rels);
  }

  private static List<Link> select(List<Link> links, Predicate<Link> which) {
    return links.stream().filter(which).toList();
  }
}
