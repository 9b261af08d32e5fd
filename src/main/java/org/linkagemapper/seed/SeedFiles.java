package org.linkagemapper.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Where the seed files are read from: a folder researchers edit ({@code ./seed-data} when it
 * exists), or the copy packaged in the jar.
 */
public record SeedFiles(String location, String displayPrefix) {

  /** How far the files are checked before anything is written. */
  public enum Check {
    /** Fields, values, references: what every load checks. */
    STRUCTURE,
    /**
     * Also that every locator quotes its source, against the copies in {@code provenance/} next to
     * the files (see {@link SeedProvenance}); the tests load the curated seed this way.
     */
    PROVENANCE
  }

  /** The location to use when none is configured. */
  public static SeedFiles resolve(String configured) {
    if (configured != null && !configured.isBlank()) {
      String location = configured.endsWith("/") ? configured : configured + "/";
      if (!location.contains(":")) {
        location = Path.of(location).toAbsolutePath().normalize().toUri().toString();
      }
      return new SeedFiles(location, configured.endsWith("/") ? configured : configured + "/");
    }
    Path local = Path.of("seed-data");
    if (Files.isDirectory(local)) {
      return new SeedFiles(local.toAbsolutePath().normalize().toUri().toString(), "seed-data/");
    }
    return new SeedFiles("classpath:seed-data/", "seed-data/ (packaged) ");
  }

  /** Reads and checks every file; throws {@link InvalidSeedException} naming each problem. */
  SeedGraph parse() {
    return parse(Check.STRUCTURE);
  }

  /** Reads and checks every file as far as {@code check} says; throws naming each problem. */
  SeedGraph parse(Check check) {
    List<SeedProblem> problems = new ArrayList<>();
    Map<String, List<YamlEntries.Entry>> entries = new LinkedHashMap<>();
    DefaultResourceLoader loader = new DefaultResourceLoader(SeedFiles.class.getClassLoader());
    for (SeedParser.FileSpec spec : SeedParser.FILES) {
      String display = displayPrefix + spec.file();
      Resource resource = loader.getResource(location + spec.file());
      if (!resource.exists()) {
        if (spec.required()) {
          problems.add(new SeedProblem(display, 0, null, null, "file not found in " + location));
        }
        continue;
      }
      try (Reader reader =
          new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
        entries.put(spec.file(), YamlEntries.read(display, reader, problems));
      } catch (IOException e) {
        problems.add(new SeedProblem(display, 0, null, null, "cannot be read: " + e.getMessage()));
      }
    }
    if (check == Check.PROVENANCE) {
      String paper = read(loader, SeedProvenance.PAPER_FILE, problems);
      String digest = read(loader, SeedProvenance.DIGEST_FILE, problems);
      if (paper != null && digest != null) {
        new SeedProvenance(paper, digest).check(entries, problems);
      }
    }
    return SeedParser.parse(entries, problems);
  }

  private String read(DefaultResourceLoader loader, String file, List<SeedProblem> problems) {
    Resource resource = loader.getResource(location + file);
    try (var in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(
          new SeedProblem(
              displayPrefix + file,
              0,
              null,
              null,
              "the provenance check needs this copy of its source text and cannot read it: "
                  + e.getMessage()));
      return null;
    }
  }
}
