package org.linkagemapper.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Who may read and write over HTTP, which web origins may call the API, and how large a request
 * body may be; each maps to an environment variable in the README's configuration table. Kept apart
 * from {@link LinkageProperties} so the secrets it holds are never part of a record someone logs.
 */
@ConfigurationProperties("linkage.security")
public record AccessProperties(
    String editors, String readers, Reads reads, String corsOrigins, DataSize maxBody) {

  public AccessProperties {
    reads = reads == null ? Reads.OPEN : reads;
    maxBody = maxBody == null ? DataSize.ofMegabytes(4) : maxBody;
  }

  /** Whether reading the API needs a login. */
  public enum Reads {
    /** Anyone who can reach the service reads. */
    OPEN,
    /** Only configured editors and readers read. */
    AUTHENTICATED
  }

  /** The origins allowed to call the API from a web page; empty means none (CORS closed). */
  public List<String> corsOriginList() {
    return corsOrigins == null
        ? List.of()
        : Arrays.stream(corsOrigins.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  /** Never prints the password hashes. */
  @Override
  public String toString() {
    return "AccessProperties[reads=%s, corsOrigins=%s, maxBody=%s]"
        .formatted(reads, corsOriginList(), maxBody);
  }
}
