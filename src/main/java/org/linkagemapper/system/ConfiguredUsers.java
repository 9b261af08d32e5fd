package org.linkagemapper.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The users named in {@code LINKAGE_EDITORS} and {@code LINKAGE_READERS}: {@code
 * name:{bcrypt}$2a$10$...} pairs separated by commas. Only password hashes are accepted, so no
 * password that works is ever written in configuration, and nothing here is ever logged but the
 * names.
 */
public final class ConfiguredUsers {

  public static final String EDITOR = "EDITOR";
  public static final String READER = "READER";

  private static final String NAME = "[A-Za-z0-9._@-]{1,64}";

  private final List<UserDetails> users;
  private final List<String> editorNames;

  private ConfiguredUsers(List<UserDetails> users, List<String> editorNames) {
    this.users = users;
    this.editorNames = editorNames;
  }

  /**
   * Parses both lists; throws naming the variable and the user (never the hash) when one is wrong.
   */
  public static ConfiguredUsers parse(String editors, String readers) {
    Map<String, UserDetails> users = new LinkedHashMap<>();
    List<String> editorNames = new ArrayList<>();
    for (String[] pair : pairs("LINKAGE_EDITORS", editors)) {
      users.put(
          pair[0], User.withUsername(pair[0]).password(pair[1]).roles(EDITOR, READER).build());
      editorNames.add(pair[0]);
    }
    for (String[] pair : pairs("LINKAGE_READERS", readers)) {
      if (users.containsKey(pair[0])) {
        throw new IllegalStateException(
            "LINKAGE_READERS: user '%s' is already an editor".formatted(pair[0]));
      }
      users.put(pair[0], User.withUsername(pair[0]).password(pair[1]).roles(READER).build());
    }
    return new ConfiguredUsers(List.copyOf(users.values()), List.copyOf(editorNames));
  }

  private static List<String[]> pairs(String variable, String list) {
    List<String[]> pairs = new ArrayList<>();
    if (list == null || list.isBlank()) {
      return pairs;
    }
    int position = 0;
    for (String item : list.split(",")) {
      position++;
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String name = colon < 0 ? entry : entry.substring(0, colon);
      if (colon < 0 || !name.matches(NAME)) {
        throw new IllegalStateException(
            "%s, entry %d: expected name:{bcrypt}hash (name of letters, digits and ._@-)"
                .formatted(variable, position));
      }
      pairs.add(new String[] {name, hash(variable, name, entry.substring(colon + 1).strip())});
    }
    return pairs;
  }

  private static String hash(String variable, String name, String hash) {
    if (hash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
      return "{bcrypt}" + hash;
    }
    if (hash.matches("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")
        || hash.matches("\\{pbkdf2(@SpringSecurity_v5_8)?}[0-9a-f]{64,}")) {
      return hash;
    }
    throw new IllegalStateException(
        ("%s, user '%s': not a password hash. Store {bcrypt} hashes only, never a password; "
                + "make one with: java -jar target/linkage-mapper.jar hash-password")
            .formatted(variable, name));
  }

  public List<UserDetails> users() {
    return users;
  }

  public List<String> editorNames() {
    return editorNames;
  }

  public boolean hasEditors() {
    return !editorNames.isEmpty();
  }
}
