package org.linkagemapper.curation;

import java.util.Map;
import org.linkagemapper.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A write that was refused, and why: the status it is answered with, a sentence a person can act
 * on, and the details (problems, what would go, the current version) as problem properties. Nothing
 * was changed when one of these is thrown.
 */
class CurationException extends ErrorResponseException {

  CurationException(
      HttpStatus status, String title, String detail, Map<String, Object> properties) {
    super(status, Problems.of(status, title, detail), null);
    properties.forEach(getBody()::setProperty);
  }

  static CurationException invalid(String detail, Map<String, Object> properties) {
    return new CurationException(
        HttpStatus.UNPROCESSABLE_CONTENT, "Refused by the seed checks", detail, properties);
  }

  static CurationException conflict(String detail, Map<String, Object> properties) {
    return new CurationException(HttpStatus.CONFLICT, "Conflict", detail, properties);
  }

  static CurationException badBody(String detail) {
    return new CurationException(HttpStatus.BAD_REQUEST, "Bad request body", detail, Map.of());
  }

  static CurationException preconditionRequired(String what, String current) {
    return new CurationException(
        HttpStatus.PRECONDITION_REQUIRED,
        "If-Match required",
        "Changing %s needs an If-Match header with the ETag you read (or * to overwrite whatever is there); its current ETag is %s"
            .formatted(what, current),
        Map.of("currentEtag", current));
  }

  static CurationException stale(String what, String given, String current) {
    return new CurationException(
        HttpStatus.PRECONDITION_FAILED,
        "Changed since you read it",
        "%s changed since you read it (your If-Match %s, now %s): read it again, redo your change and send it with the new ETag"
            .formatted(what, given, current),
        Map.of("currentEtag", current, "givenEtag", given));
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
