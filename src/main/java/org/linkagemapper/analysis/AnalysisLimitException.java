package org.linkagemapper.analysis;

import java.time.Duration;
import org.linkagemapper.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An analysis refused or stopped to protect the service: it ran past its budget, or every slot was
 * taken. A 503 whose detail says what was too large and how to narrow the request; the sibling of
 * {@link org.linkagemapper.system.QueryTimeoutException}, which says the same of a Cypher query.
 */
class AnalysisLimitException extends ErrorResponseException {

  private AnalysisLimitException(String title, String detail, HttpHeaders headers) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        Problems.of(HttpStatus.SERVICE_UNAVAILABLE, title, detail),
        null);
    getHeaders().addAll(headers);
  }

  /** The analysis ran past its budget on a graph of the given size and was stopped. */
  static AnalysisLimitException tooLarge(
      String analysis, String size, Duration budget, String narrow) {
    return new AnalysisLimitException(
        "Analysis too large",
        "The %s analysis of %s ran past its %d ms budget (LINKAGE_ANALYSIS_BUDGET) and was stopped; narrow it with %s"
            .formatted(analysis, size == null ? "the graph" : size, budget.toMillis(), narrow),
        new HttpHeaders());
  }

  /** Every analysis slot stayed taken while the request waited. */
  static AnalysisLimitException busy(String analysis, int concurrency, Duration waited) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, "1");
    return new AnalysisLimitException(
        "Too many analyses",
        "The %s analysis could not start: %d analys%s already running (LINKAGE_ANALYSIS_CONCURRENCY) and none finished within %d ms; try again shortly"
            .formatted(analysis, concurrency, concurrency == 1 ? "is" : "es", waited.toMillis()),
        headers);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
