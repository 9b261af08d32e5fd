package org.linkagemapper.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the Explorer, the REST API, Neo4j Browser and Bolt listen, once everything is up.
 */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final LinkageProperties properties;
  private final ObjectProvider<EmbeddedNeo4j> embedded;

  StartupReport(LinkageProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
    this.properties = properties;
    this.embedded = embedded;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    int port = web.getWebServer().getPort();
    String host =
        event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
    String base = "http://%s:%d".formatted(host.contains(":") ? "[" + host + "]" : host, port);
    EmbeddedNeo4j db = embedded.getIfAvailable();
    String bolt =
        db != null
            ? db.boltUri()
                + (db.authEnabled()
                    ? " (user neo4j, password from LINKAGE_BOLT_PASSWORD)"
                    : " (no auth, loopback only)")
            : properties.neo4j().uri() + " (NEO4J_URI)";
    log.info(
        """

        Linkage Mapper is ready ({} ms since JVM start)
          Explorer       {}/   (open this in a web browser)
          REST API       {}/api   (OpenAPI {}/v3/api-docs, Swagger UI {}/swagger-ui.html)
          Neo4j Browser  {}/browser/   (guide: :play {}/guides/linkage.html)
          Bolt           {}
          Health         {}/actuator/health""",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
        base,
        base,
        base,
        base,
        base,
        base,
        bolt,
        base);
  }
}
