package org.linkagemapper.seed;

/**
 * One thing wrong with the seed files, located well enough to fix by hand: the file, the line, the
 * entry (its id when it has one) and the field.
 */
public record SeedProblem(String file, int line, String entry, String field, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(" line ").append(line);
    }
    if (entry != null) {
      text.append(" (entry ").append(entry).append(')');
    }
    if (field != null) {
      text.append(", field '").append(field).append('\'');
    }
    return text.append(": ").append(message).toString();
  }
}
