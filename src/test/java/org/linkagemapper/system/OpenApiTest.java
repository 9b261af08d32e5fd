package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;

/** Every endpoint is described in the OpenAPI document, and Swagger UI is served. */
class OpenApiTest extends GraphApiTest {

  @Test
  void openApiDocumentDescribesEveryQueryEndpoint() {
    Answer docs = get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").propertyNames()).contains(
        "/api/search", "/api/mechanisms", "/api/mechanisms/{id}", "/api/partners", "/api/partners/{id}",
        "/api/pillars", "/api/roles", "/api/areas", "/api/sources", "/api/graph",
        "/api/paths/shortest", "/api/paths", "/api/actors/{id}/linkages", "/api/incidents", "/api/incidents/{scenario}");
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
