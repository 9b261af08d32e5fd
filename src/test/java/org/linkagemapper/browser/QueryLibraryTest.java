package org.linkagemapper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkagemapper.support.GraphApiTest;
import org.linkagemapper.support.TestNeo4j;
import org.neo4j.driver.Values;

/** Every query of cypher/queries/ runs on the seed graph with its example parameters and finds something. */
class QueryLibraryTest extends GraphApiTest {

  @Test
  void everyLibraryQueryRunsWithItsExampleParametersAndAnswers() {
    List<QueryLibrary.NamedQuery> queries = QueryLibrary.load();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
    try (var driver = TestNeo4j.driver(TestNeo4j.shared()); var session = driver.session()) {
      for (QueryLibrary.NamedQuery q : queries) {
        assertThat(q.question()).as(q.file()).isNotBlank();
        // The :param map of the guide, evaluated by Neo4j itself.
        Map<String, Object> params = session.run("RETURN " + q.params() + " AS p").single().get("p").asMap();
        var rows = session.run(q.cypher().replaceAll(";\\s*$", ""), Values.value(params)).list();
        assertThat(rows).as(q.file() + " answers on the seed graph").isNotEmpty();
      }
    }
  }
}
