package org.linkagemapper.catalog;

import java.util.List;
import java.util.Map;
import org.linkagemapper.graph.Citation;
import org.linkagemapper.graph.NodeRef;

/** The shapes the read API answers with. */
final class CatalogAnswers {

  private CatalogAnswers() {}

  record SearchResults(String query, List<NodeRef> results) {}

  record MechanismSummary(
      String id,
      String name,
      String acronym,
      String kind,
      Integer established,
      Integer ended,
      String status,
      List<String> pillars) {}

  record Mechanisms(Map<String, Object> filters, int count, List<MechanismSummary> mechanisms) {}

  /** A value another source gives for one of the node's fields. */
  record Conflict(String field, String value, String source, String locator, String note) {}

  record MechanismDetail(
      String id,
      String name,
      String acronym,
      List<String> aliases,
      String kind,
      Integer established,
      Integer ended,
      String status,
      String description,
      Citation source,
      List<Conflict> conflicts,
      List<Link> pillars,
      List<Link> partners,
      List<Link> roles,
      List<Link> areas,
      List<Link> linksOut,
      List<Link> linksIn) {}

  record PartnerSummary(String id, String name, String acronym, String kind, boolean memberState) {}

  record PartnerDetail(
      String id,
      String name,
      String acronym,
      List<String> aliases,
      String kind,
      boolean memberState,
      String description,
      Citation source,
      List<Link> mechanisms,
      List<Link> roles,
      List<Link> links) {}

  record Item(
      String id, String name, String acronym, String description, String phase, long mechanisms) {}

  record SourceItem(
      String id,
      String title,
      String url,
      Integer year,
      String publisher,
      String note,
      long citedBy) {}

  record GraphNode(
      String id,
      String name,
      String acronym,
      List<String> labels,
      String kind,
      String status,
      Integer established,
      Integer ended,
      String phase) {}

  record GraphRelationship(
      String from,
      String to,
      String type,
      String kind,
      Integer since,
      Integer until,
      String source,
      String locator,
      Boolean disputed) {}

  record Graph(
      Integer asOf,
      int nodeCount,
      int relationshipCount,
      List<GraphNode> nodes,
      List<GraphRelationship> relationships) {}
}
