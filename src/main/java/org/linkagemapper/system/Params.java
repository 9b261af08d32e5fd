package org.linkagemapper.system;

import java.util.Collection;
import org.linkagemapper.graph.Vocabulary;

/** Checks shared by every endpoint's parameters, so each answers a bad value the same way. */
public final class Params {

  private Params() {}

  /** A year for {@code asOf} and similar filters, or null when absent. */
  public static Integer year(String name, Integer year) {
    if (year != null && (year < Vocabulary.MIN_YEAR || year > Vocabulary.MAX_YEAR)) {
      throw new BadParameterException(
          name,
          year,
          "expected a year from %d to %d".formatted(Vocabulary.MIN_YEAR, Vocabulary.MAX_YEAR));
    }
    return year;
  }

  /** A value that must be one of {@code allowed}, or null when absent. */
  public static String oneOf(String name, String value, Collection<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new BadParameterException(name, value, "not one of the allowed values", allowed);
    }
    return value;
  }

  /** An integer within bounds, or the default when absent. */
  public static int bounded(String name, Integer value, int defaultValue, int min, int max) {
    if (value == null) {
      return defaultValue;
    }
    if (value < min || value > max) {
      throw new BadParameterException(
          name, value, "expected a number from %d to %d".formatted(min, max));
    }
    return value;
  }
}
