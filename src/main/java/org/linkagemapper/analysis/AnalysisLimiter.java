package org.linkagemapper.analysis;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.linkagemapper.system.LinkageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Runs analyses on a pool of {@code linkage.analysis.concurrency} threads, each under its {@link
 * Budget} (the query timeout to read the graph, then the analysis budget to compute): a request
 * that finds every slot taken waits {@code queue-wait} and then gets a 503, so abandoned or slow
 * requests cannot pile up; an analysis past its budget stops itself, and one whose caller has gone
 * is cancelled (its worker interrupted, which {@link Budget#check()} sees at its next step).
 */
@Component
class AnalysisLimiter {

  private static final Logger log = LoggerFactory.getLogger(AnalysisLimiter.class);

  /** How long past the budget a caller waits for the worker to notice it before giving up on it. */
  private static final long GRACE_MILLIS = 1000;

  private final AnalysisLimits limits;
  private final Duration read;
  private final Semaphore slots;
  private final ThreadPoolExecutor pool;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong outOfTime = new AtomicLong();
  private final AtomicLong cancelled = new AtomicLong();
  private final AtomicLong started = new AtomicLong();

  @Autowired
  AnalysisLimiter(AnalysisLimits limits, LinkageProperties properties) {
    this(limits, properties.query().timeout());
  }

  /**
   * {@code read}: how long reading the graph may take (the query timeout), before the budget
   * starts.
   */
  AnalysisLimiter(AnalysisLimits limits, Duration read) {
    this.limits = limits;
    this.read = read;
    this.slots = new Semaphore(limits.concurrency(), true);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            limits.concurrency(),
            limits.concurrency(),
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "analysis-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  AnalysisLimits limits() {
    return limits;
  }

  /** Analyses computing right now. */
  int running() {
    return running.get();
  }

  /** Analyses whose worker began computing. */
  long started() {
    return started.get();
  }

  /** Analyses stopped because they ran past their budget. */
  long outOfTime() {
    return outOfTime.get();
  }

  /** Analyses stopped because their caller went away. */
  long cancelled() {
    return cancelled.get();
  }

  /**
   * Runs {@code work} and answers through a {@link DeferredResult}: the request thread is freed at
   * once, and when the request ends before the analysis does (the client disconnects, or the async
   * timeout passes) the analysis is cancelled.
   */
  <T> DeferredResult<T> answer(String analysis, String narrow, Callable<T> work) {
    DeferredResult<T> result =
        new DeferredResult<>(read.toMillis() + limits.budget().toMillis() + GRACE_MILLIS);
    Job<T> job = start(analysis, narrow, work, result);
    result.onTimeout(
        () -> {
          job.cancel(true);
          result.setErrorResult(job.budget.tooLarge());
        });
    result.onError(e -> job.cancel(true));
    // Also when the connection closed: cancelling a finished job does nothing.
    result.onCompletion(() -> job.cancel(true));
    return result;
  }

  /** Runs {@code work} and waits for it: for callers that need the answer on their own thread. */
  <T> T run(String analysis, String narrow, Callable<T> work) {
    Job<T> job = start(analysis, narrow, work, null);
    try {
      return job.get(
          read.toMillis() + limits.budget().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "interrupted while waiting for the " + analysis + " analysis");
    } catch (TimeoutException e) {
      job.cancel(true);
      throw job.budget.tooLarge();
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  private <T> Job<T> start(
      String analysis, String narrow, Callable<T> work, DeferredResult<T> result) {
    long start = System.nanoTime();
    try {
      if (!slots.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw AnalysisLimitException.busy(analysis, limits.concurrency(), limits.queueWait());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "interrupted while waiting for a slot for the " + analysis + " analysis");
    }
    Job<T> job =
        new Job<>(new Budget(analysis, narrow, limits.budget(), read, start), work, result);
    try {
      pool.execute(job);
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
    return job;
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /**
   * One analysis: holds its slot until its worker has really stopped, not merely been cancelled.
   */
  private final class Job<T> extends FutureTask<T> {

    private final Budget budget;
    private final DeferredResult<T> result;

    Job(Budget budget, Callable<T> work, DeferredResult<T> result) {
      super(() -> budget.run(work));
      this.budget = budget;
      this.result = result;
    }

    @Override
    public void run() {
      if (!isDone()) {
        started.incrementAndGet();
      }
      running.incrementAndGet();
      try {
        super.run();
      } finally {
        running.decrementAndGet();
        Thread.interrupted();
        slots.release();
      }
    }

    @Override
    protected void done() {
      if (isCancelled()) {
        cancelled.incrementAndGet();
        return;
      }
      try {
        T value = get();
        if (result != null) {
          result.setResult(value);
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof AnalysisLimitException) {
          outOfTime.incrementAndGet();
          log.info("{}", cause.getMessage());
        } else if (cause instanceof CancellationException) {
          cancelled.incrementAndGet();
        }
        if (result != null) {
          result.setErrorResult(
              cause instanceof Exception ? cause : new IllegalStateException(cause));
        }
      } catch (InterruptedException | CancellationException e) {
        // done() runs after completion: get() neither blocks nor is cancelled here.
      }
    }
  }
}
