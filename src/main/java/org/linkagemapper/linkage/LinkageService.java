package org.linkagemapper.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.linkage.LinkageAnswers.BoundedPaths;
import org.linkagemapper.linkage.LinkageAnswers.IncidentView;
import org.linkagemapper.linkage.LinkageAnswers.Neighbour;
import org.linkagemapper.linkage.LinkageAnswers.Neighbourhood;
import org.linkagemapper.linkage.LinkageAnswers.Participant;
import org.linkagemapper.linkage.LinkageAnswers.PathView;
import org.linkagemapper.linkage.LinkageAnswers.Phase;
import org.linkagemapper.linkage.LinkageAnswers.RoleRef;
import org.linkagemapper.linkage.LinkageAnswers.ScenarioSummary;
import org.linkagemapper.linkage.LinkageAnswers.ShortestPaths;
import org.linkagemapper.linkage.LinkageAnswers.Step;
import org.linkagemapper.linkage.LinkageAnswers.StepSource;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.GraphReads;
import org.linkagemapper.system.NotFoundException;
import org.linkagemapper.system.Params;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Answers path and linkage questions: the shortest routes between two actors, every route up to a
 * bound, one actor's neighbourhood and who takes part, phase by phase, in an incident scenario.
 */
@Service
public class LinkageService {

  static final int MAX_K = 10;
  static final int SHORTEST_DEFAULT_DEPTH = 6;
  static final int SHORTEST_MAX_DEPTH = 10;
  static final int PATHS_DEFAULT_DEPTH = 4;
  static final int PATHS_MAX_DEPTH = 6;
  static final int PATHS_DEFAULT_LIMIT = 25;
  static final int PATHS_MAX_LIMIT = 200;

  private final GraphReads reads;
  private final GraphVocabulary vocabulary;

  LinkageService(GraphReads reads, GraphVocabulary vocabulary) {
    this.reads = reads;
    this.vocabulary = vocabulary;
  }

  /** Parses and checks the shared filters; types default to those joining actor to actor. */
  public PathFilter filter(
      String types,
      String kinds,
      String phase,
      Integer asOf,
      String exclude,
      String direction,
      List<String> defaults) {
    return PathFilter.parse(
        vocabulary.current(), types, kinds, phase, asOf, exclude, direction, defaults);
  }

  public ShortestPaths shortest(
      String from, String to, Integer k, Integer maxDepth, PathFilter filter) {
    int paths = Params.bounded("k", k, 1, 1, MAX_K);
    int depth = Params.bounded("maxDepth", maxDepth, SHORTEST_DEFAULT_DEPTH, 1, SHORTEST_MAX_DEPTH);
    checkEndpoints(from, to, filter);
    if (paths == 1) {
      // One shortest path: Neo4j's SHORTEST with the filters inside the pattern.
      Map<String, Object> params = parameters(filter, from, to);
      Record r =
          reads.read(
              LinkageQueries.shortest(filter.direction(), filter.types(), depth),
              params,
              result -> result.single());
      if (!r.get("fromFound").asBoolean()) {
        throw new NotFoundException("actor", from);
      }
      if (!r.get("toFound").asBoolean()) {
        throw new NotFoundException("actor", to);
      }
      List<PathView> views = r.get("paths").asList(v -> pathView(v));
      return new ShortestPaths(from, to, paths, depth, filter.describe(), views);
    }
    // k shortest simple paths: Yen's algorithm on the filtered subgraph.
    requireActor(from);
    requireActor(to);
    Subgraph subgraph = subgraph(filter, from, to);
    return new ShortestPaths(
        from, to, paths, depth, filter.describe(), subgraph.shortestPaths(from, to, paths, depth));
  }

  public BoundedPaths paths(
      String from, String to, Integer maxDepth, Integer limit, PathFilter filter) {
    int depth = Params.bounded("maxDepth", maxDepth, PATHS_DEFAULT_DEPTH, 1, PATHS_MAX_DEPTH);
    int max = Params.bounded("limit", limit, PATHS_DEFAULT_LIMIT, 1, PATHS_MAX_LIMIT);
    checkEndpoints(from, to, filter);
    requireActor(from);
    requireActor(to);
    // One more than asked for tells whether the limit cut the answer.
    List<PathView> found = subgraph(filter, from, to).shortestPaths(from, to, max + 1, depth);
    boolean truncated = found.size() > max;
    List<PathView> paths = truncated ? found.subList(0, max) : found;
    return new BoundedPaths(
        from, to, depth, max, truncated, paths.size(), filter.describe(), paths);
  }

  public Neighbourhood neighbourhood(String id, Integer depth, PathFilter filter) {
    int hops = Params.bounded("depth", depth, 1, 1, 3);
    NodeRef actor = requireActor(id);
    Subgraph subgraph = subgraph(filter, id, id);
    Map<String, Integer> distance = subgraph.distances(id, hops);
    List<Neighbour> nodes = new ArrayList<>();
    nodes.add(new Neighbour(actor, 0));
    distance.forEach(
        (n, d) -> {
          if (d > 0) {
            nodes.add(new Neighbour(subgraph.node(n), d));
          }
        });
    nodes.sort(Comparator.comparingInt(Neighbour::distance).thenComparing(n -> n.node().id()));
    List<Step> relationships =
        subgraph.steps().stream()
            .filter(s -> distance.containsKey(s.from()) && distance.containsKey(s.to()))
            .filter(s -> Math.min(distance.get(s.from()), distance.get(s.to())) < hops)
            .filter(s -> reachesAlong(filter.direction(), distance, s))
            .toList();
    return new Neighbourhood(actor, hops, filter.describe(), nodes, relationships);
  }

  /** With a direction, a relationship belongs to the walk only if it points outward (or inward). */
  private static boolean reachesAlong(
      PathFilter.Direction direction, Map<String, Integer> distance, Step s) {
    return switch (direction) {
      case BOTH -> true;
      case OUT -> distance.get(s.to()) <= distance.get(s.from()) + 1;
      case IN -> distance.get(s.from()) <= distance.get(s.to()) + 1;
    };
  }

  public List<ScenarioSummary> scenarios() {
    return reads.read(LinkageQueries.SCENARIOS, Map.of(), result -> result.list(this::scenario));
  }

  public IncidentView incident(String scenarioId, Integer asOf) {
    Params.year("asOf", asOf);
    ScenarioSummary scenario =
        scenarios().stream()
            .filter(s -> s.id().equals(scenarioId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("scenario", scenarioId));
    String state = scenario.affectedState().id();
    Map<String, Object> params = new HashMap<>();
    params.put("scenario", scenarioId);
    params.put("asOf", asOf);
    List<Record> performers =
        reads.read(LinkageQueries.PERFORMERS, params, result -> result.list());
    // Distances from the affected state over every link between actors, as the architecture stood.
    PathFilter links =
        new PathFilter(
            PathFilter.ACTOR_TYPES.stream().filter(vocabulary.current().types()::contains).toList(),
            List.of(),
            null,
            asOf,
            List.of(),
            PathFilter.Direction.BOTH);
    Subgraph subgraph = subgraph(links, state, state);
    Map<String, Integer> distance = subgraph.distances(state, -1);

    Map<String, Map<String, Participant>> byPhase = new LinkedHashMap<>();
    Vocabulary.PHASES.forEach(p -> byPhase.put(p, new LinkedHashMap<>()));
    Set<String> covered = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    for (Record r : performers) {
      String actor = r.get("actor").asString();
      String phase = r.get("phase").asString();
      covered.add(r.get("role").asString());
      actors.add(actor);
      Participant existing = byPhase.get(phase).get(actor);
      List<String> roles = new ArrayList<>(existing == null ? List.of() : existing.roles());
      roles.add(r.get("role").asString());
      List<Step> performs = new ArrayList<>(existing == null ? List.of() : existing.performs());
      performs.add(Step.of(r.get("step")));
      List<String> pillars = r.get("pillars").asList(Value::asString);
      NodeRef node = existing != null ? existing.node() : actorRef(actor, subgraph);
      byPhase
          .get(phase)
          .put(
              actor,
              new Participant(
                  node,
                  lane(node, pillars),
                  pillars,
                  roles,
                  distance.get(actor),
                  distance.containsKey(actor) ? subgraph.route(state, actor) : List.of(),
                  performs));
    }
    List<Phase> phases = new ArrayList<>();
    byPhase.forEach(
        (phase, participants) -> {
          List<Participant> ordered = new ArrayList<>(participants.values());
          ordered.sort(
              Comparator.comparing(
                      (Participant p) -> p.distance() == null ? Integer.MAX_VALUE : p.distance())
                  .thenComparing(p -> p.node().id()));
          phases.add(new Phase(phase, ordered));
        });
    Set<String> members = new LinkedHashSet<>(actors);
    members.add(state);
    List<Step> among =
        subgraph.steps().stream()
            .filter(s -> members.contains(s.from()) && members.contains(s.to()))
            .toList();
    List<RoleRef> uncovered =
        scenario.roles().stream().filter(role -> !covered.contains(role.id())).toList();
    List<String> unreachable =
        actors.stream().filter(a -> !distance.containsKey(a)).sorted().toList();
    return new IncidentView(scenario, asOf, phases, among, uncovered, unreachable);
  }

  private NodeRef actorRef(String id, Subgraph subgraph) {
    NodeRef ref = subgraph.node(id);
    return ref != null ? ref : requireActor(id);
  }

  /** The lane a participant is drawn in: its pillar, or the kind of partner it is. */
  static String lane(NodeRef node, List<String> pillars) {
    if (!pillars.isEmpty()) {
      return pillars.get(0);
    }
    if (node.labels().contains("MemberState")) {
      return "member-states";
    }
    return node.labels().contains("Partner") ? "partners" : "external";
  }

  private ScenarioSummary scenario(Record r) {
    Value s = r.get("scenario");
    List<RoleRef> roles =
        r.get("roles")
            .asList(
                v ->
                    new RoleRef(
                        v.get("id").asString(),
                        v.get("name").asString(),
                        v.get("phase").asString()));
    return new ScenarioSummary(
        s.get("id").asString(),
        s.get("name").asString(),
        s.get("description").asString(null),
        new NodeRef(
            r.get("stateId").asString(),
            r.get("stateName").asString(),
            null,
            List.of("Partner", "MemberState")),
        roles,
        new StepSource(
            r.get("sourceId").asString(null),
            r.get("sourceTitle").asString(null),
            s.get("locator").asString(null)));
  }

  private void checkEndpoints(String from, String to, PathFilter filter) {
    if (from == null || from.isBlank()) {
      throw new BadParameterException("from", from, "expected the id of an actor, such as japan");
    }
    if (to == null || to.isBlank()) {
      throw new BadParameterException("to", to, "expected the id of an actor, such as asean-certs");
    }
    if (from.equals(to)) {
      throw new BadParameterException("to", to, "expected an actor other than 'from'");
    }
    if (filter.exclude().contains(from) || filter.exclude().contains(to)) {
      throw new BadParameterException(
          "exclude", String.join(",", filter.exclude()), "cannot exclude an endpoint of the path");
    }
  }

  private NodeRef requireActor(String id) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("asOf", null);
    return reads.read(
        LinkageQueries.ACTOR,
        params,
        result ->
            result.list().stream()
                .findFirst()
                .map(r -> NodeRef.of(r.get("node")))
                .orElseThrow(() -> new NotFoundException("actor", id)));
  }

  private Subgraph subgraph(PathFilter filter, String from, String to) {
    Map<String, Object> params = parameters(filter, from, to);
    return reads.read(
        LinkageQueries.subgraph(filter.types()),
        params,
        result -> {
          Subgraph subgraph = new Subgraph(filter.direction());
          result.forEachRemaining(
              r ->
                  subgraph.add(
                      NodeRef.of(r.get("fromNode")), NodeRef.of(r.get("toNode")), Step.of(r)));
          return subgraph;
        });
  }

  private static Map<String, Object> parameters(PathFilter filter, String from, String to) {
    Map<String, Object> params = filter.parameters();
    params.put("from", from);
    params.put("to", to);
    params.put("endpoints", List.of(from, to));
    return params;
  }

  private static PathView pathView(Value v) {
    List<NodeRef> nodes = v.get("nodes").asList(NodeRef::of);
    List<Step> steps = new ArrayList<>();
    List<Value> raw = v.get("steps").asList(x -> x);
    for (int i = 0; i < raw.size(); i++) {
      Step step = Step.of(raw.get(i));
      steps.add(step.walked(!step.from().equals(nodes.get(i).id())));
    }
    return new PathView(steps.size(), nodes, steps);
  }
}
