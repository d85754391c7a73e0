package org.yikatong.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keeps a console user whose password was issued by someone else on the password page until they
 * have chosen their own: every other page redirects there, every API call is refused.
 */
public class PasswordChangeGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session == null
        || session.getAttribute(LoginServlet.PASSWORD_CHANGE_REQUIRED) == null
        || mayPass(request.getRequestURI().substring(request.getContextPath().length()))) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemReplies.send(
          request,
          response,
          403,
          "Password change required",
          "Change the password issued to you first (console page password.xhtml)");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/password.xhtml");
  }

  private static boolean mayPass(String path) {
    return path.equals("/password.xhtml")
        || path.equals(LoginServlet.PATH)
        || path.equals("/login.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/")
        || ApiAuthentication.ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path);
  }
}
