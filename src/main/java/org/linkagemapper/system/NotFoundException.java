package org.linkagemapper.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request named an id the graph does not hold: a 404 that names it. */
public class NotFoundException extends ErrorResponseException {

  private final String id;

  public NotFoundException(String what, String id) {
    super(
        HttpStatus.NOT_FOUND,
        Problems.of(HttpStatus.NOT_FOUND, "Not found", "No %s with id '%s'".formatted(what, id)),
        null);
    getBody().setProperty("id", id);
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
