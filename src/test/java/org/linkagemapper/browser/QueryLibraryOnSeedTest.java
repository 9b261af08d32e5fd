package org.linkagemapper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.linkagemapper.support.GraphApiTest;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Driver;

/**
 * Every query of {@code cypher/queries/} runs on the seed graph with the parameters its header
 * suggests and finds something, as a researcher clicking through the Browser guide would.
 */
class QueryLibraryOnSeedTest extends GraphApiTest {

  private static Driver driver;

  @BeforeAll
  static void connect() {
    driver = TestNeo4j.driver(TestNeo4j.shared());
  }

  @AfterAll
  static void disconnect() {
    driver.close();
  }

  @TestFactory
  List<DynamicTest> everyQueryRunsOnTheSeedGraphWithItsExampleParametersAndFindsSomething() {
    List<QueryLibrary.NamedQuery> queries = QueryLibrary.load();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(15);
    return queries.stream()
        .map(
            q ->
                DynamicTest.dynamicTest(
                    q.file(),
                    () -> {
                      assertThat(q.title()).as("title of %s", q.file()).isNotEqualTo(q.file());
                      assertThat(q.question()).as("question of %s", q.file()).isNotBlank();
                      try (var session = driver.session()) {
                        Map<String, Object> params =
                            session.run("RETURN " + q.params() + " AS p").single().get("p").asMap();
                        assertThat(session.run(q.cypher(), params).list())
                            .as("rows of %s", q.file())
                            .isNotEmpty();
                      }
                    }))
        .toList();
  }
}
