package org.linkagemapper.diagram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.system.BadParameterException;
import org.linkagemapper.system.NotFoundException;

/**
 * {@code diagram}: renders a view to a file straight from the database, for paper build scripts.
 *
 * <pre>
 * diagram VIEW --out FILE [--format svg|png|pdf|dot|mmd|graphml] [--PARAMETER VALUE]...
 * diagram --list docs/diagrams/figures.txt [--out-dir docs/diagrams]
 * </pre>
 *
 * The format defaults to the extension of {@code --out}. A file is required: the application's log
 * goes to standard output. {@code --list} renders every figure a list names with one start of the
 * application, into {@code --out-dir} (default: the list's own folder).
 */
public final class DiagramCommand {

  static final String USAGE =
      """
      usage: diagram VIEW --out FILE [--format svg|png|pdf|dot|mmd|graphml] [--PARAMETER VALUE]...
             diagram --list FILE [--out-dir DIR]
        VIEW: graph | incidents/{scenario} | actors/{id} | paths | paths/shortest
        PARAMETER: those of GET /api/diagrams/VIEW.svg, e.g. --asOf 2017 --lanes phase --from japan --to asean-certs""";

  private DiagramCommand() {}

  /**
   * Runs the command; returns the process exit code (0 done, 2 bad view or parameter, 64 usage).
   */
  public static int run(DiagramService diagrams, String[] args, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE);
      return 64;
    }
    try {
      if (args[0].equals("--list")) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--out-dir"))) {
          err.println(USAGE);
          return 64;
        }
        Path list = Path.of(args[1]);
        return list(
            diagrams,
            list,
            args.length == 4 ? Path.of(args[3]) : list.toAbsolutePath().getParent(),
            err);
      }
      String view = args[0];
      Map<String, String> params = new LinkedHashMap<>();
      String format = null;
      Path file = null;
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--") || arg.length() < 3) {
          err.println("unexpected argument '" + arg + "'\n" + USAGE);
          return 64;
        }
        String name = arg.substring(2);
        String value;
        if (name.contains("=")) {
          value = name.substring(name.indexOf('=') + 1);
          name = name.substring(0, name.indexOf('='));
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          err.println("--" + name + " needs a value\n" + USAGE);
          return 64;
        }
        switch (name) {
          case "format" -> format = value;
          case "out" -> file = Path.of(value);
          default -> params.put(name, value);
        }
      }
      if (file == null) {
        err.println("--out FILE is required (the application logs to standard output)\n" + USAGE);
        return 64;
      }
      if (format == null) {
        String name = file.getFileName().toString();
        format = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "svg";
      }
      long start = System.nanoTime();
      DiagramService.Rendered rendered = diagrams.render(view, params, format);
      long ms = (System.nanoTime() - start) / 1_000_000;
      write(file, rendered.bytes());
      err.printf(
          "Wrote %s (%s, %d bytes) in %d ms%n",
          file, rendered.format().extension(), rendered.bytes().length, ms);
      return 0;
    } catch (BadParameterException | NotFoundException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("Could not write: " + e.getMessage());
      return 1;
    }
  }

  private static int list(DiagramService diagrams, Path manifest, Path outDir, PrintStream err)
      throws IOException {
    long all = System.nanoTime();
    List<FigureManifest.Figure> figures = FigureManifest.read(manifest);
    for (FigureManifest.Figure figure : figures) {
      long start = System.nanoTime();
      DiagramService.Rendered rendered =
          diagrams.render(figure.view(), figure.parameters(), figure.format());
      Path file = outDir.resolve(figure.file());
      write(file, rendered.bytes());
      err.printf(
          "Wrote %s (%d bytes) in %d ms%n",
          file, rendered.bytes().length, (System.nanoTime() - start) / 1_000_000);
    }
    err.printf(
        "Rendered %d figures in %d ms%n", figures.size(), (System.nanoTime() - all) / 1_000_000);
    return 0;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes);
  }
}
