package org.linkagemapper.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code LINKAGE_MAX_BODY} with a 413 problem: at once when the
 * declared length is too large, and by stopping the read when a chunked body runs past it. Tomcat's
 * own limit only covers form posts; multipart uploads are bounded by Spring's multipart settings.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

  private final long max;

  public BodyLimitFilter(long max) {
    this.max = max;
  }

  /** Thrown while reading a body that went past the limit; answered with 413. */
  public static final class TooLargeException extends IOException {
    private final long max;

    TooLargeException(long max) {
      super(
          "the request body is larger than the limit of %d bytes (LINKAGE_MAX_BODY)"
              .formatted(max));
      this.max = max;
    }

    public long max() {
      return max;
    }

    /** True when {@code e} or one of its causes is a body over the limit. */
    public static TooLargeException in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof TooLargeException tooLarge) {
          return tooLarge;
        }
      }
      return null;
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > max) {
      ProblemDetail problem =
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE,
              "Request body too large",
              "The request body has %d bytes; the limit is %d (LINKAGE_MAX_BODY)"
                  .formatted(request.getContentLengthLong(), max));
      problem.setProperty("limit", max);
      Problems.write(response, request.getRequestURI(), problem);
      return;
    }
    chain.doFilter(new Limited(request, max), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), max);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    Counting(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    private int count(int n) throws TooLargeException {
      if (n > 0) {
        read += n;
        if (read > max) {
          throw new TooLargeException(max);
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(in.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
