package org.linkagemapper.system;

import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Read transactions for queries a request triggers, each bounded by the configured transaction
 * timeout ({@code LINKAGE_QUERY_TIMEOUT}); a timeout becomes a {@link QueryTimeoutException} (503).
 * Path and linkage queries use the driver directly rather than Neo4jClient so that every one
 * carries this timeout.
 */
@Component
public class GraphReads {

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final TransactionConfig txConfig;
  private final LinkageProperties.Query settings;

  GraphReads(Driver driver, LinkageProperties properties) {
    this.driver = driver;
    this.sessionConfig = properties.neo4j().sessionConfig();
    this.settings = properties.query();
    this.txConfig = TransactionConfig.builder().withTimeout(settings.timeout()).build();
  }

  public <T> T read(String cypher, Map<String, Object> parameters, Function<Result, T> mapper) {
    long started = System.nanoTime();
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> mapper.apply(tx.run(cypher, parameters)), txConfig);
    } catch (Neo4jException e) {
      // A transaction stopped after its deadline was stopped by the timeout monitor, whatever code
      // the server chose for it.
      boolean pastDeadline = System.nanoTime() - started >= settings.timeout().toNanos();
      if (QueryTimeoutException.isTimeout(e)
          || pastDeadline && QueryTimeoutException.isTermination(e)) {
        throw QueryTimeoutException.after(settings.timeout(), e);
      }
      throw e;
    }
  }
}
