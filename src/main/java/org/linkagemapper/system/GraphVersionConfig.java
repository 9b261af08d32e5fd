package org.linkagemapper.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.linkagemapper.graph.GraphVersion;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the {@link GraphVersion}: pushed by a transaction event listener on the embedded database
 * (which sees every commit, Bolt clients included), or probed on an external server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class GraphVersionConfig {

  private static final Logger log = LoggerFactory.getLogger(GraphVersionConfig.class);

  /**
   * The server's last committed transaction on the database, one row per server hosting it.
   * Enterprise and Aura report it; Community answers null. {@code SHOW DATABASE} is allowed to
   * every user with access to the database (PUBLIC role).
   */
  static final String LAST_TXN =
      "SHOW DATABASE $db YIELD name, lastCommittedTxn RETURN lastCommittedTxn";

  static final String LAST_TXN_DEFAULT =
      "SHOW DEFAULT DATABASE YIELD name, lastCommittedTxn RETURN lastCommittedTxn";

  /**
   * Where the server keeps no transaction id for us: node and relationship counts (read from the
   * count store, constant time) and the change log's sequence, which every curation write of every
   * instance moves. A write by another client that only changes properties is not seen.
   */
  static final String FINGERPRINT =
      """
      CALL { MATCH (n) RETURN count(n) AS nodes }
      CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
      OPTIONAL MATCH (l:ChangeLog {id: 'changes'})
      RETURN [nodes, relationships, l.seq] AS fingerprint""";

  @Bean
  GraphVersion graphVersion(
      LinkageProperties properties,
      CacheProperties cache,
      Driver driver,
      ObjectProvider<EmbeddedNeo4j> embedded) {
    EmbeddedNeo4j db = embedded.getIfAvailable();
    if (db != null) {
      return listeningTo(db, properties.neo4j().database());
    }
    Duration interval = cache.probeInterval();
    String database = properties.neo4j().database();
    boolean txnKnown =
        lastCommitted(driver, database).stream().anyMatch(java.util.Objects::nonNull);
    log.info(
        "Graph version: writes by other Neo4j clients are seen within {} (linkage.cache.probe-interval), by {}",
        interval,
        txnKnown
            ? "the server's last committed transaction"
            : "node and relationship counts and the change log (property-only edits by other clients are missed)");
    return GraphVersion.probed(
        () -> txnKnown ? lastCommitted(driver, database) : fingerprint(driver, database), interval);
  }

  /** A version every commit on {@code database} (blank: the default one) moves, whoever made it. */
  static GraphVersion listeningTo(EmbeddedNeo4j db, String database) {
    GraphVersion version = GraphVersion.pushed();
    String name =
        database == null || database.isBlank()
            ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME
            : database;
    // Called for transactions that changed something, after their changes are visible.
    db.service()
        .registerTransactionEventListener(
            name,
            new TransactionEventListenerAdapter<Object>() {
              @Override
              public void afterCommit(
                  TransactionData data, Object state, GraphDatabaseService service) {
                version.bump();
              }
            });
    return version;
  }

  /**
   * The answer cache, after Spring Security (order -100) so access is checked on every request;
   * registered but switched off when {@code LINKAGE_CACHE=off}.
   */
  @Bean
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  FilterRegistrationBean<AnswerCacheFilter> answerCacheFilter(
      GraphVersion version, CacheProperties cache) {
    FilterRegistrationBean<AnswerCacheFilter> registration =
        new FilterRegistrationBean<>(new AnswerCacheFilter(version, cache));
    registration.setOrder(0);
    registration.setEnabled(cache.enabled());
    log.info(
        "Answer cache {} (LINKAGE_CACHE): at most {} answers and {}",
        cache.enabled() ? "on" : "off",
        cache.maxEntries(),
        cache.maxBytes());
    return registration;
  }

  /** The last committed transaction id(s) of the database, as the server reports them. */
  static List<Object> lastCommitted(Driver driver, String database) {
    boolean named = database != null && !database.isBlank();
    try (var session = driver.session(SessionConfig.forDatabase("system"))) {
      return session.executeRead(
          tx ->
              tx.run(named ? LAST_TXN : LAST_TXN_DEFAULT, named ? Map.of("db", database) : Map.of())
                  .list(r -> r.get("lastCommittedTxn").asObject()));
    }
  }

  /** Counts and the change log's sequence, where the server does not report its transaction id. */
  static List<Object> fingerprint(Driver driver, String database) {
    try (var session = driver.session(LinkageProperties.Neo4j.sessionConfig(database))) {
      return session.executeRead(tx -> tx.run(FINGERPRINT).single().get("fingerprint").asList());
    }
  }
}
