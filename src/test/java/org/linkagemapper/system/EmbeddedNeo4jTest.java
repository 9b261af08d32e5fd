package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's security default: no password, no listening beyond loopback. */
class EmbeddedNeo4jTest {

  @TempDir Path dir;

  @Test
  void refusesToListenBeyondLoopbackWithoutAPassword() {
    var settings = new LinkageProperties.Embedded(dir, "0.0.0.0", 0, "");

    assertThatThrownBy(() -> EmbeddedNeo4j.start(settings, "http://localhost:8080"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LINKAGE_BOLT_PASSWORD");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void loopbackAddressesAreRecognised() {
    assertThat(EmbeddedNeo4j.isLoopback("127.0.0.1")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("localhost")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("::1")).isTrue();
    assertThat(EmbeddedNeo4j.isLoopback("0.0.0.0")).isFalse();
  }
}
