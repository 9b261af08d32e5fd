package org.linkagemapper.curation;

import java.net.URI;

import org.linkagemapper.system.BodyLimitFilter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Problem answers for refused writes and for request bodies that cannot be read. */
@RestControllerAdvice(basePackageClasses = CurationAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CurationAdvice {

  @ExceptionHandler(CurationException.class)
  ProblemDetail refused(CurationException e) {
    ProblemDetail problem = problem(e.status(), e.title(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    BodyLimitFilter.TooLargeException tooLarge = BodyLimitFilter.TooLargeException.in(e);
    if (tooLarge != null) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage());
    }
    String cause = e.getMostSpecificCause().getMessage();
    String first = cause == null ? "" : cause.lines().findFirst().orElse("");
    return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
        "The body is missing or is not valid JSON: " + (first.length() > 200 ? first.substring(0, 200) + "..." : first));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "The upload is larger than the limit (LINKAGE_MAX_BODY)");
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail badUpload(MultipartException e) {
    if (BodyLimitFilter.TooLargeException.in(e) != null) {
      return uploadTooLarge(null);
    }
    return problem(HttpStatus.BAD_REQUEST, "Unreadable upload", "The multipart body cannot be read: " + e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
