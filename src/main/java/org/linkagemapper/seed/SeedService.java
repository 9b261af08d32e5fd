package org.linkagemapper.seed;

import org.linkagemapper.graph.GraphVersion;
import org.linkagemapper.system.LinkageProperties;
import org.linkagemapper.system.SchemaReady;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Loads the seed files: at start-up into an empty database, and on demand (the seed command). */
@Service
public class SeedService {

  private static final Logger log = LoggerFactory.getLogger(SeedService.class);

  private final SeedLoader loader;
  private final SeedFiles files;
  private final GraphVersion version;

  // SchemaReady: the constraints must exist before the first MERGE.
  SeedService(
      Driver driver, LinkageProperties properties, SchemaReady schema, GraphVersion version) {
    this.version = version;
    this.loader = new SeedLoader(driver, properties.neo4j().database());
    this.files = SeedFiles.resolve(properties.seed().location());
    switch (properties.seed().onStart()) {
      case ALWAYS -> log(reload());
      case IF_EMPTY -> {
        if (loader.isEmpty()) {
          log(reload());
        }
      }
      case NEVER -> {}
    }
  }

  private static void log(SeedLoader.Report report) {
    log.info(
        "Seed loaded: {} nodes, {} relationships; by label {}",
        report.nodesInSeed(),
        report.relationshipsInSeed(),
        report.nodesByLabel());
  }

  /** Makes the seed facts in the database equal to the files; facts added by editors stay. */
  public SeedLoader.Report reload() {
    try {
      return loader.load(files);
    } finally {
      // After the commit (or a failure that may have committed part): answers kept before are
      // stale.
      version.bump();
    }
  }

  public SeedFiles files() {
    return files;
  }
}
