package org.linkagemapper.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Pairs of mechanisms whose work overlaps: the areas they focus on, the response roles they
 * perform and the partners they work with, compared as a weighted Jaccard score; and whether
 * anything in the graph coordinates the two.
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

  /** Every candidate pair, ranked; {@code area} (nullable) keeps pairs sharing that area. */
  static List<Overlap> rank(Projection p, String area) {
    List<Actor> mechanisms = p.actors().stream().filter(Actor::isMechanism).toList();
    Map<String, Map<String, Fact>> areas = new HashMap<>();
    Map<String, Map<String, Fact>> roles = new HashMap<>();
    Map<String, Map<String, List<Fact>>> partners = new HashMap<>();
    for (Actor m : mechanisms) {
      areas.put(m.id(), firstByTarget(p.focuses(m.id())));
      roles.put(m.id(), firstByTarget(p.performs(m.id())));
      partners.put(m.id(), p.partnersOf(m.id()));
    }
    Map<String, List<Fact>> attested = new HashMap<>();
    p.recordedOverlaps().forEach(f -> attested.computeIfAbsent(Projection.pairKey(f.from(), f.to()), k -> new ArrayList<>()).add(f));
    Map<String, Set<String>> parents = p.parents();

    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < mechanisms.size(); i++) {
      for (int j = i + 1; j < mechanisms.size(); j++) {
        Actor a = mechanisms.get(i);
        Actor b = mechanisms.get(j);
        List<Fact> between = p.factsBetween(a.id(), b.id());
        if (!a.coexistedWith(b) || between.stream().anyMatch(f -> f.type().equals(RelType.RENAMED_TO.name()))) {
          continue;
        }
        List<Fact> recorded = attested.getOrDefault(Projection.pairKey(a.id(), b.id()), List.of());
        Set<String> sharedAreas = intersection(areas.get(a.id()).keySet(), areas.get(b.id()).keySet());
        Set<String> sharedRoles = intersection(roles.get(a.id()).keySet(), roles.get(b.id()).keySet());
        if (sharedAreas.isEmpty() && sharedRoles.isEmpty() && recorded.isEmpty()) {
          continue;
        }
        if (area != null && !sharedAreas.contains(area)) {
          continue;
        }
        Set<String> sharedPartners = intersection(partners.get(a.id()).keySet(), partners.get(b.id()).keySet());
        Double ja = jaccard(areas.get(a.id()).keySet(), areas.get(b.id()).keySet());
        Double jr = jaccard(roles.get(a.id()).keySet(), roles.get(b.id()).keySet());
        Double jp = jaccard(partners.get(a.id()).keySet(), partners.get(b.id()).keySet());
        double score = score(ja, jr, jp);
        List<Fact> links = between.stream().filter(OverlapAnalysis::coordinates).toList();
        String parent = nearestCommonAncestor(a.id(), b.id(), parents);
        candidates.add(new Candidate(
            a, b, score, new Facets(round(ja), round(jr), round(jp)),
            shared(p, sharedAreas, areas.get(a.id()), areas.get(b.id())),
            shared(p, sharedRoles, roles.get(a.id()), roles.get(b.id())),
            sharedPartners(p, sharedPartners, partners.get(a.id()), partners.get(b.id())),
            recorded, links, parent));
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> !c.attested())
        .thenComparing(Candidate::coordinated)
        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
        .thenComparing(Comparator.comparingInt(Candidate::sharedCount).reversed())
        .thenComparing(c -> c.a().id())
        .thenComparing(c -> c.b().id()));
    List<Overlap> ranked = new ArrayList<>();
    for (Candidate c : candidates) {
      ranked.add(c.toOverlap(ranked.size() + 1, p));
    }
    return ranked;
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

  private static boolean coordinates(Fact f) {
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

  private static List<Shared> shared(Projection p, Set<String> ids, Map<String, Fact> a, Map<String, Fact> b) {
    return ids.stream().map(id -> new Shared(p.ref(id), p.topic(id) == null ? null : p.topic(id).phase(), List.of(a.get(id), b.get(id)))).toList();
  }

  private static List<Shared> sharedPartners(Projection p, Set<String> ids, Map<String, List<Fact>> a, Map<String, List<Fact>> b) {
    return ids.stream().map(id -> {
      List<Fact> facts = new ArrayList<>(a.get(id));
      facts.addAll(b.get(id));
      return new Shared(p.ref(id), null, facts);
    }).toList();
  }

  static Double round(Double x) {
    return x == null ? null : Math.round(x * 1000) / 1000.0;
  }

  private record Candidate(
      Actor a, Actor b, double score, Facets facets, List<Shared> areas, List<Shared> roles, List<Shared> partners,
      List<Fact> attestedBy, List<Fact> links, String sharedParent) {

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
          rank, a.ref(), b.ref(), round(score), facets, areas, roles, partners, attested(), attestedBy,
          !links.isEmpty(), links, parent, coordinated(), finding(p));
    }

    private String finding(Projection p) {
      List<String> parts = new ArrayList<>();
      if (!areas.isEmpty()) {
        parts.add("both focus on " + names(areas));
      }
      if (!roles.isEmpty()) {
        parts.add("both perform " + String.join(", ", roles.stream().map(s -> s.item().name() + " (" + s.phase() + ")").toList()));
      }
      if (!partners.isEmpty()) {
        parts.add("both work with " + names(partners));
      }
      StringBuilder text = new StringBuilder("%s and %s: %s (score %.2f).".formatted(
          a.shortName(), b.shortName(), parts.isEmpty() ? "nothing shared is recorded" : String.join("; ", parts), score));
      if (attested()) {
        Fact f = attestedBy.get(0);
        text.append(" A source records the overlap (%s, %s).".formatted(
            f.source() == null ? "uncited" : f.source().id(), f.source() == null ? "" : f.source().locator()));
      }
      if (!links.isEmpty()) {
        text.append(" Linked: ").append(String.join(", ", links.stream()
            .map(f -> p.shortName(f.from()) + " " + f.type() + (f.kind() == null ? "" : " " + f.kind()) + " " + p.shortName(f.to())).toList())).append('.');
      } else if (sharedParent != null) {
        if (sharedParent.equals(a.id()) || sharedParent.equals(b.id())) {
          String child = sharedParent.equals(a.id()) ? b.shortName() : a.shortName();
          text.append(" No direct link, but %s sits under %s.".formatted(child, p.shortName(sharedParent)));
        } else {
          text.append(" No direct link, but both sit under %s.".formatted(p.shortName(sharedParent)));
        }
      } else {
        text.append(" No LINKS_TO, PART_OF or REPORTS_TO link and no common parent body: overlap without coordination.");
      }
      return text.toString();
    }

    private static String names(List<Shared> items) {
      return String.join(", ", items.stream().map(s -> s.item().shortName()).toList());
    }
  }
}
