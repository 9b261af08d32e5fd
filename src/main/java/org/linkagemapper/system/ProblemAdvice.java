package org.linkagemapper.system;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one advice that turns every failure into an RFC 9457 problem a person can act on. The
 * service's own refusals are {@link org.springframework.web.ErrorResponseException}s carrying their
 * problem (Spring's handler answers them as they are); this class only words the framework's own
 * exceptions and the database's failures the same way.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String expected =
        e.getRequiredType() == null
            ? "a different value"
            : "expected " + describe(e.getRequiredType());
    return answer(new BadParameterException(name, e.getValue(), expected).getBody());
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "Missing parameter",
            "Parameter '%s' is required".formatted(e.getParameterName()));
    problem.setProperty("parameter", e.getParameterName());
    return answer(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    BodyLimitFilter.TooLargeException tooLarge = BodyLimitFilter.TooLargeException.in(e);
    if (tooLarge != null) {
      return answer(
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
    }
    String cause = e.getMostSpecificCause().getMessage();
    String first = cause == null ? "" : cause.lines().findFirst().orElse("");
    return answer(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "Unreadable request body",
            "The body is missing or is not valid JSON of the expected shape: "
                + (first.length() > 200 ? first.substring(0, 200) + "..." : first)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return answer(uploadTooLarge());
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail badUpload(MultipartException e) {
    if (BodyLimitFilter.TooLargeException.in(e) != null) {
      return uploadTooLarge();
    }
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "Unreadable upload",
        "The multipart body cannot be read: " + e.getMessage());
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ProblemDetail unavailable(ServiceUnavailableException e) {
    log.warn("Database unavailable: {}", e.getMessage());
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Database unavailable",
        "The graph database cannot be reached: " + e.getMessage());
  }

  @ExceptionHandler({ClientException.class, TransientException.class, DatabaseException.class})
  ProblemDetail database(RuntimeException e) {
    if (QueryTimeoutException.isTimeout(e)) {
      return QueryTimeoutException.from(e).getBody();
    }
    log.error("Query failed", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Query failed",
        "The database refused the query; see the service log");
  }

  private static ProblemDetail uploadTooLarge() {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "Request body too large",
        "The upload is larger than the limit (LINKAGE_MAX_BODY)");
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
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
}
