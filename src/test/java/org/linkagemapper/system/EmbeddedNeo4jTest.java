package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded database's Bolt port: never open beyond loopback without a password. */
class EmbeddedNeo4jTest {

  @TempDir Path dir;

  @Test
  void refusesToListenBeyondLoopbackWithoutAPasswordAndStartsNothing() throws IOException {
    for (String address : new String[] {"0.0.0.0", "::", "192.0.2.10", "example.invalid"}) {
      var settings = new LinkageProperties.Embedded(dir.resolve("data"), address, 7699, "", false);

      assertThatThrownBy(() -> EmbeddedNeo4j.start(settings, "http://localhost:8080"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("LINKAGE_BOLT_PASSWORD");
    }
    assertThat(Files.exists(dir.resolve("data"))).isFalse();
  }

  @Test
  void withAPasswordBoltRefusesAnonymousAndWrongPasswordsAndAdmitsTheRightOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var settings =
        new LinkageProperties.Embedded(
            dir.resolve("data"), "127.0.0.1", port, "correct-horse-battery", false);
    try (EmbeddedNeo4j db = EmbeddedNeo4j.start(settings, "http://localhost:8080")) {
      assertThat(db.authEnabled()).isTrue();
      try (var anonymous = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
        assertThatThrownBy(anonymous::verifyConnectivity)
            .isInstanceOf(AuthenticationException.class);
      }
      try (var wrong = GraphDatabase.driver(db.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
        assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      try (var right =
              GraphDatabase.driver(
                  db.boltUri(), AuthTokens.basic("neo4j", "correct-horse-battery"));
          var session = right.session()) {
        assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        assertThat(
                session
                    .run(
                        "SHOW SETTINGS YIELD name, value WHERE name = 'client.allow_telemetry' RETURN value")
                    .single()
                    .get("value")
                    .asString())
            .as("Neo4j Browser reports no product usage by default")
            .isEqualTo("false");
      }
    }
  }

  @Test
  void loopbackAddressesAreRecognised() {
    assertThat(EmbeddedNeo4j.isLoopback("127.0.0.1")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("localhost")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("::1")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("0.0.0.0")).isFalse();
  }
}
