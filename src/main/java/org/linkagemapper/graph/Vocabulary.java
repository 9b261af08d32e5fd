package org.linkagemapper.graph;

import java.util.List;

/**
 * The closed lists of values the model allows. The seed loader refuses anything else, and request
 * parameters are checked against the same lists.
 */
public final class Vocabulary {

  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2035;

  /** Incident phases, in the order an incident runs through them. */
  public static final List<String> PHASES = List.of("prepare", "detect", "respond", "recover");

  public static final List<String> LINK_KINDS =
      List.of(
          "coordinates",
          "shares-information",
          "supports",
          "exercises-with",
          "complements",
          "overlaps");

  public static final List<String> MECHANISM_KINDS =
      List.of(
          "forum",
          "ministerial-meeting",
          "senior-officials-meeting",
          "working-group",
          "committee",
          "programme",
          "project",
          "platform",
          "exercise",
          "centre",
          "network",
          "team",
          "strategy",
          "plan",
          "dialogue",
          "declaration",
          "agreement",
          "procedure",
          "summit",
          "task-force");

  /**
   * The level a mechanism works at, top to bottom as a policy figure draws its rows: leaders and
   * summits, ministerial bodies, senior officials and committees, centres, CERTs, working groups
   * and programmes, and national agencies.
   */
  public static final List<String> LEVELS =
      List.of("leaders", "ministerial", "senior-officials", "operational", "national");

  /**
   * The level a mechanism's kind implies, or null where the kind does not say (a forum, dialogue,
   * declaration, strategy, plan, agreement or procedure sits at the level of whoever holds or
   * adopts it, so the seed data sets it by hand).
   */
  public static String levelOfKind(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "summit" -> "leaders";
      case "ministerial-meeting" -> "ministerial";
      case "senior-officials-meeting", "committee" -> "senior-officials";
      case "working-group",
          "centre",
          "team",
          "network",
          "programme",
          "project",
          "platform",
          "exercise",
          "task-force" ->
          "operational";
      default -> null;
    };
  }

  public static final List<String> MECHANISM_STATUSES =
      List.of("active", "proposed", "ended", "renamed");

  public static final List<String> PARTNER_KINDS =
      List.of(
          "dialogue-partner",
          "member-state",
          "international-organisation",
          "company",
          "national-agency",
          "technical-community",
          "other");

  public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private Vocabulary() {}
}
