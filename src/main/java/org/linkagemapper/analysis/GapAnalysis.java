package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.linkagemapper.analysis.AnalysisAnswers.PhaseGap;
import org.linkagemapper.analysis.AnalysisAnswers.RoleGap;
import org.linkagemapper.analysis.AnalysisAnswers.RoleReach;
import org.linkagemapper.analysis.AnalysisAnswers.StateReach;
import org.linkagemapper.analysis.AnalysisAnswers.Unlinked;
import org.linkagemapper.analysis.Projection.Actor;
import org.linkagemapper.analysis.Projection.Tie;
import org.linkagemapper.analysis.Projection.Topic;
import org.linkagemapper.graph.NodeRef;
import org.linkagemapper.graph.Vocabulary;

/**
 * What nobody covers: response roles and incident phases with no mechanism or only one behind them,
 * member states with no path to a role, and mechanisms linked to no other mechanism.
 */
final class GapAnalysis {

  private GapAnalysis() {}

  /** Mechanisms performing a role. */
  static Set<String> mechanismsPerforming(Projection p, String role) {
    Set<String> ids = new TreeSet<>();
    for (Fact f : p.performersOf(role)) {
      if (p.actor(f.from()).isMechanism()) {
        ids.add(f.from());
      }
    }
    return ids;
  }

  /** Roles performed by at most one mechanism. */
  static List<RoleGap> roles(Projection p) {
    List<RoleGap> gaps = new ArrayList<>();
    for (Topic role : p.roles()) {
      List<Fact> byMechanisms =
          p.performersOf(role.id()).stream().filter(f -> p.actor(f.from()).isMechanism()).toList();
      List<Fact> byPartners =
          p.performersOf(role.id()).stream().filter(f -> !p.actor(f.from()).isMechanism()).toList();
      int count = (int) byMechanisms.stream().map(Fact::from).distinct().count();
      if (count > 1) {
        continue;
      }
      String finding =
          count == 0
              ? "No mechanism performs %s (%s)%s."
                  .formatted(
                      role.name(),
                      role.phase(),
                      byPartners.isEmpty()
                          ? "; nobody in the graph does"
                          : "; only partners do: " + names(p, byPartners))
              : "Only %s performs %s (%s): if it fails, no mechanism does."
                  .formatted(p.shortName(byMechanisms.get(0).from()), role.name(), role.phase());
      gaps.add(new RoleGap(role.ref(), role.phase(), count, byMechanisms, byPartners, finding));
    }
    return gaps;
  }

  /** Phases whose roles are performed by at most one mechanism in all. */
  static List<PhaseGap> phases(Projection p) {
    List<PhaseGap> gaps = new ArrayList<>();
    for (String phase : Vocabulary.PHASES) {
      List<Topic> roles = p.roles().stream().filter(r -> phase.equals(r.phase())).toList();
      Set<String> mechanisms = new TreeSet<>();
      roles.forEach(r -> mechanisms.addAll(mechanismsPerforming(p, r.id())));
      if (mechanisms.size() > 1) {
        continue;
      }
      String finding =
          roles.isEmpty()
              ? "No response role is defined for the %s phase.".formatted(phase)
              : mechanisms.isEmpty()
                  ? "No mechanism performs any role of the %s phase (%s)."
                      .formatted(phase, String.join(", ", roles.stream().map(Topic::name).toList()))
                  : "Only %s performs a role of the %s phase."
                      .formatted(p.shortName(mechanisms.iterator().next()), phase);
      gaps.add(
          new PhaseGap(
              phase,
              mechanisms.size(),
              mechanisms.stream().map(p::ref).toList(),
              roles.stream().map(Topic::id).toList(),
              finding));
    }
    return gaps;
  }

  /**
   * For each role (or the one asked for), which member states reach an actor performing it within
   * {@code maxDepth} ties. With one role the reached states come with their paths; for every role,
   * only the unreached states are listed.
   */
  static List<RoleReach> reach(Projection p, String onlyRole, int maxDepth) {
    List<String> states = p.memberStates();
    List<SingleSourcePaths<String, Tie>> paths = new ArrayList<>();
    BFSShortestPath<String, Tie> bfs = new BFSShortestPath<>(p.graph());
    for (String s : states) {
      Budget.checkNow();
      paths.add(bfs.getPaths(s));
    }
    List<RoleReach> reach = new ArrayList<>();
    for (Topic role : p.roles()) {
      if (onlyRole != null && !onlyRole.equals(role.id())) {
        continue;
      }
      Set<String> performers = new TreeSet<>();
      p.performersOf(role.id()).forEach(f -> performers.add(f.from()));
      List<NodeRef> unreached = new ArrayList<>();
      List<StateReach> reached = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        GraphPath<String, Tie> best = nearest(paths.get(i), performers);
        if (best == null || best.getLength() > maxDepth) {
          unreached.add(p.ref(states.get(i)));
        } else {
          reached.add(
              new StateReach(
                  p.ref(states.get(i)),
                  best.getLength(),
                  p.ref(best.getEndVertex()),
                  best.getVertexList(),
                  best.getEdgeList().stream().map(t -> t.facts().get(0)).toList()));
        }
      }
      if (onlyRole == null && unreached.isEmpty()) {
        continue;
      }
      String finding =
          performers.isEmpty()
              ? "Nobody performs %s, so no member state can reach it.".formatted(role.name())
              : unreached.isEmpty()
                  ? "Every member state reaches an actor performing %s within %s."
                      .formatted(role.name(), ties(maxDepth))
                  : "%d of %d member states have no path of at most %s to an actor performing %s: %s."
                      .formatted(
                          unreached.size(),
                          states.size(),
                          ties(maxDepth),
                          role.name(),
                          String.join(", ", unreached.stream().map(NodeRef::shortName).toList()));
      reach.add(
          new RoleReach(
              role.ref(),
              role.phase(),
              maxDepth,
              unreached,
              onlyRole == null ? null : reached,
              finding));
    }
    return reach;
  }

  private static GraphPath<String, Tie> nearest(
      SingleSourcePaths<String, Tie> from, Set<String> targets) {
    GraphPath<String, Tie> best = null;
    for (String target : targets) {
      if (Double.isInfinite(from.getWeight(target))) {
        continue;
      }
      GraphPath<String, Tie> path = from.getPath(target);
      if (best == null || path.getLength() < best.getLength()) {
        best = path;
      }
    }
    return best;
  }

  /** Mechanisms with no tie to any other mechanism (ties to partners do not count). */
  static List<Unlinked> unlinked(Projection p) {
    List<Unlinked> unlinked = new ArrayList<>();
    for (Actor m : p.actors()) {
      Budget.check();
      if (!m.isMechanism()) {
        continue;
      }
      Set<Tie> ties = p.graph().edgesOf(m.id());
      boolean linked = ties.stream().anyMatch(t -> p.actor(t.other(m.id())).isMechanism());
      if (linked) {
        continue;
      }
      List<Fact> partnerTies =
          ties.stream()
              .sorted(Comparator.comparing(t -> t.other(m.id())))
              .flatMap(t -> t.facts().stream())
              .toList();
      String finding =
          ties.isEmpty()
              ? "%s has no recorded link to any mechanism or partner.".formatted(m.shortName())
              : "%s is linked to no other mechanism, only to %s."
                  .formatted(
                      m.shortName(),
                      String.join(
                          ", ",
                          new LinkedHashSet<>(
                              partnerTies.stream()
                                  .map(f -> p.shortName(f.other(m.id())))
                                  .toList())));
      unlinked.add(new Unlinked(m.ref(), partnerTies, ties.isEmpty(), finding));
    }
    return unlinked;
  }

  /** "1 tie", "3 ties". */
  static String ties(int n) {
    return n == 1 ? "1 tie" : n + " ties";
  }

  private static String names(Projection p, List<Fact> facts) {
    return String.join(
        ", ", new LinkedHashSet<>(facts.stream().map(f -> p.shortName(f.from())).toList()));
  }
}
