package org.linkagemapper;

import java.util.Arrays;
import java.util.Set;
import org.linkagemapper.diagram.DiagramCommand;
import org.linkagemapper.diagram.DiagramService;
import org.linkagemapper.seed.InvalidSeedException;
import org.linkagemapper.seed.SeedLoader;
import org.linkagemapper.seed.SeedService;
import org.linkagemapper.system.EmbeddedNeo4jEarlyStart;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line entry points, for scripts: each starts the application without its web server,
 * does one thing against the configured database and exits with 0 on success.
 */
final class Commands {

  private static final Set<String> NAMES = Set.of("seed", "hash-password", "diagram");

  private Commands() {}

  static boolean isCommand(String arg) {
    return NAMES.contains(arg);
  }

  static int run(String[] args) {
    try {
      return runCommand(args);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
        if (cause instanceof IllegalStateException) {
          break;
        }
      }
      System.err.println(args[0] + " failed: " + cause.getMessage());
      return 1;
    }
  }

  private static int runCommand(String[] args) {
    String command = args[0];
    if (command.equals("hash-password")) {
      return hashPassword();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LinkageMapperApplication.class)
            .web(WebApplicationType.NONE)
            .listeners(new EmbeddedNeo4jEarlyStart())
            .properties("spring.main.log-startup-info=false")
            // A command opens the embedded database on a free Bolt port of its own, so it never
            // collides with a running service's port (the data folder lock still protects the
            // store).
            // Only `seed` skips the start-up load (it loads itself); `diagram` on an empty database
            // loads the seed first, as the service would.
            .run(
                command.equals("seed")
                    ? concat(
                        rest, "--linkage.embedded.bolt-port=0", "--linkage.seed.on-start=never")
                    : concat(rest, "--linkage.embedded.bolt-port=0"))) {
      return switch (command) {
        case "seed" -> seed(context.getBean(SeedService.class));
        case "diagram" ->
            DiagramCommand.run(context.getBean(DiagramService.class), rest, System.err);
        default -> 64;
      };
    }
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /**
   * Reads a password (from the console without echo, or the first line of standard input) and
   * prints its bcrypt hash for LINKAGE_EDITORS; the password itself is never printed.
   */
  private static int hashPassword() {
    char[] password;
    java.io.Console console = System.console();
    if (console != null) {
      password = console.readPassword("Password: ");
    } else {
      try {
        String line =
            new java.io.BufferedReader(
                    new java.io.InputStreamReader(
                        System.in, java.nio.charset.StandardCharsets.UTF_8))
                .readLine();
        password = line == null ? null : line.toCharArray();
      } catch (java.io.IOException e) {
        password = null;
      }
    }
    if (password == null || password.length < 12) {
      System.err.println(
          "Give a password of at least 12 characters (on the console, or as one line on standard input)");
      return 2;
    }
    System.out.println(
        "{bcrypt}"
            + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode(new String(password)));
    java.util.Arrays.fill(password, ' ');
    return 0;
  }

  private static int seed(SeedService seeds) {
    try {
      SeedLoader.Report report = seeds.reload();
      System.out.printf(
          "Loaded %d nodes and %d relationships from %s%nNodes by label: %s%nRelationships by type: %s%n",
          report.nodesInSeed(),
          report.relationshipsInSeed(),
          seeds.files().location(),
          report.nodesByLabel(),
          report.relationshipsByType());
      return 0;
    } catch (InvalidSeedException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
