package org.linkagemapper.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an RFC 9457 problem is made and, where Spring MVC does not write it (the security
 * filters, the body-size limit, Tomcat's own error answers), written: Spring's {@link
 * ProblemDetail} with the same JSON shape MVC gives it, so every error of the service looks the
 * same.
 */
public final class Problems {

  private static final JsonMapper json =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private Problems() {}

  /** A problem with its status, a short title and a detail a person can act on. */
  public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  /**
   * Writes {@code problem} as the whole answer, its instance the request's path when it has none.
   */
  public static void write(HttpServletResponse response, String path, ProblemDetail problem)
      throws IOException {
    if (problem.getInstance() == null && path != null) {
      problem.setInstance(URI.create(path));
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(toJson(problem));
    response.getWriter().flush();
  }

  /** The JSON text of {@code problem}, its properties beside the standard members. */
  public static String toJson(ProblemDetail problem) {
    return json.writeValueAsString(problem);
  }
}
