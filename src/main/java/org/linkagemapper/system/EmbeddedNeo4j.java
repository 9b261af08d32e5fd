package org.linkagemapper.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * A real Neo4j 5 running in this JVM with its Bolt connector open, so the service (and Neo4j
 * Browser) talk to it exactly as they would to a server. Started only when no {@code NEO4J_URI} is
 * given.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private final DatabaseManagementService service;
  private final String boltUri;
  private final boolean authEnabled;

  private EmbeddedNeo4j(DatabaseManagementService service, String boltUri, boolean authEnabled) {
    this.service = service;
    this.boltUri = boltUri;
    this.authEnabled = authEnabled;
  }

  /**
   * Starts the database. Refuses to listen beyond loopback without a password: with auth off,
   * anyone who can reach the port could rewrite the graph.
   */
  public static EmbeddedNeo4j start(LinkageProperties.Embedded settings, String appBaseUrl) {
    boolean auth = settings.authEnabled();
    if (!auth && !isLoopback(settings.boltAddress())) {
      throw new IllegalStateException(
          "LINKAGE_BOLT_ADDRESS=%s listens beyond loopback, so the embedded database needs a password: set LINKAGE_BOLT_PASSWORD"
              .formatted(settings.boltAddress()));
    }
    // Neo4j refuses relative or non-normalised homes.
    Path home = settings.dataDir().toAbsolutePath().normalize();
    long started = System.nanoTime();
    DatabaseManagementService service;
    try {
      service =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(
                  BoltConnector.listen_address,
                  new SocketAddress(settings.boltAddress(), settings.boltPort()))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              // Netty 4.2 (Spring Boot 4) cannot bind Neo4j's local (in-JVM) channel.
              .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
              .setConfig(
                  BoltConnectorInternalSettings.connection_shutdown_wait_time,
                  Duration.ofSeconds(1))
              .setConfig(
                  BoltConnectorInternalSettings.thread_pool_shutdown_wait_time,
                  Duration.ofSeconds(1))
              // Neo4j's own HTTP server cannot run on Boot's Jetty; Browser is served by this app.
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, auth)
              // Sized for a graph of thousands of nodes, not millions: the whole store fits in the
              // page cache, and nothing is gained by warming it, reporting usage or idling 400
              // threads.
              .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
              .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(BoltConnector.thread_pool_max_size, 64)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              // Neo4j Browser reads these on connect: open the project's guide and style, and do
              // not
              // report product usage (CERT users run this on sensitive networks).
              .setConfig(ServerSettings.allow_telemetry, settings.browserTelemetry())
              .setConfig(
                  ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
              // Browser asks this setting before it reports product usage; CERT networks get none
              // unless
              // LINKAGE_BROWSER_TELEMETRY=true. (Neo4j 5 has no browser.allow_outgoing_connections;
              // the
              // allowlist above is what keeps Browser from fetching remote guides and content.)
              .setConfig(ServerSettings.allow_telemetry, settings.browserTelemetry())
              .setConfig(
                  ServerSettings.browser_post_connect_cmd,
                  "style %1$s/browser/linkage.grass; play %1$s/guides/linkage.html"
                      .formatted(appBaseUrl))
              .build();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The embedded Neo4j in %s did not start: %s. Is another Linkage Mapper using that folder or Bolt port %d? Stop it, or set LINKAGE_DATA_DIR / LINKAGE_BOLT_PORT."
              .formatted(home, rootCause(e).getMessage(), settings.boltPort()),
          e);
    }
    if (auth) {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", settings.password()));
    }
    // Port 0 (the command-line tools) binds any free port; ask Neo4j which one it took.
    int port =
        ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    String uri = "bolt://%s:%d".formatted(uriHost(settings.boltAddress()), port);
    log.info(
        "Embedded Neo4j started in {} ms at {}, data in {}",
        (System.nanoTime() - started) / 1_000_000,
        uri,
        home);
    return new EmbeddedNeo4j(service, uri, auth);
  }

  /** Where this service's HTTP API will listen, for Neo4j Browser's guide and style links. */
  static String appBaseUrl(Environment environment) {
    String host = environment.getProperty("server.address", "127.0.0.1");
    return "http://%s:%s"
        .formatted(
            isLoopback(host) ? "localhost" : host, environment.getProperty("server.port", "8080"));
  }

  private static String uriHost(String listenAddress) {
    // A wildcard listener is reached through loopback from this JVM.
    return "0.0.0.0".equals(listenAddress) || "::".equals(listenAddress)
        ? "127.0.0.1"
        : listenAddress;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  public String boltUri() {
    return boltUri;
  }

  public boolean authEnabled() {
    return authEnabled;
  }

  public DatabaseManagementService service() {
    return service;
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
