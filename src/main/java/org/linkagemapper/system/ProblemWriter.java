package org.linkagemapper.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the response, for answers given before a controller is
 * reached (the security filters, the body-size limit), so they look like every other error.
 */
final class ProblemWriter {

  private static final JsonMapper json = JsonMapper.builder().build();

  private ProblemWriter() {}

  static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail, Map<String, Object> extra)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    body.putAll(extra);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(body));
    response.getWriter().flush();
  }
}
