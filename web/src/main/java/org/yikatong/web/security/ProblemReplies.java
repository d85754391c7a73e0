package org.yikatong.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** RFC 9457 problem details written by the servlet filters, before the REST API is reached. */
final class ProblemReplies {

  private ProblemReplies() {}

  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Yikatong\", charset=\"UTF-8\"");
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", request.getRequestURI())
                .build()
                .toString());
  }
}
