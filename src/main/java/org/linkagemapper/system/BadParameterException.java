package org.linkagemapper.system;

import java.util.Collection;
import java.util.List;

/** A request parameter was malformed or not one of the allowed values: a 400 naming both. */
public class BadParameterException extends RuntimeException {

  private final String parameter;
  private final Object given;
  private final List<String> allowed;

  public BadParameterException(String parameter, Object given, String expected, Collection<String> allowed) {
    super("Parameter '%s': %s, given '%s'".formatted(parameter, expected, given));
    this.parameter = parameter;
    this.given = given;
    this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
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
}
