package org.linkagemapper.system;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A query ran past its transaction timeout and was stopped: a 503 that names the cause. */
public class QueryTimeoutException extends ErrorResponseException {

  public QueryTimeoutException(String message, Throwable cause) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out", message),
        cause);
  }

  public static QueryTimeoutException after(Duration timeout, Throwable cause) {
    return new QueryTimeoutException(
        "The query ran longer than its %d ms transaction timeout (LINKAGE_QUERY_TIMEOUT) and was stopped; narrow it with maxDepth, types or limit"
            .formatted(timeout.toMillis()),
        cause);
  }

  static QueryTimeoutException from(Throwable cause) {
    return new QueryTimeoutException(
        "The query ran longer than its transaction timeout (LINKAGE_QUERY_TIMEOUT) and was stopped: "
            + cause.getMessage(),
        cause);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /** Neo4j reports a transaction timeout as one of these status codes. */
  public static boolean isTimeout(Throwable e) {
    if (e instanceof org.neo4j.driver.exceptions.Neo4jException n) {
      String code = n.code();
      return code != null
          && (code.contains("TransactionTimedOut")
              || isTermination(e)
                  && String.valueOf(n.getMessage())
                      .toLowerCase(java.util.Locale.ROOT)
                      .matches("(?s).*(timed ?out|timeout).*"));
    }
    return false;
  }

  /**
   * Neo4j stopped the transaction from outside: by its timeout monitor, an administrator or a
   * shutdown. Depending on where the query was when the monitor struck, the server reports this as
   * {@code TransactionTimedOut}, as {@code Terminated} or {@code LockClientStopped} (which the
   * driver rewrites from transient to client errors so that they are not retried), or as a later
   * {@code TransactionMarkedAsFailed}; only the first names the timeout for certain.
   */
  public static boolean isTermination(Throwable e) {
    if (e instanceof org.neo4j.driver.exceptions.Neo4jException n && n.code() != null) {
      String code = n.code();
      return code.contains("TransactionTimedOut")
          || code.endsWith(".Terminated")
          || code.endsWith(".LockClientStopped")
          || code.endsWith(".TransactionMarkedAsFailed");
    }
    return false;
  }
}
