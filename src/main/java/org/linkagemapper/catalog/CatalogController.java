package org.linkagemapper.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linkagemapper.catalog.CatalogAnswers.Graph;
import org.linkagemapper.catalog.CatalogAnswers.Item;
import org.linkagemapper.catalog.CatalogAnswers.MechanismDetail;
import org.linkagemapper.catalog.CatalogAnswers.Mechanisms;
import org.linkagemapper.catalog.CatalogAnswers.PartnerDetail;
import org.linkagemapper.catalog.CatalogAnswers.PartnerSummary;
import org.linkagemapper.catalog.CatalogAnswers.SearchResults;
import org.linkagemapper.catalog.CatalogAnswers.SourceItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API over the graph: search, mechanisms, partners, the vocabularies and sources. */
@RestController
@RequestMapping("/api")
@Tag(name = "Catalog", description = "What the graph holds, with sources")
class CatalogController {

  private final CatalogService catalog;

  CatalogController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Operation(summary = "Search names, acronyms and aliases; best match first")
  @GetMapping("/search")
  SearchResults search(
      @Parameter(description = "free text, at most 200 characters") @RequestParam(required = false)
          String q,
      @Parameter(description = "1 to 100, default 10") @RequestParam(required = false)
          Integer limit) {
    return catalog.search(q, limit);
  }

  @Operation(summary = "Mechanisms, optionally filtered by pillar, area, partner, year and status")
  @GetMapping("/mechanisms")
  Mechanisms mechanisms(
      @RequestParam(required = false) String pillar,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String partner,
      @Parameter(description = "a year: only mechanisms and links that existed then")
          @RequestParam(required = false)
          Integer asOf,
      @RequestParam(required = false) String status) {
    return catalog.mechanisms(pillar, area, partner, asOf, status);
  }

  @Operation(
      summary = "One mechanism with its pillars, partners, roles, areas and links, each cited")
  @GetMapping("/mechanisms/{id}")
  MechanismDetail mechanism(@PathVariable String id) {
    return catalog.mechanism(id);
  }

  @Operation(summary = "Partners and member states")
  @GetMapping("/partners")
  List<PartnerSummary> partners(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Boolean memberState) {
    return catalog.partners(kind, memberState);
  }

  @Operation(summary = "One partner with the mechanisms it takes part in, each link cited")
  @GetMapping("/partners/{id}")
  PartnerDetail partner(@PathVariable String id) {
    return catalog.partner(id);
  }

  @Operation(summary = "The ASEAN community pillars (and the cross-pillar / external markers)")
  @GetMapping("/pillars")
  List<Item> pillars() {
    return catalog.pillars();
  }

  @Operation(summary = "Response roles, in incident-phase order")
  @GetMapping("/roles")
  List<Item> roles() {
    return catalog.roles();
  }

  @Operation(summary = "Areas of cooperation")
  @GetMapping("/areas")
  List<Item> areas() {
    return catalog.areas();
  }

  @Operation(summary = "Sources every fact cites, with how many facts cite each")
  @GetMapping("/sources")
  List<SourceItem> sources() {
    return catalog.sources();
  }

  @Operation(
      summary = "The whole graph as nodes and relationships, optionally as it stood in a year")
  @GetMapping("/graph")
  Graph graph(@RequestParam(required = false) Integer asOf) {
    return catalog.graph(asOf);
  }
}
