package org.linkagemapper.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.linkagemapper.analysis.AnalysisAnswers.Facets;
import org.linkagemapper.analysis.AnalysisAnswers.Overlap;
import org.linkagemapper.analysis.AnalysisAnswers.Scoring;
import org.linkagemapper.analysis.AnalysisAnswers.Shared;
import org.linkagemapper.analysis.Projection.Actor;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.graph.RelType;

/**
 * Pairs of mechanisms whose work overlaps: the areas they focus on, the response roles they perform
 * and the partners they work with, compared as a weighted Jaccard score; and whether anything in
 * the graph coordinates the two.
 */
final class OverlapAnalysis {

  static final double AREAS = 0.5;
  static final double ROLES = 0.3;
  static final double PARTNERS = 0.2;

  static final Scoring SCORING =
      new Scoring(
          orderedWeights(),
          "score = (0.5·J(areas) + 0.3·J(roles) + 0.2·J(partners)) / (sum of the weights of the facets used), where "
              + "J(X) = |shared| / |either| is the Jaccard similarity of the two mechanisms' sets of Areas (FOCUSES_ON), "
              + "ResponseRoles (PERFORMS; a role belongs to one incident phase, so a shared role is shared work in the same phase) "
              + "and Partners (any tie to a partner). A facet neither mechanism has anything recorded in is left out and the "
              + "weights renormalised, so two mechanisms with identical areas and nothing else recorded score 1.0.",
          "pairs of mechanisms that share at least one area or role (or that a source records as overlapping), that existed "
              + "at the same time, and that are not one body under two names (RENAMED_TO)",
          "linked: a LINKS_TO (any kind but 'overlaps'), PART_OF or REPORTS_TO between the two; sharedParent: the nearest "
              + "body both sit under through PART_OF/REPORTS_TO/RENAMED_TO; coordinated = linked or a shared parent. A "
              + "LINKS_TO of kind 'overlaps' is not coordination: it records the duplication itself and sets attested.",
          "attested overlaps first (a source records the duplication), then uncoordinated before coordinated (overlap "
              + "without coordination is the risk), then by score, then by the number of shared items");

  private OverlapAnalysis() {}

  private static Map<String, Double> orderedWeights() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("areas", AREAS);
    weights.put("roles", ROLES);
    weights.put("partners", PARTNERS);
    return weights;
  }

  /** How many pairs are candidates, and the best {@code limit} of them, ranked. */
  record Ranking(int candidates, List<Overlap> top) {}

  /**
   * The sort order of the answer, on the cheap numbers of a pair (mechanism indices in id order).
   */
  private static final Comparator<Scored> ORDER = OverlapAnalysis::compare;

  private static int compare(Scored x, Scored y) {
    if (x.attested() != y.attested()) {
      return x.attested() ? -1 : 1;
    }
    if (x.coordinated() != y.coordinated()) {
      return x.coordinated() ? 1 : -1;
    }
    int c = Double.compare(y.score(), x.score());
    if (c == 0) {
      c = Integer.compare(y.sharedCount(), x.sharedCount());
    }
    if (c == 0) {
      c = Integer.compare(x.a(), y.a());
    }
    return c != 0 ? c : Integer.compare(x.b(), y.b());
  }

  /**
   * Every candidate pair counted and the best {@code limit} ranked; {@code area} (nullable) keeps
   * pairs sharing that area. Candidates come from an inverted index (for each area and role, the
   * mechanisms holding it; for each mechanism, the ones a source records it overlapping), never
   * from all pairs; each is scored on sorted int arrays, and only the {@code limit} kept are
   * explained with their facts.
   */
  static Ranking rank(Projection p, String area, int limit) {
    Adjacency adjacency = Adjacency.of(p);
    Profiles f = Profiles.of(p, adjacency);
    int m = f.mechanisms.size();
    Map<String, List<Fact>> attested = new HashMap<>();
    List<Set<Integer>> attestedWith = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      attestedWith.add(new HashSet<>());
    }
    for (Fact fact : p.recordedOverlaps()) {
      attested
          .computeIfAbsent(Projection.pairKey(fact.from(), fact.to()), k -> new ArrayList<>())
          .add(fact);
      Integer x = f.index.get(fact.from());
      Integer y = f.index.get(fact.to());
      if (x != null && y != null) {
        attestedWith.get(x).add(y);
        attestedWith.get(y).add(x);
      }
    }
    Ancestry ancestry = new Ancestry(p, adjacency);
    int areaIndex = area == null ? -1 : f.topicIndex.getOrDefault(area, -2);

    PriorityQueue<Scored> best = new PriorityQueue<>(ORDER.reversed());
    int[] seen = new int[m];
    java.util.Arrays.fill(seen, -1);
    int count = 0;
    for (int i = 0; i < m; i++) {
      Budget.checkNow();
      List<int[]> lists = new ArrayList<>();
      if (areaIndex != -1) {
        if (areaIndex < 0 || java.util.Arrays.binarySearch(f.areas[i], areaIndex) < 0) {
          continue;
        }
        lists.add(f.holders.get(areaIndex));
      } else {
        for (int t : f.areas[i]) {
          lists.add(f.holders.get(t));
        }
        for (int t : f.roles[i]) {
          lists.add(f.holders.get(t));
        }
        lists.add(attestedWith.get(i).stream().mapToInt(Integer::intValue).sorted().toArray());
      }
      Actor a = f.mechanisms.get(i);
      for (int[] holders : lists) {
        for (int k = holders.length - 1; k >= 0 && holders[k] > i; k--) {
          int j = holders[k];
          if (seen[j] == i) {
            continue;
          }
          seen[j] = i;
          Budget.check();
          Actor b = f.mechanisms.get(j);
          boolean adjacent = adjacency.adjacent(f.vertex[i], f.vertex[j]);
          List<Fact> between = adjacent ? p.factsBetween(a.id(), b.id()) : List.of();
          if (!a.coexistedWith(b)
              || between.stream().anyMatch(x -> x.type().equals(RelType.RENAMED_TO.name()))) {
            continue;
          }
          boolean recorded = attestedWith.get(i).contains(j);
          int sharedAreas = common(f.areas[i], f.areas[j]);
          int sharedRoles = common(f.roles[i], f.roles[j]);
          if (sharedAreas == 0 && sharedRoles == 0 && !recorded) {
            continue;
          }
          int sharedPartners = common(f.partners[i], f.partners[j]);
          double score =
              score(
                  jaccard(sharedAreas, f.areas[i].length, f.areas[j].length),
                  jaccard(sharedRoles, f.roles[i].length, f.roles[j].length),
                  jaccard(sharedPartners, f.partners[i].length, f.partners[j].length));
          int shared = sharedAreas + sharedRoles + sharedPartners;
          count++;
          // Full ranking already: a pair that would not make it even uncoordinated (its best case)
          // is dropped before the costlier coordination check.
          if (best.size() >= limit
              && compare(new Scored(i, j, recorded, false, score, shared), best.peek()) >= 0) {
            continue;
          }
          boolean coordinated =
              between.stream().anyMatch(OverlapAnalysis::coordinates)
                  || ancestry.share(f.vertex[i], f.vertex[j]);
          Scored scored = new Scored(i, j, recorded, coordinated, score, shared);
          if (best.size() < limit) {
            best.add(scored);
          } else if (compare(scored, best.peek()) < 0) {
            best.poll();
            best.add(scored);
          }
        }
      }
    }
    List<Scored> top = new ArrayList<>(best);
    top.sort(ORDER);
    Map<String, Set<String>> parents = p.parents();
    List<Overlap> ranked = new ArrayList<>();
    for (Scored c : top) {
      ranked.add(
          explain(p, f.mechanisms.get(c.a()), f.mechanisms.get(c.b()), attested, parents)
              .toOverlap(ranked.size() + 1, p));
    }
    return new Ranking(count, ranked);
  }

  /** A candidate pair reduced to what orders it. */
  private record Scored(
      int a, int b, boolean attested, boolean coordinated, double score, int sharedCount) {}

  /**
   * Each mechanism's areas, roles and partners as sorted int arrays (topics and partners numbered),
   * and for each area and role the mechanisms holding it: the inverted index candidates come from.
   */
  private record Profiles(
      List<Actor> mechanisms,
      Map<String, Integer> index,
      int[] vertex,
      int[][] areas,
      int[][] roles,
      int[][] partners,
      Map<String, Integer> topicIndex,
      List<int[]> holders) {

    static Profiles of(Projection p, Adjacency adjacency) {
      List<Actor> mechanisms = p.actors().stream().filter(Actor::isMechanism).toList();
      Map<String, Integer> index = new HashMap<>();
      int[] vertex = new int[mechanisms.size()];
      for (int i = 0; i < mechanisms.size(); i++) {
        index.put(mechanisms.get(i).id(), i);
        vertex[i] = adjacency.index(mechanisms.get(i).id());
      }
      Map<String, Integer> topicIndex = new HashMap<>();
      Map<String, Integer> partnerIndex = new HashMap<>();
      List<List<Integer>> holding = new ArrayList<>();
      int[][] areas = new int[mechanisms.size()][];
      int[][] roles = new int[mechanisms.size()][];
      int[][] partners = new int[mechanisms.size()][];
      for (int i = 0; i < mechanisms.size(); i++) {
        String id = mechanisms.get(i).id();
        areas[i] = numbered(firstByTarget(p.focuses(id)).keySet(), "area:", topicIndex, holding, i);
        roles[i] =
            numbered(firstByTarget(p.performs(id)).keySet(), "role:", topicIndex, holding, i);
        partners[i] = numbered(p.partnersOf(id).keySet(), "", partnerIndex, null, i);
      }
      // The same key for an area id as the one a request names.
      Map<String, Integer> areaIndex = new HashMap<>();
      topicIndex.forEach(
          (k, v) -> {
            if (k.startsWith("area:")) {
              areaIndex.put(k.substring(5), v);
            }
          });
      List<int[]> holders =
          holding.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
      return new Profiles(mechanisms, index, vertex, areas, roles, partners, areaIndex, holders);
    }

    private static int[] numbered(
        Set<String> ids,
        String prefix,
        Map<String, Integer> numbers,
        List<List<Integer>> holding,
        int holder) {
      int[] out = new int[ids.size()];
      int k = 0;
      for (String id : ids) {
        int n = numbers.computeIfAbsent(prefix + id, x -> numbers.size());
        if (holding != null) {
          while (holding.size() <= n) {
            holding.add(new ArrayList<>());
          }
          holding.get(n).add(holder);
        }
        out[k++] = n;
      }
      java.util.Arrays.sort(out);
      return out;
    }
  }

  /**
   * Whether two actors sit under a common body (one may sit under the other): each mechanism's
   * ancestors through PART_OF/REPORTS_TO/RENAMED_TO, itself included, as a bit set built once.
   */
  private static final class Ancestry {

    private final Adjacency vertices;
    private final int[][] up;
    private final Map<Integer, BitSet> above = new HashMap<>();

    Ancestry(Projection p, Adjacency vertices) {
      this.vertices = vertices;
      Map<String, Set<String>> parents = p.parents();
      up = new int[vertices.size()][];
      for (int v = 0; v < vertices.size(); v++) {
        up[v] =
            parents.getOrDefault(vertices.id(v), Set.of()).stream()
                .mapToInt(vertices::index)
                .toArray();
      }
    }

    boolean share(int x, int y) {
      return ancestors(x).intersects(ancestors(y));
    }

    private BitSet ancestors(int v) {
      BitSet known = above.get(v);
      if (known != null) {
        return known;
      }
      BitSet seen = new BitSet(up.length);
      seen.set(v);
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(v));
      while (!queue.isEmpty()) {
        int x = queue.poll();
        for (int parent : up[x]) {
          if (!seen.get(parent)) {
            seen.set(parent);
            queue.add(parent);
          }
        }
      }
      Budget.check();
      above.put(v, seen);
      return seen;
    }
  }

  /** How many values two sorted arrays share. */
  private static int common(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int count = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        count++;
        i++;
        j++;
      }
    }
    return count;
  }

  /**
   * |x ∩ y| / |x ∪ y| from the sizes, or null when both are empty: the same division as {@link
   * #jaccard(Set, Set)}.
   */
  private static Double jaccard(int shared, int x, int y) {
    int union = x + y - shared;
    return union == 0 ? null : (double) shared / union;
  }

  /** One pair with every fact behind its findings. */
  private static Candidate explain(
      Projection p,
      Actor a,
      Actor b,
      Map<String, List<Fact>> attested,
      Map<String, Set<String>> parents) {
    Map<String, Fact> areasA = firstByTarget(p.focuses(a.id()));
    Map<String, Fact> areasB = firstByTarget(p.focuses(b.id()));
    Map<String, Fact> rolesA = firstByTarget(p.performs(a.id()));
    Map<String, Fact> rolesB = firstByTarget(p.performs(b.id()));
    Map<String, List<Fact>> partnersA = p.partnersOf(a.id());
    Map<String, List<Fact>> partnersB = p.partnersOf(b.id());
    Double ja = jaccard(areasA.keySet(), areasB.keySet());
    Double jr = jaccard(rolesA.keySet(), rolesB.keySet());
    Double jp = jaccard(partnersA.keySet(), partnersB.keySet());
    List<Fact> links =
        p.factsBetween(a.id(), b.id()).stream().filter(OverlapAnalysis::coordinates).toList();
    return new Candidate(
        a,
        b,
        score(ja, jr, jp),
        new Facets(round(ja), round(jr), round(jp)),
        shared(p, intersection(areasA.keySet(), areasB.keySet()), areasA, areasB),
        shared(p, intersection(rolesA.keySet(), rolesB.keySet()), rolesA, rolesB),
        sharedPartners(
            p, intersection(partnersA.keySet(), partnersB.keySet()), partnersA, partnersB),
        attested.getOrDefault(Projection.pairKey(a.id(), b.id()), List.of()),
        links,
        nearestCommonAncestor(a.id(), b.id(), parents));
  }

  /** The weighted Jaccard score over the facets that have data; 0 when none has. */
  static double score(Double areas, Double roles, Double partners) {
    double sum = 0;
    double weights = 0;
    if (areas != null) {
      sum += AREAS * areas;
      weights += AREAS;
    }
    if (roles != null) {
      sum += ROLES * roles;
      weights += ROLES;
    }
    if (partners != null) {
      sum += PARTNERS * partners;
      weights += PARTNERS;
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /** |x ∩ y| / |x ∪ y|, or null when both are empty (nothing recorded to compare). */
  static Double jaccard(Set<String> x, Set<String> y) {
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    if (union.isEmpty()) {
      return null;
    }
    return (double) intersection(x, y).size() / union.size();
  }

  static boolean coordinates(Fact f) {
    return f.type().equals(RelType.LINKS_TO.name()) && !Projection.OVERLAPS.equals(f.kind())
        || f.type().equals(RelType.PART_OF.name())
        || f.type().equals(RelType.REPORTS_TO.name());
  }

  /**
   * The nearest body both sit under (one may sit under the other), following parents upwards;
   * "nearest" minimises the longer of the two climbs. Null when their families are apart.
   */
  static String nearestCommonAncestor(String a, String b, Map<String, Set<String>> parents) {
    Map<String, Integer> up = climb(a, parents);
    Map<String, Integer> other = climb(b, parents);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, Integer> e : up.entrySet()) {
      Integer d = other.get(e.getKey());
      if (d == null) {
        continue;
      }
      int distance = Math.max(d, e.getValue());
      if (distance < bestDistance || distance == bestDistance && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestDistance = distance;
      }
    }
    return best;
  }

  private static Map<String, Integer> climb(String start, Map<String, Set<String>> parents) {
    Map<String, Integer> depth = new TreeMap<>();
    depth.put(start, 0);
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String x = queue.poll();
      for (String parent : parents.getOrDefault(x, Set.of())) {
        if (!depth.containsKey(parent)) {
          depth.put(parent, depth.get(x) + 1);
          queue.add(parent);
        }
      }
    }
    return depth;
  }

  private static Map<String, Fact> firstByTarget(List<Fact> facts) {
    Map<String, Fact> byTarget = new TreeMap<>();
    facts.forEach(f -> byTarget.putIfAbsent(f.to(), f));
    return byTarget;
  }

  private static Set<String> intersection(Set<String> x, Set<String> y) {
    Set<String> both = new java.util.TreeSet<>(x);
    both.retainAll(y);
    return both;
  }

  private static List<Shared> shared(
      Projection p, Set<String> ids, Map<String, Fact> a, Map<String, Fact> b) {
    return ids.stream()
        .map(
            id ->
                new Shared(
                    p.ref(id),
                    p.topic(id) == null ? null : p.topic(id).phase(),
                    List.of(a.get(id), b.get(id))))
        .toList();
  }

  private static List<Shared> sharedPartners(
      Projection p, Set<String> ids, Map<String, List<Fact>> a, Map<String, List<Fact>> b) {
    return ids.stream()
        .map(
            id -> {
              List<Fact> facts = new ArrayList<>(a.get(id));
              facts.addAll(b.get(id));
              return new Shared(p.ref(id), null, facts);
            })
        .toList();
  }

  static Double round(Double x) {
    return x == null ? null : Math.round(x * 1000) / 1000.0;
  }

  private record Candidate(
      Actor a,
      Actor b,
      double score,
      Facets facets,
      List<Shared> areas,
      List<Shared> roles,
      List<Shared> partners,
      List<Fact> attestedBy,
      List<Fact> links,
      String sharedParent) {

    boolean attested() {
      return !attestedBy.isEmpty();
    }

    boolean coordinated() {
      return !links.isEmpty() || sharedParent != null;
    }

    int sharedCount() {
      return areas.size() + roles.size() + partners.size();
    }

    Overlap toOverlap(int rank, Projection p) {
      NodeRef parent = sharedParent == null ? null : p.ref(sharedParent);
      return new Overlap(
          rank,
          a.ref(),
          b.ref(),
          round(score),
          facets,
          areas,
          roles,
          partners,
          attested(),
          attestedBy,
          !links.isEmpty(),
          links,
          parent,
          coordinated(),
          finding(p));
    }

    private String finding(Projection p) {
      List<String> parts = new ArrayList<>();
      if (!areas.isEmpty()) {
        parts.add("both focus on " + names(areas));
      }
      if (!roles.isEmpty()) {
        parts.add(
            "both perform "
                + String.join(
                    ", ",
                    roles.stream().map(s -> s.item().name() + " (" + s.phase() + ")").toList()));
      }
      if (!partners.isEmpty()) {
        parts.add("both work with " + names(partners));
      }
      StringBuilder text =
          new StringBuilder(
              "%s and %s: %s (score %.2f)."
                  .formatted(
                      a.shortName(),
                      b.shortName(),
                      parts.isEmpty() ? "nothing shared is recorded" : String.join("; ", parts),
                      score));
      if (attested()) {
        Fact f = attestedBy.get(0);
        text.append(
            " A source records the overlap (%s, %s)."
                .formatted(
                    f.source() == null ? "uncited" : f.source().id(),
                    f.source() == null ? "" : f.source().locator()));
      }
      if (!links.isEmpty()) {
        text.append(" Linked: ")
            .append(
                String.join(
                    ", ",
                    links.stream()
                        .map(
                            f ->
                                p.shortName(f.from())
                                    + " "
                                    + f.type()
                                    + (f.kind() == null ? "" : " " + f.kind())
                                    + " "
                                    + p.shortName(f.to()))
                        .toList()))
            .append('.');
      } else if (sharedParent != null) {
        if (sharedParent.equals(a.id()) || sharedParent.equals(b.id())) {
          String child = sharedParent.equals(a.id()) ? b.shortName() : a.shortName();
          text.append(
              " No direct link, but %s sits under %s.".formatted(child, p.shortName(sharedParent)));
        } else {
          text.append(
              " No direct link, but both sit under %s.".formatted(p.shortName(sharedParent)));
        }
      } else {
        text.append(
            " No LINKS_TO, PART_OF or REPORTS_TO link and no common parent body: overlap without coordination.");
      }
      return text.toString();
    }

    private static String names(List<Shared> items) {
      return String.join(", ", items.stream().map(s -> s.item().shortName()).toList());
    }
  }
}
