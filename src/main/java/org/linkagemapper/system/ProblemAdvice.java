package org.linkagemapper.system;

import java.net.URI;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure into an RFC 9457 problem a person can act on. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    problem.setProperty("id", e.id());
    return problem;
  }

  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
    problem.setProperty("parameter", e.parameter());
    problem.setProperty("given", String.valueOf(e.given()));
    if (!e.allowed().isEmpty()) {
      problem.setProperty("allowed", e.allowed());
    }
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "a different value" : "expected " + describe(e.getRequiredType());
    return badParameter(new BadParameterException(e.getName(), e.getValue(), expected));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "Missing parameter", "Parameter '%s' is required".formatted(e.getParameterName()));
    problem.setProperty("parameter", e.getParameterName());
    return problem;
  }

  @ExceptionHandler(QueryTimeoutException.class)
  ProblemDetail timeout(QueryTimeoutException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out", e.getMessage());
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ProblemDetail unavailable(ServiceUnavailableException e) {
    log.warn("Database unavailable: {}", e.getMessage());
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", "The graph database cannot be reached: " + e.getMessage());
  }

  @ExceptionHandler({ClientException.class, TransientException.class})
  ProblemDetail database(RuntimeException e) {
    if (QueryTimeoutException.isTimeout(e)) {
      return timeout(QueryTimeoutException.from(e));
    }
    log.error("Query failed", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed", "The database refused the query; see the service log");
  }

  private static String describe(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return type.getSimpleName();
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
