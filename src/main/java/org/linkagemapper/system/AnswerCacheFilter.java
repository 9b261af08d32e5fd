package org.linkagemapper.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.linkagemapper.graph.GraphVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Answers a read question it has answered before at the same {@link GraphVersion} from memory, as
 * the bytes sent the first time. Runs after Spring Security, so access rules are checked on every
 * request; the answers it keeps do not depend on who asked. Only successful GETs of the read
 * endpoints are kept, and only when the version did not move while the answer was computed, so a
 * kept answer belongs to one version.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

  /** The read endpoints; curation, the change log and the export are never kept. */
  static final List<String> READ_PREFIXES =
      List.of(
          "/api/search",
          "/api/mechanisms",
          "/api/partners",
          "/api/pillars",
          "/api/roles",
          "/api/areas",
          "/api/sources",
          "/api/graph",
          "/api/paths",
          "/api/actors",
          "/api/incidents",
          "/api/analysis",
          "/api/diagrams");

  /** Headers an answer sets that belong to it (security headers are written again per request). */
  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY);

  static final String CACHE_HEADER = "X-Answer-Cache";
  private static final String KEY_ATTRIBUTE = AnswerCacheFilter.class.getName() + ".key";

  record Key(long version, String method, String uri, String query, String accept) {}

  record Kept(String contentType, List<String[]> headers, byte[] body, String etag) {
    int weight() {
      return body.length + 256;
    }
  }

  private final GraphVersion version;
  private final Cache<Key, Kept> cache;
  private final AtomicLong cleared = new AtomicLong(-1);

  AnswerCacheFilter(GraphVersion version, CacheProperties properties) {
    this.version = version;
    long maxBytes = properties.maxBytes().toBytes();
    // Caffeine takes one bound; weighing every entry at least maxBytes/maxEntries makes the byte
    // bound also cap the number of entries.
    int floor =
        (int)
            Math.min(
                Integer.MAX_VALUE, Math.max(1, maxBytes / Math.max(1, properties.maxEntries())));
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .<Key, Kept>weigher((k, v) -> Math.max(floor, v.weight()))
            .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return READ_PREFIXES.stream()
        .noneMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
  }

  /**
   * Analyses answer asynchronously: their body is written in the async dispatch, so run there too.
   */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isAsyncDispatch(request)) {
      // The answer of an analysis that went asynchronous is written now, into the wrapper the
      // first dispatch gave the async context (as Spring's ShallowEtagHeaderFilter does).
      chain.doFilter(request, response);
      ContentCachingResponseWrapper wrapper =
          WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
      if (wrapper != null && !request.isAsyncStarted()) {
        keep(request, wrapper, (Key) request.getAttribute(KEY_ATTRIBUTE));
      }
      return;
    }
    long before = version.current();
    if (cleared.getAndAccumulate(before, Math::max) < before) {
      // Answers of older versions can never be asked for again.
      cache.invalidateAll();
    }
    Key key =
        new Key(
            before,
            request.getMethod(),
            request.getRequestURI(),
            request.getQueryString(),
            request.getHeader(HttpHeaders.ACCEPT));
    Kept kept = cache.getIfPresent(key);
    if (kept != null) {
      send(kept, request, response, "hit");
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (request.isAsyncStarted()) {
      request.setAttribute(KEY_ATTRIBUTE, key);
      return;
    }
    keep(request, wrapper, key);
  }

  /** Keeps a successful answer computed entirely at one version, then sends it. */
  private void keep(HttpServletRequest request, ContentCachingResponseWrapper wrapper, Key key)
      throws IOException {
    byte[] body = wrapper.getContentAsByteArray();
    if (key == null
        || wrapper.getStatus() != HttpServletResponse.SC_OK
        || version.current() != key.version()) {
      wrapper.copyBodyToResponse();
      return;
    }
    List<String[]> headers =
        KEPT_HEADERS.stream()
            .flatMap(
                name -> wrapper.getHeaders(name).stream().map(value -> new String[] {name, value}))
            .toList();
    Kept kept = new Kept(wrapper.getContentType(), headers, body, etag(body));
    cache.put(key, kept);
    wrapper.setHeader(HttpHeaders.ETAG, kept.etag());
    wrapper.setHeader(CACHE_HEADER, "miss");
    wrapper.copyBodyToResponse();
  }

  private static void send(
      Kept kept, HttpServletRequest request, HttpServletResponse response, String how)
      throws IOException {
    response.setHeader(CACHE_HEADER, how);
    response.setHeader(HttpHeaders.ETAG, kept.etag());
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null
        && (ifNoneMatch.contains(kept.etag()) || ifNoneMatch.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    if (kept.contentType() != null) {
      response.setContentType(kept.contentType());
    }
    for (String[] header : kept.headers()) {
      response.addHeader(header[0], header[1]);
    }
    response.setContentLength(kept.body().length);
    response.getOutputStream().write(kept.body());
  }

  /**
   * From the bytes, not the version: two instances on one cluster give equal answers equal tags.
   */
  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
