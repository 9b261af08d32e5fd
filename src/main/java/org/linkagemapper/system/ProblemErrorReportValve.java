package org.linkagemapper.system;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a request line or path it refuses before the application sees it,
 * such as an encoded slash) as RFC 9457 problems rather than an HTML page, so every answer of the
 * service is problem+json; no stack trace or server version is ever shown.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final JsonMapper json = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status >= 500 ? "Server error" : "Bad request");
    body.put("status", status);
    body.put("detail", status >= 500 ? "The server could not answer; see the service log"
        : "The server refused the request line or headers (for example an encoded '/' or a character not allowed in a URL)");
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away; nothing more to say.
    }
  }
}
