package org.linkagemapper.linkage;

import java.util.List;
import java.util.Map;
import org.linkagemapper.graph.NodeRef;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** The shapes path and linkage queries answer with: every step cites its source. */
public final class LinkageAnswers {

  private LinkageAnswers() {}

  /** Where a step comes from: the {@code Source} id and title, and the footnote or sentence. */
  public record StepSource(String id, String title, String locator) {}

  /**
   * One relationship of an answer, as stored ({@code from} → {@code to}); {@code reversed} is true
   * when a path walks it against its direction.
   */
  public record Step(
      String from,
      String to,
      String type,
      String kind,
      Integer since,
      Integer until,
      String note,
      Boolean disputed,
      Boolean reversed,
      StepSource source) {

    static Step of(MapAccessor v) {
      Value p = v.get("props");
      return new Step(
          v.get("from").asString(),
          v.get("to").asString(),
          v.get("type").asString(),
          p.get("kind").asString(null),
          integer(p.get("since")),
          integer(p.get("until")),
          p.get("note").asString(null),
          p.get("disputed").isNull() ? null : p.get("disputed").asBoolean(),
          null,
          new StepSource(
              p.get("source").asString(null),
              v.get("sourceTitle").asString(null),
              p.get("locator").asString(null)));
    }

    Step walked(boolean against) {
      return new Step(
          from,
          to,
          type,
          kind,
          since,
          until,
          note,
          disputed,
          against ? Boolean.TRUE : null,
          source);
    }

    private static Integer integer(Value v) {
      return v == null || v.isNull() ? null : v.asInt();
    }
  }

  public record PathView(int length, List<NodeRef> nodes, List<Step> steps) {}

  public record ShortestPaths(
      String from,
      String to,
      int k,
      int maxDepth,
      Map<String, Object> filters,
      List<PathView> paths) {}

  public record BoundedPaths(
      String from,
      String to,
      int maxDepth,
      int limit,
      boolean truncated,
      int count,
      Map<String, Object> filters,
      List<PathView> paths) {}

  public record Neighbour(NodeRef node, int distance) {}

  public record Neighbourhood(
      NodeRef actor,
      int depth,
      Map<String, Object> filters,
      List<Neighbour> nodes,
      List<Step> relationships) {}

  public record RoleRef(String id, String name, String phase) {}

  public record ScenarioSummary(
      String id,
      String name,
      String description,
      NodeRef affectedState,
      List<RoleRef> roles,
      StepSource source) {}

  /**
   * An actor taking part in an incident: the lane it is drawn in (its pillar, or partners / member
   * states), the roles it performs in this phase, and how far it is from the affected state.
   */
  public record Participant(
      NodeRef node,
      String lane,
      List<String> pillars,
      List<String> roles,
      Integer distance,
      List<String> route,
      List<Step> performs) {}

  public record Phase(String phase, List<Participant> actors) {}

  public record IncidentView(
      ScenarioSummary scenario,
      Integer asOf,
      List<Phase> phases,
      List<Step> links,
      List<RoleRef> uncoveredRoles,
      List<String> unreachable) {}
}
