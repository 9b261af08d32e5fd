package org.linkagemapper.diagram;

import static org.linkagemapper.graph.Temporal.nodeExisted;
import static org.linkagemapper.graph.Temporal.relationshipHeld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.RelType;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.linkage.LinkageAnswers.IncidentView;
import org.linkagemapper.linkage.LinkageAnswers.Neighbourhood;
import org.linkagemapper.linkage.LinkageAnswers.Participant;
import org.linkagemapper.linkage.LinkageAnswers.PathView;
import org.linkagemapper.linkage.LinkageAnswers.Phase;
import org.linkagemapper.linkage.LinkageAnswers.Step;
import org.linkagemapper.linkage.LinkageService;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.GraphReads;
import org.linkagemapper.system.Params;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Turns each view the service answers (the whole graph, an incident scenario, an actor's
 * neighbourhood, a path answer) into a {@link Diagram}: the same questions, asked through the same
 * services and filters as the JSON API, so a figure never shows something the API would not.
 */
@Component
class DiagramViews {

  /**
   * The types joining actor to actor: what path diagrams follow by default, as {@code /api/paths}
   * does.
   */
  static final List<String> ACTOR_TYPES =
      RelType.curated().stream()
          .filter(
              t ->
                  Set.of(NodeLabel.MECHANISM, NodeLabel.PARTNER).containsAll(t.from())
                      && Set.of(NodeLabel.MECHANISM, NodeLabel.PARTNER).containsAll(t.to()))
          .map(Enum::name)
          .toList();

  private static final String NODES =
      """
      MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Scenario AND ($ids IS NULL OR n.id IN $ids) AND (%s OR $ids IS NOT NULL)
      RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.description AS description, n.kind AS kind, n.level AS level,
             [l IN labels(n) WHERE l <> 'Entity'] AS labels,
             COLLECT { MATCH (n)-[u:UNDER_PILLAR]->(p:Pillar) WHERE %s RETURN p.id ORDER BY p.id } AS pillars
      ORDER BY id"""
          .formatted(nodeExisted("n"), relationshipHeld("u"));

  private static final String RELATIONSHIPS =
      """
      MATCH (a:Entity)-[r]->(b:Entity)
      WHERE type(r) IN $types AND %s AND %s AND %s
      RETURN a.id AS from, b.id AS to, type(r) AS type, r.kind AS kind, r.since AS since, r.until AS until,
             r.source AS source, r.locator AS locator, coalesce(r.disputed, false) AS disputed
      ORDER BY from, type, to, kind, source, locator"""
          .formatted(relationshipHeld("r"), nodeExisted("a"), nodeExisted("b"));

  private static final String SOURCES =
      """
      MATCH (s:Source) WHERE s.id IN $ids
      RETURN s.id AS id, s.title AS title, s.year AS year, s.url AS url, s.publisher AS publisher ORDER BY id""";

  private final LinkageService linkage;
  private final GraphReads reads;

  DiagramViews(LinkageService linkage, GraphReads reads) {
    this.linkage = linkage;
    this.reads = reads;
  }

  /** What a node needs for drawing: its names, labels and pillars. */
  record Info(
      String id,
      String name,
      String acronym,
      String description,
      String kind,
      String level,
      List<String> labels,
      List<String> pillars) {

    String label() {
      return acronym != null && !acronym.isBlank() ? acronym : name;
    }
  }

  // ---------------------------------------------------------------- the whole graph

  Diagram graph(Integer asOf, Diagram.LaneMode lanes, Set<String> highlight) {
    Params.year("asOf", asOf);
    requireLanes(lanes, "graph");
    Map<String, Info> infos = infos(null, asOf);
    List<Fact> facts = facts(RelType.linkage().stream().map(Enum::name).toList(), asOf);
    List<Diagram.Node> nodes =
        infos.values().stream()
            .map(i -> node(i, lanes, null, List.of(), List.of(), false, false))
            .toList();
    String title = "The linkage graph" + (asOf == null ? "" : ", as of " + asOf);
    List<String> subtitle =
        List.of(
            "Every mechanism, partner, pillar, response role and area, with the links among them");
    return assemble("graph", title, subtitle, lanes, nodes, facts, highlight, false);
  }

  // ---------------------------------------------------------------- an incident scenario

  Diagram incident(String scenario, Integer asOf, Diagram.LaneMode lanes, Set<String> highlight) {
    IncidentView view = linkage.incident(scenario, asOf);
    String state = view.scenario().affectedState().id();
    Map<String, List<String>> phases = new LinkedHashMap<>();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    Map<String, Participant> participants = new TreeMap<>();
    Map<String, String> roleNames = new HashMap<>();
    view.scenario().roles().forEach(r -> roleNames.put(r.id(), r.name()));
    for (Phase phase : view.phases()) {
      for (Participant p : phase.actors()) {
        participants.putIfAbsent(p.node().id(), p);
        phases.computeIfAbsent(p.node().id(), k -> new ArrayList<>()).add(phase.phase());
        p.roles()
            .forEach(
                r ->
                    roles
                        .computeIfAbsent(p.node().id(), k -> new ArrayList<>())
                        .add(roleNames.getOrDefault(r, r)));
      }
    }
    Set<String> ids = new TreeSet<>(participants.keySet());
    ids.add(state);
    Map<String, Info> infos = infos(ids, asOf);
    Set<String> unreachable = new TreeSet<>(view.unreachable());
    List<Diagram.Node> nodes = new ArrayList<>();
    for (String id : ids) {
      Info info = infos.get(id);
      Participant p = participants.get(id);
      List<String> acts =
          phases.getOrDefault(id, List.of()).stream()
              .distinct()
              .sorted(Comparator.comparingInt(Vocabulary.PHASES::indexOf))
              .toList();
      String lane =
          switch (lanes) {
            case PILLAR ->
                p != null ? p.lane() : DiagramStyle.pillarLane(id, info.labels(), info.pillars());
            case PHASE -> id.equals(state) ? "affected" : acts.get(0);
            case NONE, GRID -> "all";
          };
      Integer rank = id.equals(state) ? Integer.valueOf(0) : p.distance();
      nodes.add(
          new Diagram.Node(
              id,
              info.label(),
              info.name(),
              DiagramStyle.boxKey(info.labels(), info.pillars()),
              lane,
              rank,
              acts,
              roles.getOrDefault(id, List.of()),
              info.description(),
              id.equals(state),
              unreachable.contains(id),
              null));
    }
    List<Fact> facts = view.links().stream().map(DiagramViews::fact).toList();
    List<String> subtitle = new ArrayList<>();
    subtitle.add(
        "Who links to whom when %s is affected%s: %d actors in %s lanes, links as recorded in the sources"
            .formatted(
                view.scenario().affectedState().name(),
                asOf == null ? "" : ", as the architecture stood in " + asOf,
                participants.size(),
                lanes == Diagram.LaneMode.PHASE
                    ? "phase"
                    : lanes == Diagram.LaneMode.PILLAR ? "pillar" : "no"));
    subtitle.add(
        "Roles activated: "
            + String.join(
                ", ",
                view.scenario().roles().stream()
                    .sorted(
                        Comparator.comparingInt(
                                (org.linkagemapper.linkage.LinkageAnswers.RoleRef r) ->
                                    Vocabulary.PHASES.indexOf(r.phase()))
                            .thenComparing(r -> r.id()))
                    .map(r -> r.name() + " (" + r.phase() + ")")
                    .toList()));
    if (!view.uncoveredRoles().isEmpty()) {
      subtitle.add(
          "No actor performs: "
              + String.join(", ", view.uncoveredRoles().stream().map(r -> r.name()).toList()));
    }
    return assemble(
        "incidents/" + scenario,
        view.scenario().name(),
        subtitle,
        lanes,
        nodes,
        facts,
        highlight,
        true);
  }

  /**
   * The paper figure of an incident: the focus {@link PaperFigure} picks, in a grid of phase
   * columns and level rows, every link among the drawn actors with its numbered sources.
   */
  Diagram paperIncident(String scenario, Integer asOf, Set<String> highlight) {
    IncidentView view = linkage.incident(scenario, asOf);
    PaperFigure.Focus focus = PaperFigure.focus(view);
    Map<String, Info> infos = infos(focus.column().keySet(), asOf);
    List<Fact> facts =
        facts(ACTOR_TYPES, asOf).stream()
            .filter(f -> focus.column().containsKey(f.from()) && focus.column().containsKey(f.to()))
            .toList();
    return assemble(
        "incidents/" + scenario,
        view.scenario().name(),
        PaperFigure.subtitle(view, focus, asOf),
        Diagram.LaneMode.GRID,
        PaperFigure.nodes(focus, infos),
        facts,
        highlight,
        false);
  }

  // ---------------------------------------------------------------- one actor's neighbourhood

  Diagram neighbourhood(
      String id, Map<String, String> p, Diagram.LaneMode lanes, Set<String> highlight) {
    requireLanes(lanes, "actors/" + id);
    Integer asOf = integer(p, "asOf");
    var filter =
        linkage.filter(
            p.get("types"),
            p.get("kinds"),
            null,
            asOf,
            null,
            p.get("direction"),
            RelType.linkage().stream().map(Enum::name).toList());
    Neighbourhood answer = linkage.neighbourhood(id, integer(p, "depth"), filter);
    Map<String, Integer> rank = new LinkedHashMap<>();
    answer.nodes().forEach(n -> rank.put(n.node().id(), n.distance()));
    Map<String, Info> infos = infos(rank.keySet(), asOf);
    List<Diagram.Node> nodes =
        rank.keySet().stream()
            .sorted()
            .map(
                n ->
                    node(
                        infos.get(n),
                        lanes,
                        rank.get(n),
                        List.of(),
                        List.of(),
                        n.equals(id),
                        false))
            .toList();
    List<Fact> facts = answer.relationships().stream().map(DiagramViews::fact).toList();
    Info actor = infos.get(id);
    String title =
        "Linkages of "
            + actor.label()
            + (actor.label().equals(actor.name()) ? "" : " (" + actor.name() + ")");
    List<String> subtitle =
        List.of(
            "Everything within %d hop%s%s"
                .formatted(
                    answer.depth(),
                    answer.depth() == 1 ? "" : "s",
                    asOf == null ? "" : ", as of " + asOf));
    return assemble("actors/" + id, title, subtitle, lanes, nodes, facts, highlight, false);
  }

  // ---------------------------------------------------------------- path answers

  Diagram paths(
      boolean shortest, Map<String, String> p, Diagram.LaneMode lanes, Set<String> highlight) {
    String view = shortest ? "paths/shortest" : "paths";
    requireLanes(lanes, view);
    Integer asOf = integer(p, "asOf");
    var filter =
        linkage.filter(
            p.get("types"),
            p.get("kinds"),
            p.get("phase"),
            asOf,
            p.get("exclude"),
            p.get("direction"),
            ACTOR_TYPES);
    String from = p.get("from");
    String to = p.get("to");
    List<PathView> found;
    String summary;
    if (shortest) {
      var answer = linkage.shortest(from, to, integer(p, "k"), integer(p, "maxDepth"), filter);
      found = answer.paths();
      summary =
          "%s shortest path%s"
              .formatted(
                  answer.k() == 1 ? "The" : "The " + found.size(), found.size() == 1 ? "" : "s");
    } else {
      var answer = linkage.paths(from, to, integer(p, "maxDepth"), integer(p, "limit"), filter);
      found = answer.paths();
      summary =
          "%d path%s of up to %d hops%s"
              .formatted(
                  found.size(),
                  found.size() == 1 ? "" : "s",
                  answer.maxDepth(),
                  answer.truncated() ? " (the first " + answer.limit() + "; more exist)" : "");
    }
    Map<String, Integer> rank = new TreeMap<>();
    List<Fact> facts = new ArrayList<>();
    for (PathView path : found) {
      for (int i = 0; i < path.nodes().size(); i++) {
        rank.merge(path.nodes().get(i).id(), i, Math::min);
      }
      path.steps().forEach(s -> facts.add(fact(s)));
    }
    rank.putIfAbsent(from, 0);
    rank.putIfAbsent(to, Integer.MAX_VALUE / 2);
    Map<String, Info> infos = infos(rank.keySet(), asOf);
    List<Diagram.Node> nodes =
        rank.keySet().stream()
            .map(
                n ->
                    node(
                        infos.get(n),
                        lanes,
                        rank.get(n),
                        List.of(),
                        List.of(),
                        n.equals(from) || n.equals(to),
                        false))
            .toList();
    Info a = infos.get(from);
    Info b = infos.get(to);
    String title = "Paths from %s to %s".formatted(a.label(), b.label());
    List<String> subtitle =
        List.of(
            summary
                + (asOf == null ? "" : ", as of " + asOf)
                + (found.isEmpty() ? ": none found" : ""));
    return assemble(view, title, subtitle, lanes, nodes, facts, highlight, false);
  }

  // ---------------------------------------------------------------- shared

  /**
   * Every stored relationship of {@code types} that held in {@code asOf} (or now), in a stable
   * order.
   */
  private List<Fact> facts(List<String> types, Integer asOf) {
    Map<String, Object> params = new HashMap<>();
    params.put("asOf", asOf);
    params.put("types", types);
    return reads.read(
        RELATIONSHIPS,
        params,
        result ->
            result.list(
                r ->
                    new Fact(
                        r.get("from").asString(),
                        r.get("to").asString(),
                        r.get("type").asString(),
                        r.get("kind").asString(null),
                        integer(r.get("since")),
                        integer(r.get("until")),
                        r.get("disputed").asBoolean(),
                        r.get("source").asString(null),
                        r.get("locator").asString(null))));
  }

  /** One stored relationship, before parallel facts are merged into one edge. */
  private record Fact(
      String from,
      String to,
      String type,
      String kind,
      Integer since,
      Integer until,
      boolean disputed,
      String source,
      String locator) {}

  private static Fact fact(Step s) {
    return new Fact(
        s.from(),
        s.to(),
        s.type(),
        s.kind(),
        s.since(),
        s.until(),
        Boolean.TRUE.equals(s.disputed()),
        s.source() == null ? null : s.source().id(),
        s.source() == null ? null : s.source().locator());
  }

  private static void requireLanes(Diagram.LaneMode lanes, String view) {
    if (lanes == Diagram.LaneMode.PHASE) {
      throw new BadParameterException(
          "lanes",
          "phase",
          "phase lanes exist only for incident views (incidents/{scenario}); "
              + view
              + " takes pillar or none",
          List.of("pillar", "none"));
    }
  }

  private static Diagram.Node node(
      Info info,
      Diagram.LaneMode lanes,
      Integer rank,
      List<String> phases,
      List<String> roles,
      boolean emphasised,
      boolean detached) {
    String lane =
        lanes == Diagram.LaneMode.NONE
            ? "all"
            : DiagramStyle.pillarLane(info.id(), info.labels(), info.pillars());
    return new Diagram.Node(
        info.id(),
        info.label(),
        info.name(),
        DiagramStyle.boxKey(info.labels(), info.pillars()),
        lane,
        rank,
        phases,
        roles,
        info.description(),
        emphasised,
        detached,
        null);
  }

  private Map<String, Info> infos(Set<String> ids, Integer asOf) {
    Map<String, Object> params = new HashMap<>();
    params.put("ids", ids == null ? null : List.copyOf(ids));
    params.put("asOf", asOf);
    Map<String, Info> infos = new LinkedHashMap<>();
    reads.read(
        NODES,
        params,
        result -> {
          result.forEachRemaining(
              r ->
                  infos.put(
                      r.get("id").asString(),
                      new Info(
                          r.get("id").asString(),
                          r.get("name").asString(r.get("id").asString()),
                          r.get("acronym").asString(null),
                          r.get("description").asString(null),
                          r.get("kind").asString(null),
                          r.get("level").asString(null),
                          r.get("labels").asList(Value::asString),
                          r.get("pillars").asList(Value::asString))));
          return null;
        });
    return infos;
  }

  /**
   * Merges parallel facts into edges, drops what the lanes already say (a mechanism's {@code
   * UNDER_PILLAR} to the pillar whose lane it sits in) and names the sources cited.
   */
  private Diagram assemble(
      String view,
      String title,
      List<String> subtitle,
      Diagram.LaneMode laneMode,
      List<Diagram.Node> nodes,
      List<Fact> facts,
      Set<String> highlight,
      boolean phaseStrip) {
    Map<String, Diagram.Node> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    for (String h : highlight) {
      if (!byId.containsKey(h)) {
        throw new BadParameterException("highlight", h, "expected ids of nodes drawn in this view");
      }
    }
    Map<String, List<Fact>> grouped = new TreeMap<>();
    for (Fact f : facts) {
      if (!byId.containsKey(f.from()) || !byId.containsKey(f.to())) {
        continue;
      }
      if (f.type().equals("UNDER_PILLAR")
          && laneMode == Diagram.LaneMode.PILLAR
          && byId.get(f.from()).lane().equals(f.to())) {
        continue;
      }
      String key =
          f.from()
              + "\u0000"
              + f.type()
              + "\u0000"
              + (f.kind() == null ? "" : f.kind())
              + "\u0000"
              + f.to();
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Diagram.Edge> edges = new ArrayList<>();
    Set<String> cited = new TreeSet<>(DiagramViews::naturalOrder);
    grouped
        .values()
        .forEach(
            group -> {
              Fact first = group.get(0);
              List<String> sources =
                  group.stream()
                      .map(Fact::source)
                      .filter(s -> s != null)
                      .distinct()
                      .sorted(DiagramViews::naturalOrder)
                      .toList();
              List<String> locators =
                  group.stream()
                      .map(f -> f.locator())
                      .filter(s -> s != null)
                      .distinct()
                      .sorted()
                      .toList();
              cited.addAll(sources);
              edges.add(
                  new Diagram.Edge(
                      first.from(),
                      first.to(),
                      first.type(),
                      first.kind(),
                      group.stream()
                          .map(Fact::since)
                          .filter(s -> s != null)
                          .min(Integer::compare)
                          .orElse(null),
                      group.stream()
                          .map(Fact::until)
                          .filter(s -> s != null)
                          .max(Integer::compare)
                          .orElse(null),
                      group.stream().anyMatch(Fact::disputed),
                      sources,
                      locators));
            });
    Map<String, Object> params = new HashMap<>();
    params.put("ids", List.copyOf(cited));
    Map<String, Diagram.SourceRef> found = new HashMap<>();
    reads.read(
        SOURCES,
        params,
        result -> {
          result.forEachRemaining(
              r ->
                  found.put(
                      r.get("id").asString(),
                      new Diagram.SourceRef(
                          r.get("id").asString(),
                          r.get("title").asString(""),
                          integer(r.get("year")),
                          r.get("url").asString(null),
                          r.get("publisher").asString(null))));
          return null;
        });
    List<Diagram.SourceRef> sources =
        cited.stream()
            .map(s -> found.getOrDefault(s, new Diagram.SourceRef(s, "", null, null, null)))
            .toList();
    List<String> order =
        switch (laneMode) {
          case PILLAR -> DiagramStyle.PILLAR_LANES;
          case PHASE, GRID -> DiagramStyle.PHASE_LANES;
          case NONE -> List.of("all");
        };
    Set<String> used = new LinkedHashSet<>();
    order.stream()
        .filter(l -> byId.values().stream().anyMatch(n -> n.lane().equals(l)))
        .forEach(used::add);
    // Lanes the fixed order does not know (a pillar added to the data) go last, by id.
    byId.values().stream()
        .map(Diagram.Node::lane)
        .filter(l -> !used.contains(l))
        .sorted()
        .forEach(used::add);
    List<Diagram.Lane> lanes = used.stream().map(DiagramStyle::lane).toList();
    List<Diagram.Node> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(Diagram.Node::id));
    return new Diagram(
        view,
        title,
        subtitle,
        laneMode,
        lanes,
        sorted,
        edges,
        sources,
        new TreeSet<>(highlight),
        phaseStrip,
        "");
  }

  /** {@code paper-fn2} before {@code paper-fn10}: numbers inside ids compare as numbers. */
  static int naturalOrder(String a, String b) {
    String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c =
          x[i].chars().allMatch(Character::isDigit)
                  && y[i].chars().allMatch(Character::isDigit)
                  && x[i].length() < 10
                  && y[i].length() < 10
              ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
              : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length) != 0
        ? Integer.compare(x.length, y.length)
        : a.compareTo(b);
  }

  private static Integer integer(Value v) {
    return v == null || v.isNull() ? null : v.asInt();
  }

  /** A whole-number parameter, or null when absent; anything else is a 400 naming it. */
  static Integer integer(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, value, "expected a whole number");
    }
  }
}
