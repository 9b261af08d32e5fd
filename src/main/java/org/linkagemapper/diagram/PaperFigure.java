package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkagemapper.graph.Vocabulary;
import org.linkagemapper.linkage.LinkageAnswers.IncidentView;
import org.linkagemapper.linkage.LinkageAnswers.Participant;
import org.linkagemapper.linkage.LinkageAnswers.Phase;
import org.linkagemapper.linkage.LinkageAnswers.RoleRef;

/**
 * What the paper figure of an incident shows, decided from the incident answer alone (no database
 * here, so the view can be fed from any store): for every role the scenario activates, its
 * performers nearest the affected state, taken role by role in phase order so that every role gets
 * one before any gets a second, each with the bodies on its shortest route to the affected state;
 * at most {@link #MAX_ACTORS} boxes besides the state. Everything else is counted, not drawn.
 */
final class PaperFigure {

  /** Boxes besides the affected state: what fits an A4 landscape page at 7 pt. */
  static final int MAX_ACTORS = 24;

  /** Performers drawn per role, at most. */
  static final int PER_ROLE = 3;

  /** The rows, top to bottom: the levels, then the partners' band. */
  static final List<String> ROWS = concat(Vocabulary.LEVELS, "partners");

  private PaperFigure() {}

  /**
   * The drawn actors with their column (a phase, or {@code affected}), in the order picked; {@code
   * participants} counts every actor performing a role, drawn or not.
   */
  record Focus(
      String state,
      Map<String, String> column,
      Map<String, List<String>> phases,
      Map<String, List<String>> roles,
      Map<String, Integer> distance,
      int participants,
      int drawnParticipants) {}

  static Focus focus(IncidentView view) {
    String state = view.scenario().affectedState().id();
    Map<String, String> roleNames = new LinkedHashMap<>();
    view.scenario().roles().forEach(r -> roleNames.put(r.id(), r.name()));
    Map<String, Participant> first = new TreeMap<>();
    Map<String, List<String>> phases = new TreeMap<>();
    Map<String, List<String>> roles = new TreeMap<>();
    for (Phase phase : view.phases()) {
      for (Participant p : phase.actors()) {
        first.putIfAbsent(p.node().id(), p);
        phases.computeIfAbsent(p.node().id(), k -> new ArrayList<>()).add(phase.phase());
        p.roles()
            .forEach(
                r ->
                    roles
                        .computeIfAbsent(p.node().id(), k -> new ArrayList<>())
                        .add(roleNames.getOrDefault(r, r)));
      }
    }
    List<RoleRef> ordered = new ArrayList<>(view.scenario().roles());
    ordered.sort(Comparator.comparingInt(r -> Vocabulary.PHASES.indexOf(r.phase())));
    Map<String, String> column = new LinkedHashMap<>();
    column.put(state, "affected");
    Map<String, Integer> distance = new TreeMap<>();
    distance.put(state, 0);
    for (int pick = 0; pick < PER_ROLE; pick++) {
      for (RoleRef role : ordered) {
        List<Participant> performers =
            view.phases().stream()
                .filter(ph -> ph.phase().equals(role.phase()))
                .flatMap(ph -> ph.actors().stream())
                .filter(p -> p.roles().contains(role.id()) && p.distance() != null)
                .sorted(
                    Comparator.comparingInt(Participant::distance)
                        .thenComparing(p -> p.node().id()))
                .toList();
        long drawn = performers.stream().filter(p -> column.containsKey(p.node().id())).count();
        if (drawn > pick) {
          continue;
        }
        for (Participant p : performers) {
          if (column.containsKey(p.node().id())) {
            continue;
          }
          List<String> adds = p.route().stream().filter(id -> !column.containsKey(id)).toList();
          if (column.size() - 1 + adds.size() > MAX_ACTORS) {
            continue;
          }
          for (String id : adds) {
            Participant q = first.get(id);
            column.put(id, q != null ? phases.get(id).get(0) : role.phase());
            distance.put(id, p.route().indexOf(id));
          }
          break;
        }
      }
    }
    int drawn = (int) first.keySet().stream().filter(column::containsKey).count();
    return new Focus(state, column, phases, roles, distance, first.size(), drawn);
  }

  /** The boxes: every drawn actor in its phase column and level row. */
  static List<Diagram.Node> nodes(Focus focus, Map<String, DiagramViews.Info> infos) {
    List<Diagram.Node> nodes = new ArrayList<>();
    focus
        .column()
        .forEach(
            (id, column) -> {
              DiagramViews.Info info = infos.get(id);
              nodes.add(
                  new Diagram.Node(
                      id,
                      info.label(),
                      info.name(),
                      DiagramStyle.boxKey(info.labels(), info.pillars()),
                      column,
                      focus.distance().get(id),
                      focus.phases().getOrDefault(id, List.of()),
                      focus.roles().getOrDefault(id, List.of()),
                      info.description(),
                      id.equals(focus.state()),
                      false,
                      level(info)));
            });
    return nodes;
  }

  /**
   * The row of an actor: a mechanism's level; member states and national agencies at the national
   * level; other partners in their band.
   */
  static String level(DiagramViews.Info info) {
    if (info.labels().contains("MemberState") || "national-agency".equals(info.kind())) {
      return "national";
    }
    if (info.labels().contains("Partner")) {
      return "partners";
    }
    if (info.level() != null) {
      return info.level();
    }
    String implied = Vocabulary.levelOfKind(info.kind());
    return implied != null ? implied : "operational";
  }

  static List<String> subtitle(IncidentView view, Focus focus, Integer asOf) {
    List<String> lines = new ArrayList<>();
    int more = focus.participants() - focus.drawnParticipants();
    lines.add(
        "When %s is affected%s: who acts in each phase, at which level, and how they link. %d of %d actors drawn%s"
            .formatted(
                view.scenario().affectedState().name(),
                asOf == null ? "" : " (as the architecture stood in " + asOf + ")",
                focus.drawnParticipants(),
                focus.participants(),
                more > 0
                    ? "; and %d more actor%s: see detail=full".formatted(more, more == 1 ? "" : "s")
                    : ""));
    if (!view.uncoveredRoles().isEmpty()) {
      lines.add(
          "No actor performs: "
              + String.join(", ", view.uncoveredRoles().stream().map(RoleRef::name).toList()));
    }
    return lines;
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return List.copyOf(out);
  }
}
