package org.linkagemapper;

import java.util.Arrays;
import java.util.Set;

import org.linkagemapper.diagram.DiagramCommand;
import org.linkagemapper.diagram.DiagramService;
import org.linkagemapper.seed.InvalidSeedException;
import org.linkagemapper.seed.SeedLoader;
import org.linkagemapper.seed.SeedService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line entry points, for scripts: each starts the application without its web server,
 * does one thing against the configured database and exits with 0 on success.
 */
final class Commands {

  private static final Set<String> NAMES = Set.of("seed", "diagram");

  private Commands() {}

  static boolean isCommand(String arg) {
    return NAMES.contains(arg);
  }

  static int run(String[] args) {
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LinkageMapperApplication.class)
            .web(WebApplicationType.NONE)
            .properties("linkage.seed.on-start=never", "spring.main.log-startup-info=false")
            .run(rest)) {
      return switch (command) {
        case "seed" -> seed(context.getBean(SeedService.class));
        case "diagram" -> DiagramCommand.run(context.getBean(DiagramService.class), rest, System.err);
        default -> 64;
      };
    }
  }

  private static int seed(SeedService seeds) {
    try {
      SeedLoader.Report report = seeds.reload();
      System.out.printf(
          "Loaded %d nodes and %d relationships from %s%nNodes by label: %s%nRelationships by type: %s%n",
          report.nodesInSeed(), report.relationshipsInSeed(), seeds.files().location(),
          report.nodesByLabel(), report.relationshipsByType());
      return 0;
    } catch (InvalidSeedException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
