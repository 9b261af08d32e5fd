package org.linkagemapper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Editors and readers come from configuration as password hashes only; nothing secret is ever
 * echoed.
 */
class ConfiguredUsersTest {

  private final String hash = new BCryptPasswordEncoder(4).encode("a-long-password");

  @Test
  void editorsAndReadersAreParsedFromNameHashPairs() {
    ConfiguredUsers users =
        ConfiguredUsers.parse("alice:{bcrypt}" + hash + ", bob:" + hash, "rita:" + hash);

    assertThat(users.editorNames()).containsExactly("alice", "bob");
    assertThat(users.users()).hasSize(3);
    assertThat(users.users().get(2).getAuthorities().toString())
        .contains("ROLE_READER")
        .doesNotContain("EDITOR");
  }

  @Test
  void noConfigurationMeansNoUserAtAll() {
    ConfiguredUsers users = ConfiguredUsers.parse("", null);

    assertThat(users.hasEditors()).isFalse();
    assertThat(users.users()).isEmpty();
  }

  @Test
  void aPlainPasswordOrNoopIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> ConfiguredUsers.parse("alice:hunter2-secret", null))
        .hasMessageContaining("alice")
        .hasMessageContaining("not a password hash")
        .hasMessageNotContaining("hunter2-secret");
    assertThatThrownBy(() -> ConfiguredUsers.parse("alice:{noop}hunter2-secret", null))
        .hasMessageNotContaining("hunter2-secret");
    assertThatThrownBy(() -> ConfiguredUsers.parse("alice:" + hash, "alice:" + hash))
        .hasMessageContaining("already an editor");
    assertThatThrownBy(() -> ConfiguredUsers.parse("al ice:" + hash, null))
        .hasMessageNotContaining(hash);
  }
}
