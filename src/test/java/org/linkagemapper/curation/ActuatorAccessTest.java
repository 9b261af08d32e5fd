package org.linkagemapper.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What anonymous callers see of Actuator: the health status and each component's UP/DOWN (for load
 * balancers), never the details (data folder, free disk, Bolt address, edition), which only an
 * authenticated user gets; no other Actuator endpoint but info. Here, not in system/, because this
 * base already runs the service with editors configured.
 */
class ActuatorAccessTest extends CurationTestBase {

  @Test
  void anonymousCallersSeeHealthStatusAndComponentsButNoDetails() {
    Answer health = get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    JsonNode body = health.json();
    assertThat(body.get("status").asString()).isEqualTo("UP");
    assertThat(body.get("components").propertyNames()).contains("diskSpace");
    body.get("components")
        .forEach(
            component -> {
              assertThat(component.get("status").asString())
                  .isIn("UP", "DOWN", "UNKNOWN", "OUT_OF_SERVICE");
              assertThat(component.has("details")).isFalse();
            });
    assertThat(health.body()).doesNotContain("path", "free", "bolt", "edition");
  }

  @Test
  void anAuthenticatedUserSeesHealthDetails() {
    Answer health = send("GET", "/actuator/health", ALICE, null, Map.of());

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("components").get("diskSpace").get("details").has("free"))
        .isTrue();
  }

  @Test
  void noOtherActuatorEndpointIsExposed() {
    for (String endpoint :
        new String[] {
          "env", "beans", "configprops", "mappings", "loggers", "heapdump", "threaddump", "metrics"
        }) {
      assertThat(get("/actuator/" + endpoint).status()).as(endpoint).isEqualTo(404);
      assertThat(send("GET", "/actuator/" + endpoint, ALICE, null, Map.of()).status())
          .as(endpoint)
          .isEqualTo(404);
    }
    assertThat(get("/actuator/info").status()).isEqualTo(200);
  }
}
