package org.linkagemapper.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error answers (a request line or path it refuses before the application sees it,
 * such as an encoded slash) as RFC 9457 problems rather than an HTML page, so every answer of the
 * service is problem+json; no stack trace or server version is ever shown.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ProblemDetail problem =
        status >= 500
            ? Problems.of(
                HttpStatusCode.valueOf(status),
                "Server error",
                "The server could not answer; see the service log")
            : Problems.of(
                HttpStatusCode.valueOf(status),
                "Bad request",
                "The server refused the request line or headers (for example an encoded '/' or a character not allowed in a URL)");
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(Problems.toJson(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away; nothing more to say.
    }
  }
}
