package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every REST endpoint the application maps (read from Spring MVC's own handler mapping, so a new
 * controller cannot be forgotten) is described in the OpenAPI document with each of its parameters
 * and the schema of its answer; the document has a title, version and description; Swagger UI is served.
 */
class OpenApiTest extends GraphApiTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void openApiDocumentDescribesEveryEndpointWithItsParametersAndAnswerSchema() {
    Answer docs = get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    JsonNode paths = docs.json().get("paths");

    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      HandlerMethod handler = mapping.getValue();
      for (String path : info.getPathPatternsCondition().getPatternValues()) {
        if (!path.startsWith("/api/") || hidden(handler)) {
          continue;
        }
        for (var method : info.getMethodsCondition().getMethods()) {
          String where = method + " " + path;
          // springdoc writes a catch-all segment {*key} as {key}
          JsonNode described = paths.has(path) ? paths.path(path) : paths.path(path.replace("{*", "{"));
          JsonNode operation = described.path(method.name().toLowerCase(Locale.ROOT));
          checked++;
          if (operation.isMissingNode()) {
            missing.add(where + ": not described");
            continue;
          }
          List<String> parameters = new ArrayList<>();
          operation.path("parameters").forEach(p -> parameters.add(p.get("name").asString()));
          for (MethodParameter parameter : handler.getMethodParameters()) {
            String name = name(parameter);
            if (name != null && !parameters.contains(name)) {
              missing.add(where + ": parameter " + name + " not described");
            }
          }
          if (answersABody(handler) && !hasAnswerSchema(operation)) {
            missing.add(where + ": no answer schema");
          }
        }
      }
    }

    assertThat(checked).as("endpoints found in the handler mapping").isGreaterThan(30);
    assertThat(missing).isEmpty();
    assertThat(paths.propertyNames()).contains("/api/analysis/hubs", "/api/diagrams/graph.{format}", "/api/curation/{kind}", "/api/import");
  }

  @Test
  void openApiDocumentHasATitleAVersionAndADescription() {
    JsonNode info = get("/v3/api-docs").json().get("info");

    assertThat(info.get("title").asString()).isEqualTo(OpenApiInfo.TITLE);
    assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("v0");
    assertThat(info.get("description").asString()).contains("cyber incident");
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  /** A handler left out of the document on purpose, such as the 404 for unknown diagram views. */
  private static boolean hidden(HandlerMethod handler) {
    Operation operation = handler.getMethodAnnotation(Operation.class);
    return operation != null && operation.hidden();
  }

  private static String name(MethodParameter parameter) {
    RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
    PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
    String declared = request != null ? request.name() : variable != null ? variable.name() : null;
    if (declared == null) {
      return null;
    }
    if (!declared.isEmpty()) {
      return declared;
    }
    parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
    return parameter.getParameterName();
  }

  private static boolean answersABody(HandlerMethod handler) {
    ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
    if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
      type = type.getGeneric(0);
    }
    Class<?> body = type.toClass();
    return body != void.class && body != Void.class;
  }

  private static boolean hasAnswerSchema(JsonNode operation) {
    for (var status : operation.path("responses").propertyNames()) {
      if (status.startsWith("2")) {
        for (JsonNode media : operation.path("responses").path(status).path("content")) {
          if (media.has("schema")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
