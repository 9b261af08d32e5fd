package org.linkagemapper.curation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change log: who changed what, when, from what to what. */
@RestController
@Tag(name = "Curation")
class ChangeController {

  private final ChangeLog log;

  ChangeController(ChangeLog log) {
    this.log = log;
  }

  @Operation(
      summary = "Changes, newest first; per actor with actor=<id> (its own and its relationships')")
  @GetMapping("/api/changes")
  ChangeLog.Page changes(
      @Parameter(description = "only changes touching this node id") @RequestParam(required = false)
          String actor,
      @Parameter(description = "1 to 500, default 50") @RequestParam(required = false)
          Integer limit,
      @Parameter(description = "only changes numbered below this (the next page)")
          @RequestParam(required = false)
          Long before) {
    return log.read(actor, limit, before);
  }
}
