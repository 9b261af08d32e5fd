package org.linkagemapper.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed files were refused; nothing was written. */
public class InvalidSeedException extends RuntimeException {

  private final List<SeedProblem> problems;

  public InvalidSeedException(List<SeedProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the seed data, nothing was loaded:\n  "
            + problems.stream().map(SeedProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<SeedProblem> problems() {
    return problems;
  }
}
