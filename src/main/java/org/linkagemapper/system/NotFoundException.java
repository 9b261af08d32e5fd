package org.linkagemapper.system;

/** A request named an id the graph does not hold: a 404 that names it. */
public class NotFoundException extends RuntimeException {

  private final String id;

  public NotFoundException(String what, String id) {
    super("No %s with id '%s'".formatted(what, id));
    this.id = id;
  }

  public String id() {
    return id;
  }
}
