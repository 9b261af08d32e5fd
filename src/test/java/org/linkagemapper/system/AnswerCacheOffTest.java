package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code LINKAGE_CACHE=off}: every answer is computed afresh, so any write is seen at once. */
class AnswerCacheOffTest extends GraphApiTest {

  @DynamicPropertySource
  static void cacheOff(DynamicPropertyRegistry registry) {
    registry.add("linkage.cache.enabled", () -> "off");
    registry.add("linkage.cache.probe-interval", () -> "1h");
  }

  @AfterEach
  void removeFreshMechanisms() {
    try (Driver driver = TestNeo4j.driver(TestNeo4j.shared());
        var session = driver.session()) {
      session.run("MATCH (m:Mechanism) WHERE m.id STARTS WITH 'fresh-' DETACH DELETE m").consume();
    }
  }

  @Test
  void withTheCacheOffAWriteByAnotherClientIsInTheNextAnswer() {
    String before = get("/api/mechanisms").body();
    try (Driver browser = TestNeo4j.driver(TestNeo4j.shared());
        var session = browser.session()) {
      session
          .run(
              "CREATE (:Entity:Mechanism {id: 'fresh-off', name: 'Fresh', kind: 'forum', status: 'active', source: 'paper'})")
          .consume();
    }
    String after = get("/api/mechanisms").body();

    assertThat(before).doesNotContain("\"fresh-off\"");
    assertThat(after).contains("\"fresh-off\"");
  }
}
