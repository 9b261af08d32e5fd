package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;
import org.linkagemapper.graph.NodeLabel;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.graph.RelType;

/**
 * The part of the linkage graph the algorithms run on, read from Neo4j for one request: the actors
 * (mechanisms and partners, member states included) as vertices of an undirected JGraphT graph, one
 * edge per pair of actors holding every fact between them, and beside the graph what each actor
 * performs and focuses on. Pillars, roles, areas, sources and scenarios are not vertices: sharing a
 * pillar or an area is no channel through which two actors reach each other.
 */
final class Projection {

  /**
   * The relationship types that join two actors in the graph. A {@code LINKS_TO} of kind {@code
   * overlaps} is left out: it records that two mechanisms duplicate each other, not a channel
   * between them, and is kept apart as evidence for the overlap analysis.
   */
  static final Set<RelType> TIE_TYPES =
      EnumSet.of(
          RelType.PART_OF,
          RelType.REPORTS_TO,
          RelType.RENAMED_TO,
          RelType.ENGAGES,
          RelType.PARTICIPATES_IN,
          RelType.PROPOSED,
          RelType.HOSTS,
          RelType.FUNDS,
          RelType.CHAIRS,
          RelType.LINKS_TO);

  /** The {@code LINKS_TO} kind that records duplicated work. */
  static final String OVERLAPS = "overlaps";

  /** A mechanism or partner: a vertex. */
  record Actor(
      String id,
      String name,
      String acronym,
      List<String> labels,
      Integer established,
      Integer ended) {

    NodeRef ref() {
      return new NodeRef(id, name, acronym, labels);
    }

    boolean isMechanism() {
      return labels.contains(NodeLabel.MECHANISM.cypher());
    }

    boolean isMemberState() {
      return labels.contains(NodeLabel.MEMBER_STATE.cypher());
    }

    /** Whether both existed at the same time at some point (unknown years count as "always"). */
    boolean coexistedWith(Actor other) {
      int start =
          Math.max(
              established == null ? Integer.MIN_VALUE : established,
              other.established == null ? Integer.MIN_VALUE : other.established);
      int end =
          Math.min(
              ended == null ? Integer.MAX_VALUE : ended,
              other.ended == null ? Integer.MAX_VALUE : other.ended);
      return start <= end;
    }

    String shortName() {
      return acronym != null ? acronym : name;
    }
  }

  /** A response role (with its phase) or an area of cooperation. */
  record Topic(String id, String name, String acronym, String label, String phase) {

    NodeRef ref() {
      return new NodeRef(id, name, acronym, List.of(label));
    }
  }

  /** One edge: every fact recorded between two actors, {@code a} before {@code b} by id. */
  record Tie(String a, String b, List<Fact> facts) {

    String other(String id) {
      return a.equals(id) ? b : a;
    }
  }

  private final Integer asOf;
  private final Map<String, Actor> actors;
  private final Map<String, Topic> topics;
  private final Graph<String, Tie> graph;
  private final Map<String, List<Fact>> performs = new TreeMap<>();
  private final Map<String, List<Fact>> focuses = new TreeMap<>();
  private final Map<String, List<Fact>> performedBy = new TreeMap<>();
  private final List<Fact> recordedOverlaps = new ArrayList<>();
  private final int factCount;

  private Projection(
      Integer asOf, Collection<Actor> actors, Collection<Topic> topics, Collection<Fact> facts) {
    this.asOf = asOf;
    this.actors = new LinkedHashMap<>();
    actors.stream()
        .sorted((x, y) -> x.id().compareTo(y.id()))
        .forEach(a -> this.actors.put(a.id(), a));
    this.topics = new LinkedHashMap<>();
    topics.forEach(t -> this.topics.put(t.id(), t));
    Graph<String, Tie> g = new SimpleGraph<>(Tie.class);
    this.actors.keySet().forEach(g::addVertex);
    Map<String, List<Fact>> byPair = new TreeMap<>();
    int count = 0;
    for (Fact f : facts) {
      boolean actorsBothEnds = this.actors.containsKey(f.from()) && this.actors.containsKey(f.to());
      if (f.type().equals(RelType.PERFORMS.name())
          && this.actors.containsKey(f.from())
          && this.topics.containsKey(f.to())) {
        performs.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
        performedBy.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f);
      } else if (f.type().equals(RelType.FOCUSES_ON.name())
          && this.actors.containsKey(f.from())
          && this.topics.containsKey(f.to())) {
        focuses.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
      } else if (f.type().equals(RelType.LINKS_TO.name())
          && OVERLAPS.equals(f.kind())
          && actorsBothEnds) {
        recordedOverlaps.add(f);
      } else if (isTie(f.type()) && actorsBothEnds && !f.from().equals(f.to())) {
        byPair.computeIfAbsent(pairKey(f.from(), f.to()), k -> new ArrayList<>()).add(f);
      } else {
        continue;
      }
      count++;
    }
    byPair.forEach(
        (key, list) -> {
          String[] ends = key.split("\\|", 2);
          g.addEdge(ends[0], ends[1], new Tie(ends[0], ends[1], List.copyOf(list)));
        });
    this.graph = new AsUnmodifiableGraph<>(g);
    this.factCount = count;
  }

  /**
   * The projection of the given rows; facts whose ends are not among the actors and topics are
   * dropped.
   */
  static Projection of(
      Integer asOf, Collection<Actor> actors, Collection<Topic> topics, Collection<Fact> facts) {
    return new Projection(asOf, actors, topics, facts);
  }

  private static boolean isTie(String type) {
    return RelType.parse(type).map(TIE_TYPES::contains).orElse(false);
  }

  /** An order-independent key for the pair {@code x, y}. */
  static String pairKey(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  Integer asOf() {
    return asOf;
  }

  /** Undirected, one edge per linked pair of actors; read-only. */
  Graph<String, Tie> graph() {
    return graph;
  }

  Collection<Actor> actors() {
    return Collections.unmodifiableCollection(actors.values());
  }

  Actor actor(String id) {
    return actors.get(id);
  }

  boolean hasActor(String id) {
    return actors.containsKey(id);
  }

  /** The roles, in phase order as the database returned them. */
  List<Topic> roles() {
    return topics.values().stream()
        .filter(t -> t.label().equals(NodeLabel.RESPONSE_ROLE.cypher()))
        .toList();
  }

  List<Topic> areas() {
    return topics.values().stream().filter(t -> t.label().equals(NodeLabel.AREA.cypher())).toList();
  }

  Topic topic(String id) {
    return topics.get(id);
  }

  /** A reference to an actor, role or area. */
  NodeRef ref(String id) {
    Actor a = actors.get(id);
    if (a != null) {
      return a.ref();
    }
    Topic t = topics.get(id);
    return t == null ? new NodeRef(id, null, null, List.of()) : t.ref();
  }

  String shortName(String id) {
    NodeRef ref = ref(id);
    return ref.shortName() == null ? id : ref.shortName();
  }

  /** PERFORMS facts of one actor. */
  List<Fact> performs(String actor) {
    return performs.getOrDefault(actor, List.of());
  }

  /** PERFORMS facts pointing at one role. */
  List<Fact> performersOf(String role) {
    return performedBy.getOrDefault(role, List.of());
  }

  /** FOCUSES_ON facts of one mechanism. */
  List<Fact> focuses(String mechanism) {
    return focuses.getOrDefault(mechanism, List.of());
  }

  /** The {@code LINKS_TO {kind: 'overlaps'}} facts: duplication a source records. */
  List<Fact> recordedOverlaps() {
    return Collections.unmodifiableList(recordedOverlaps);
  }

  /** Every fact between two actors that makes them adjacent, or none. */
  List<Fact> factsBetween(String x, String y) {
    Tie tie = graph.containsVertex(x) && graph.containsVertex(y) ? graph.getEdge(x, y) : null;
    return tie == null ? List.of() : tie.facts();
  }

  /** The partners an actor is tied to (any tie type), with the facts. */
  Map<String, List<Fact>> partnersOf(String actor) {
    Map<String, List<Fact>> partners = new TreeMap<>();
    for (Tie tie : graph.edgesOf(actor)) {
      String other = tie.other(actor);
      if (!actors.get(other).isMechanism()) {
        partners.put(other, tie.facts());
      }
    }
    return partners;
  }

  /** Ids of the member states, sorted. */
  List<String> memberStates() {
    return actors.values().stream().filter(Actor::isMemberState).map(Actor::id).toList();
  }

  /**
   * The bodies each actor sits under: targets of its {@code PART_OF}, {@code REPORTS_TO} and {@code
   * RENAMED_TO} facts (a renamed body's children belong to its successor's family too).
   */
  Map<String, Set<String>> parents() {
    Map<String, Set<String>> parents = new TreeMap<>();
    for (Tie tie : graph.edgeSet()) {
      for (Fact f : tie.facts()) {
        if (f.type().equals(RelType.PART_OF.name())
            || f.type().equals(RelType.REPORTS_TO.name())
            || f.type().equals(RelType.RENAMED_TO.name())) {
          parents.computeIfAbsent(f.from(), k -> new LinkedHashSet<>()).add(f.to());
        }
      }
    }
    return parents;
  }

  /** What was projected, so every answer says what it counted. */
  AnalysisAnswers.ProjectionSummary summary() {
    return new AnalysisAnswers.ProjectionSummary(
        asOf,
        graph.vertexSet().size(),
        graph.edgeSet().size(),
        factCount,
        TIE_TYPES.stream().map(Enum::name).toList(),
        "Vertices are mechanisms and partners (member states included) that existed"
            + (asOf == null ? " at any time" : " in " + asOf)
            + "; an edge joins two of them when at least one relationship of the listed types held"
            + (asOf == null ? "" : " that year")
            + ". LINKS_TO of kind 'overlaps' is not an edge: it records duplication, not a channel.");
  }
}
