package org.linkagemapper.curation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.linkagemapper.curation.CurationAnswers.ImportReport;
import org.linkagemapper.curation.CurationAnswers.ImportRequest;
import org.linkagemapper.seed.SeedCheck;
import org.linkagemapper.seed.SeedExport;
import org.linkagemapper.system.Params;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet and JSON import with a dry run, and export of the graph as seed-data files. */
@RestController
@Tag(name = "Curation")
class ImportExportController {

  private final ImportService imports;
  private final Curator curator;

  ImportExportController(ImportService imports, Curator curator) {
    this.imports = imports;
    this.curator = curator;
  }

  @Operation(
      summary =
          "Import actors.csv and/or relationships.csv (multipart parts 'actors', 'relationships'); dryRun=true only reports")
  @SecurityRequirement(name = "editor")
  @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importCsv(
      @RequestPart(required = false) MultipartFile actors,
      @RequestPart(required = false) MultipartFile relationships,
      @Parameter(description = "report what each row would do, write nothing")
          @RequestParam(defaultValue = "false")
          boolean dryRun,
      Principal user) {
    return imports.run(
        ImportService.fromCsv(
            text(actors, ImportService.ACTORS), text(relationships, ImportService.RELATIONSHIPS)),
        dryRun,
        user.getName());
  }

  @Operation(
      summary =
          "Import {\"actors\": [...], \"relationships\": [...]} (each actor with a type); dryRun=true only reports")
  @SecurityRequirement(name = "editor")
  @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportReport importJson(
      @RequestBody ImportRequest body,
      @Parameter(description = "report what each row would do, write nothing")
          @RequestParam(defaultValue = "false")
          boolean dryRun,
      Principal user) {
    return imports.run(ImportService.fromJson(body), dryRun, user.getName());
  }

  @Operation(
      summary =
          "The graph as seed-data files: a zip of seed-data/*.yaml, or one file with file=<name>")
  @GetMapping("/api/export")
  ResponseEntity<byte[]> export(
      @Parameter(description = "one file, such as mechanisms.yaml") @RequestParam(required = false)
          String file) {
    Params.oneOf("file", file, SeedCheck.files());
    Map<String, String> files = curator.readLocked(ds -> SeedExport.yaml(ds.records()));
    if (file != null) {
      return ResponseEntity.ok()
          .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline().filename(file).build().toString())
          .body(files.get(file).getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("seed-data.zip").build().toString())
        .body(zip(files));
  }

  /** A zip whose bytes depend only on the files: fixed entry times, fixed order. */
  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (var file : files.entrySet()) {
        ZipEntry entry = new ZipEntry("seed-data/" + file.getKey());
        entry.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        zip.putNextEntry(entry);
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String text(MultipartFile file, String name) {
    if (file == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file.getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw CurationException.badBody(
          name + " is not UTF-8 text: save it from the spreadsheet as 'CSV UTF-8'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
