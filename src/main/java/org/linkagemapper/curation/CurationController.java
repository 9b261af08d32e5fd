package org.linkagemapper.curation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import org.linkagemapper.curation.CurationAnswers.Change;
import org.linkagemapper.curation.CurationAnswers.Deleted;
import org.linkagemapper.curation.CurationAnswers.Entry;
import org.linkagemapper.curation.CurationAnswers.Relationships;
import org.linkagemapper.curation.CurationAnswers.SeedFields;
import org.linkagemapper.seed.GraphRecord;
import org.linkagemapper.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Editing single nodes and relationships. A record reads and writes in the seed-data format (the
 * fields of a seed file's entry), with its version as an ETag; changes need If-Match.
 */
@RestController
@RequestMapping("/api/curation")
@Tag(
    name = "Curation",
    description = "Edit nodes and relationships (editors only), with optimistic concurrency")
@SecurityScheme(
    name = "editor",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "an editor from LINKAGE_EDITORS")
class CurationController {

  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final EditService edits;

  CurationController(EditService edits) {
    this.edits = edits;
  }

  @Operation(summary = "One node as its seed entry, with its ETag")
  @GetMapping("/{kind}/{id}")
  ResponseEntity<Entry> read(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    if (kind.equals("relationships")) {
      throw new NotFoundException("relationship", id);
    }
    EditService.Saved saved = edits.read(Kind.ofPath(kind), id);
    if (ifNoneMatch != null && Fields.matches(ifNoneMatch, saved.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(saved.etag()).build();
    }
    return ResponseEntity.ok().eTag(saved.etag()).body(answer(saved));
  }

  @Operation(summary = "Create a node; every field as in seed-data, with its source and locator")
  @SecurityRequirement(name = "editor")
  @PostMapping("/{kind}")
  ResponseEntity<Entry> create(
      @PathVariable String kind, @RequestBody SeedFields body, Principal user) {
    EditService.Saved saved = edits.create(Kind.ofPath(kind), body.fields(), user.getName());
    return ResponseEntity.created(URI.create(href(saved.record())))
        .eTag(saved.etag())
        .body(answer(saved));
  }

  @Operation(summary = "Replace a node's fields (If-Match required)")
  @SecurityRequirement(name = "editor")
  @PutMapping("/{kind}/{id}")
  ResponseEntity<Entry> replace(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody SeedFields body,
      Principal user) {
    EditService.Saved saved =
        edits.replace(Kind.ofPath(kind), id, ifMatch, body.fields(), false, user.getName());
    return ResponseEntity.ok().eTag(saved.etag()).body(answer(saved));
  }

  @Operation(
      summary =
          "Change some fields of a node: JSON merge patch, null removes a field (If-Match required)")
  @SecurityRequirement(name = "editor")
  @PatchMapping(
      path = "/{kind}/{id}",
      consumes = {MERGE_PATCH, "application/json"})
  ResponseEntity<Entry> patch(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody SeedFields body,
      Principal user) {
    EditService.Saved saved =
        edits.replace(Kind.ofPath(kind), id, ifMatch, body.fields(), true, user.getName());
    return ResponseEntity.ok().eTag(saved.etag()).body(answer(saved));
  }

  @Operation(
      summary =
          "Delete a node (If-Match required); refused with what would go when it is linked, unless cascade=true")
  @SecurityRequirement(name = "editor")
  @DeleteMapping("/{kind}/{id}")
  Deleted delete(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(description = "also delete the relationships that link it")
          @RequestParam(defaultValue = "false")
          boolean cascade,
      Principal user) {
    EditService.Saved saved = edits.delete(Kind.ofPath(kind), id, ifMatch, cascade, user.getName());
    return deletedAnswer(saved);
  }

  @Operation(
      summary = "The relationships of one node, each as its seed entry with its key and ETag")
  @GetMapping("/relationships")
  Relationships relationships(@RequestParam String actor) {
    return new Relationships(
        actor, edits.relationshipsOf(actor).stream().map(CurationController::answer).toList());
  }

  @Operation(summary = "One relationship by its key, with its ETag")
  @GetMapping("/relationships/{*key}")
  ResponseEntity<Entry> readRelationship(
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    EditService.Saved saved = edits.readRelationship(strip(key));
    if (ifNoneMatch != null && Fields.matches(ifNoneMatch, saved.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(saved.etag()).build();
    }
    return ResponseEntity.ok().eTag(saved.etag()).body(answer(saved));
  }

  @Operation(summary = "Record a relationship; fields as in relationships.yaml")
  @SecurityRequirement(name = "editor")
  @PostMapping("/relationships")
  ResponseEntity<Entry> createRelationship(@RequestBody SeedFields body, Principal user) {
    EditService.Saved saved = edits.createRelationship(body.fields(), user.getName());
    return ResponseEntity.created(URI.create(href(saved.record())))
        .eTag(saved.etag())
        .body(answer(saved));
  }

  @Operation(
      summary = "Replace a relationship's fields (If-Match required); its key follows its fields")
  @SecurityRequirement(name = "editor")
  @PutMapping("/relationships/{*key}")
  ResponseEntity<Entry> replaceRelationship(
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody SeedFields body,
      Principal user) {
    EditService.Saved saved =
        edits.replaceRelationship(strip(key), ifMatch, body.fields(), false, user.getName());
    return ResponseEntity.ok()
        .eTag(saved.etag())
        .location(URI.create(href(saved.record())))
        .body(answer(saved));
  }

  @Operation(summary = "Change some fields of a relationship: JSON merge patch (If-Match required)")
  @SecurityRequirement(name = "editor")
  @PatchMapping(
      path = "/relationships/{*key}",
      consumes = {MERGE_PATCH, "application/json"})
  ResponseEntity<Entry> patchRelationship(
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody SeedFields body,
      Principal user) {
    EditService.Saved saved =
        edits.replaceRelationship(strip(key), ifMatch, body.fields(), true, user.getName());
    return ResponseEntity.ok()
        .eTag(saved.etag())
        .location(URI.create(href(saved.record())))
        .body(answer(saved));
  }

  @Operation(summary = "Delete a relationship (If-Match required)")
  @SecurityRequirement(name = "editor")
  @DeleteMapping("/relationships/{*key}")
  Deleted deleteRelationship(
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Principal user) {
    return deletedAnswer(edits.deleteRelationship(strip(key), ifMatch, user.getName()));
  }

  private static String strip(String catchAll) {
    return catchAll.startsWith("/") ? catchAll.substring(1) : catchAll;
  }

  /** Where a record is read and changed. */
  static String href(GraphRecord record) {
    if (record.isRelationship()) {
      return "/api/curation/relationships/"
          + UriUtils.encodePath(record.key(), StandardCharsets.UTF_8);
    }
    return "/api/curation/"
        + Kind.ofFile(record.file()).map(Kind::path).orElse("scenarios")
        + "/"
        + record.identity();
  }

  static Entry answer(EditService.Saved saved) {
    GraphRecord r = saved.record();
    return new Entry(
        new LinkedHashMap<>(r.fields()),
        r.isRelationship() ? r.key() : null,
        r.version(),
        r.origin(),
        saved.etag(),
        href(r),
        saved.changes().isEmpty() ? null : Change.of(saved.changes()));
  }

  private static Deleted deletedAnswer(EditService.Saved saved) {
    return new Deleted(
        saved.record().identity(),
        saved.alsoDeleted().stream().map(GraphRecord::identity).toList());
  }
}
