package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document describes every endpoint the application maps under /api (read, analysis,
 * diagram and curation alike), each with its parameters and an answer; it has a title and version;
 * and Swagger UI is served.
 */
class OpenApiTest extends GraphApiTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyApiEndpointIsDescribedWithItsParametersAndAnAnswer() {
    JsonNode paths = get("/v3/api-docs").json().get("paths");
    List<String> missing = new ArrayList<>();
    Set<String> checked = new TreeSet<>();

    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              for (String pattern : info.getPatternValues()) {
                Operation annotation = handler.getMethodAnnotation(Operation.class);
                if (!pattern.startsWith("/api") || annotation != null && annotation.hidden()) {
                  continue; // hidden: a catch-all that only answers 404 naming the views there are
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  String where = method + " " + pattern;
                  // A catch-all path variable ({*key}) is documented as a plain one ({key}).
                  JsonNode operation =
                      paths
                          .path(pattern.replace("{*", "{"))
                          .path(method.name().toLowerCase(Locale.ROOT));
                  if (operation.isMissingNode()) {
                    missing.add(where + ": not in the document");
                    continue;
                  }
                  checked.add(where);
                  Set<String> documented = new TreeSet<>();
                  operation
                      .path("parameters")
                      .forEach(p -> documented.add(p.get("name").asString()));
                  for (MethodParameter parameter : handler.getMethodParameters()) {
                    String name = declaredName(parameter);
                    if (name != null && !documented.contains(name)) {
                      missing.add(where + ": parameter " + name + " not described");
                    }
                  }
                  boolean answers = false;
                  for (var status : operation.path("responses").propertyNames()) {
                    answers |= status.startsWith("2");
                  }
                  if (!answers) {
                    missing.add(where + ": no 2xx answer described");
                  }
                }
              }
            });

    assertThat(missing).isEmpty();
    // The families the document must cover, so an empty mapping list cannot pass.
    assertThat(String.join("\n", checked))
        .contains(
            "GET /api/search",
            "GET /api/mechanisms/{id}",
            "GET /api/paths/shortest",
            "GET /api/incidents/{scenario}",
            "GET /api/analysis/",
            "GET /api/diagrams/",
            "POST /api/curation/",
            "GET /api/changes");
  }

  @Test
  void theDocumentHasATitleAVersionAndADescription() {
    JsonNode info = get("/v3/api-docs").json().get("info");

    assertThat(info.get("title").asString()).isEqualTo("Linkage Mapper API");
    assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("v0");
    assertThat(info.get("description").asString()).contains("cited");
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  private static String declaredName(MethodParameter parameter) {
    RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
    if (query != null) {
      String name = query.name().isEmpty() ? query.value() : query.name();
      return name.isEmpty() ? parameter.getParameterName() : name;
    }
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path != null) {
      String name = path.name().isEmpty() ? path.value() : path.name();
      return name.isEmpty() ? parameter.getParameterName() : name;
    }
    return null;
  }
}
