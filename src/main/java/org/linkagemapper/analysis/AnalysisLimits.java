package org.linkagemapper.analysis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one analysis may cost: its time budget, how many run at once and how long a request waits
 * for a free slot, and from which graph size betweenness and closeness are estimated from a sample
 * of sources instead of computed from every actor. Each maps to an environment variable in the
 * README's configuration table.
 */
@ConfigurationProperties("linkage.analysis")
public record AnalysisLimits(
    Duration budget, int concurrency, Duration queueWait, int exactUpTo, int samples) {

  /**
   * The defaults of application.yaml, for analyses run outside the application (tests, benchmarks).
   */
  static AnalysisLimits defaults() {
    return new AnalysisLimits(Duration.ofSeconds(5), 2, Duration.ofSeconds(1), 2000, 256);
  }

  public AnalysisLimits {
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("linkage.analysis.budget must be positive, was " + budget);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException(
          "linkage.analysis.concurrency must be at least 1, was " + concurrency);
    }
    if (queueWait == null || queueWait.isNegative()) {
      throw new IllegalArgumentException(
          "linkage.analysis.queue-wait must not be negative, was " + queueWait);
    }
    if (samples < 1) {
      throw new IllegalArgumentException(
          "linkage.analysis.samples must be at least 1, was " + samples);
    }
  }
}
