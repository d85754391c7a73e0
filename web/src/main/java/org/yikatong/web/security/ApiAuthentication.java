package org.yikatong.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.SignIns;
import org.yikatong.security.application.SignIns.Admitted;
import org.yikatong.security.domain.AuditOutcome;

/**
 * HTTP Basic authentication of API clients, one request at a time: the container checks the
 * password (the login realm refuses disabled and locked accounts), a failure is counted in the
 * database like a failed console login and answered 401, and no session outlives the request. A
 * user whose password was issued by someone else may only change it (and read their account) until
 * they have. A request without credentials goes on anonymous: each endpoint decides. Refused
 * credentials are recorded in the audit trail; admitted ones are not, one line per API request
 * being noise (the actions they lead to are recorded). Mapped in {@code web.xml}, after the filter
 * that notes the request's origin.
 */
public class ApiAuthentication extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** What a user who must change the password may still call. */
  static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE =
      Set.of("/api/v1/session/password", "/api/v1/session/account");

  private static final String WRONG =
      "Wrong user name or password, or the account is disabled or locked for a while after"
          + " repeated failures";

  @Inject transient SignIns signIns;
  @Inject transient AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Basic ", 0, 6)
        || request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = decode(header.substring(6).strip());
    if (credentials == null) {
      ProblemReplies.send(
          request, response, 401, "Unauthorized", "Malformed HTTP Basic credentials");
      return;
    }
    String username = credentials[0];
    boolean hadSession = request.getSession(false) != null;
    try {
      request.login(username, credentials[1]);
    } catch (ServletException wrong) {
      audit.recordAs(
          username,
          LoginServlet.ACTION,
          "api",
          signIns.failed(username).summary(),
          AuditOutcome.REFUSED);
      ProblemReplies.send(request, response, 401, "Unauthorized", WRONG);
      return;
    }
    try {
      Admitted admitted = signIns.succeeded(username);
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (admitted.passwordChangeRequired() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path)) {
        audit.recordAs(
            username,
            request.getMethod() + " " + path,
            path,
            "password change required first",
            AuditOutcome.REFUSED);
        ProblemReplies.send(
            request,
            response,
            403,
            "Password change required",
            "Your password was issued by an administrator or the helpdesk: change it first with"
                + " PUT /api/v1/session/password");
        return;
      }
      chain.doFilter(request, response);
    } finally {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null && !hadSession) {
        session.invalidate();
      }
    }
  }

  /** User name and password, or null when the header is not valid Basic credentials. */
  private static String[] decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
