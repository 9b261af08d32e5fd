package org.linkagemapper.system;

import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request parameter was malformed or not one of the allowed values: a 400 naming both. */
public class BadParameterException extends ErrorResponseException {

  private final String parameter;
  private final Object given;
  private final List<String> allowed;

  public BadParameterException(
      String parameter, Object given, String expected, Collection<String> allowed) {
    super(
        HttpStatus.BAD_REQUEST,
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "Bad parameter",
            "Parameter '%s': %s, given '%s'".formatted(parameter, expected, given)),
        null);
    this.parameter = parameter;
    this.given = given;
    this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    getBody().setProperty("parameter", parameter);
    getBody().setProperty("given", String.valueOf(given));
    if (!this.allowed.isEmpty()) {
      getBody().setProperty("allowed", this.allowed);
    }
  }

  public BadParameterException(String parameter, Object given, String expected) {
    this(parameter, given, expected, null);
  }

  public String parameter() {
    return parameter;
  }

  public Object given() {
    return given;
  }

  public List<String> allowed() {
    return allowed;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
