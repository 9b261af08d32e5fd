package org.linkagemapper.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The named queries of {@code cypher/queries/}: each file says in its header what question it
 * answers and which parameters to try, so the Browser guide and the tests read them the same way.
 */
public final class QueryLibrary {

  /**
   * One query: title, the question it answers, example parameters (a Cypher map) and the Cypher.
   */
  public record NamedQuery(
      String file, String title, String question, String params, String cypher) {}

  private QueryLibrary() {}

  public static List<NamedQuery> load() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver(QueryLibrary.class.getClassLoader())
              .getResources("classpath*:cypher/queries/*.cypher");
      List<NamedQuery> queries = new ArrayList<>();
      for (Resource resource :
          Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
        try (InputStream in = resource.getInputStream()) {
          queries.add(
              parse(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static NamedQuery parse(String file, String text) {
    String title = file, question = "", params = "{}";
    StringBuilder cypher = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("// Title:")) {
        title = line.substring(9).strip();
      } else if (line.startsWith("// Question:")) {
        question = line.substring(12).strip();
      } else if (line.startsWith("// Params:")) {
        params = line.substring(10).strip();
      } else if (!line.startsWith("//")) {
        cypher.append(line).append('\n');
      }
    }
    return new NamedQuery(file, title, question, params, cypher.toString().strip());
  }
}
