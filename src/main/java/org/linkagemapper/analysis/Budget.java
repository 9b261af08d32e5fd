package org.linkagemapper.analysis;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * The deadline of the analysis running on this thread, checked cooperatively inside the algorithms'
 * loops: past it {@link #check()} throws a 503 naming the graph's size; once the caller has gone
 * (the worker is interrupted) it throws {@link CancellationException}. On a thread with no budget
 * installed (tests calling the analyses directly) only interruption is checked.
 *
 * <p>Reading the graph is bounded by the query timeout (LINKAGE_QUERY_TIMEOUT), the computation
 * that follows by the budget, counted from the moment the graph has been read: so a 503 for a too
 * large analysis always says how large the graph was, and one for a slow read says so instead.
 */
final class Budget {

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  /** How many checks pass between two reads of the clock. */
  private static final int CLOCK_EVERY = 64;

  private final String analysis;
  private final String narrow;
  private final Duration budget;
  private long deadline;
  private String size;
  private int calls;

  Budget(String analysis, String narrow, Duration budget, Duration read, long startNanos) {
    this.analysis = analysis;
    this.narrow = narrow;
    this.budget = budget;
    this.deadline = startNanos + read.toNanos() + budget.toNanos();
  }

  /** Runs {@code work} with this budget installed on the current thread. */
  <T> T run(java.util.concurrent.Callable<T> work) throws Exception {
    Budget previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.call();
    } finally {
      CURRENT.set(previous);
    }
  }

  /**
   * The graph has been read: the budget for computing on it starts now; its size goes in the
   * message.
   */
  static void graphRead(int actors, int ties) {
    Budget b = CURRENT.get();
    if (b != null) {
      b.size = "%d actors and %d ties".formatted(actors, ties);
      b.deadline = System.nanoTime() + b.budget.toNanos();
    }
  }

  /** Stops the analysis if its caller has gone or its time is up. */
  static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the caller of the analysis has gone");
    }
    Budget b = CURRENT.get();
    if (b != null && ++b.calls % CLOCK_EVERY == 0) {
      b.checkClock();
    }
  }

  /** Like {@link #check()}, reading the clock now: for loops whose every step is long. */
  static void checkNow() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the caller of the analysis has gone");
    }
    Budget b = CURRENT.get();
    if (b != null) {
      b.checkClock();
    }
  }

  private void checkClock() {
    if (System.nanoTime() - deadline > 0) {
      throw tooLarge();
    }
  }

  AnalysisLimitException tooLarge() {
    return AnalysisLimitException.tooLarge(analysis, size, budget, narrow);
  }
}
