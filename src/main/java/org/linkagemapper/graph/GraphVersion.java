package org.linkagemapper.graph;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A number that moves on every commit the database sees, so an answer computed at one version can
 * be served from memory until the graph changes.
 *
 * <p>With the embedded database every commit is pushed here ({@link #bump()} from a transaction
 * event listener). With an external server, writes through this service bump it at once, and writes
 * by other clients are noticed by a probe that runs at most once per interval, on the first {@link
 * #current()} after the interval has passed; an answer is then never older than that interval plus
 * one probe.
 */
public final class GraphVersion {

  private static final Logger log = LoggerFactory.getLogger(GraphVersion.class);

  private final AtomicLong version = new AtomicLong();
  private final Supplier<Object> probe;
  private final long intervalNanos;
  private volatile long nextProbe;
  private Object lastToken;

  private GraphVersion(Supplier<Object> probe, Duration interval) {
    this.probe = probe;
    this.intervalNanos = interval.toNanos();
    this.nextProbe = System.nanoTime();
  }

  /** A version every commit is reported to. */
  public static GraphVersion pushed() {
    return new GraphVersion(null, Duration.ZERO);
  }

  /**
   * A version that also asks {@code probe} for a token at most once per {@code interval}; a token
   * unequal to the last one moves the version.
   */
  public static GraphVersion probed(Supplier<Object> probe, Duration interval) {
    return new GraphVersion(Objects.requireNonNull(probe), interval);
  }

  /** The version now; with a probe, at most {@code interval} behind other clients' commits. */
  public long current() {
    if (probe != null && System.nanoTime() - nextProbe >= 0) {
      probeNow();
    }
    return version.get();
  }

  /** Moves the version: called after a commit, never before (a reader must see the new data). */
  public long bump() {
    return version.incrementAndGet();
  }

  private synchronized void probeNow() {
    long started = System.nanoTime();
    if (started - nextProbe < 0) {
      return; // another thread probed while this one waited
    }
    Object token;
    try {
      token = probe.get();
    } catch (RuntimeException e) {
      // Unknown state: move on so nothing cached before is trusted; answers will fail on their own.
      log.warn("Graph version probe failed: {}", e.getMessage());
      token = e;
    }
    if (lastToken != null && !lastToken.equals(token)) {
      bump();
    }
    lastToken = token;
    // Measured from the start of the probe, so the bound includes the probe's own time.
    nextProbe = started + intervalNanos;
  }
}
