package org.linkagemapper.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the configuration is known, so the
 * database (about half of a cold start) comes up while Spring builds the web context instead of
 * after it. The {@code embeddedNeo4j} bean then waits for this start rather than beginning one.
 * Registered by {@code main} and the commands; contexts built otherwise (tests) start the database
 * in the bean, as before.
 */
public final class EmbeddedNeo4jEarlyStart implements SmartApplicationListener {

  private CompletableFuture<EmbeddedNeo4j> started;
  private boolean handedOver;

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
    return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
        || ApplicationContextInitializedEvent.class.isAssignableFrom(type)
        || ApplicationFailedEvent.class.isAssignableFrom(type);
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      start(prepared.getEnvironment());
    } else if (event instanceof ApplicationContextInitializedEvent initialized && started != null) {
      initialized
          .getApplicationContext()
          .getBeanFactory()
          .registerSingleton("embeddedNeo4jEarlyStart", this);
    } else if (event instanceof ApplicationFailedEvent) {
      closeIfNotHandedOver();
    }
  }

  private void start(Environment environment) {
    LinkageProperties properties =
        Binder.get(environment).bindOrCreate("linkage", LinkageProperties.class);
    if ((properties.neo4j() != null && properties.neo4j().external())
        || properties.embedded() == null) {
      return;
    }
    String base = EmbeddedNeo4j.appBaseUrl(environment);
    started = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                started.complete(EmbeddedNeo4j.start(properties.embedded(), base));
              } catch (Throwable e) {
                started.completeExceptionally(e);
              }
            },
            "embedded-neo4j-start");
    thread.setDaemon(true);
    thread.start();
  }

  /** The database this listener started, once it is up; rethrows its start-up failure. */
  synchronized EmbeddedNeo4j await() {
    try {
      EmbeddedNeo4j db = started.join();
      handedOver = true;
      return db;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private synchronized void closeIfNotHandedOver() {
    if (started != null && !handedOver) {
      handedOver = true;
      try {
        started.join().close();
      } catch (RuntimeException alreadyFailed) {
        // nothing was started, so nothing to close; the context's failure is reported by Boot
      }
    }
  }
}
