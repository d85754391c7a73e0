package org.yikatong.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.SignIns;
import org.yikatong.security.application.SignIns.Admitted;
import org.yikatong.security.domain.AuditOutcome;
import org.yikatong.security.domain.Role;

/**
 * The console's sign-in: the login form posts here. The container checks the password (the login
 * realm, which also refuses disabled and locked accounts); failures are counted in the database and
 * lock the account after repeated ones. The answer to a failure never says whether the user exists
 * or is locked. A user whose password was issued by someone else is sent to change it first. Every
 * attempt, admitted or refused, is recorded in the audit trail (action {@value #ACTION}).
 *
 * <p>The container's own {@code j_security_check} is closed ({@code undertow-handlers.conf}), so
 * every password guess passes through here and is counted.
 */
@WebServlet(urlPatterns = LoginServlet.PATH)
public class LoginServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/login";

  /** Session attribute: the signed-in user must change the password before anything else. */
  public static final String PASSWORD_CHANGE_REQUIRED = "org.yikatong.web.password-change-required";

  /** Where Elytron's form authentication keeps the page asked for before the login form. */
  private static final String SAVED_LOCATION =
      "org.wildfly.security.http.form.FormAuthenticationMechanism.Location";

  /** Session attribute: the page asked for before a refused sign-in attempt. */
  private static final String ASKED_FOR = "org.yikatong.web.asked-for";

  /** The audit trail's action of a sign-in; the target says where (console or API). */
  public static final String ACTION = "sign-in";

  @Inject transient SignIns signIns;
  @Inject transient AuditTrail audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.xhtml");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String username = trim(request.getParameter("j_username"));
    String password = request.getParameter("j_password");
    if (username.isEmpty() || password == null || password.isEmpty()) {
      refuse(request, response);
      return;
    }
    if (request.getUserPrincipal() != null) {
      logout(request);
    }
    try {
      request.login(username, password);
    } catch (ServletException wrong) {
      audit.recordAs(
          username, ACTION, "console", signIns.failed(username).summary(), AuditOutcome.REFUSED);
      refuse(request, response);
      return;
    }
    Admitted admitted = signIns.succeeded(username);
    audit.recordAs(
        username,
        ACTION,
        "console",
        admitted.passwordChangeRequired() ? "must change the issued password" : null,
        AuditOutcome.SUCCESS);
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    CsrfTokens.renew(session);
    String next;
    if (admitted.passwordChangeRequired()) {
      session.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
      next = request.getContextPath() + "/password.xhtml";
    } else {
      session.removeAttribute(PASSWORD_CHANGE_REQUIRED);
      next = savedLocation(request, session);
    }
    response.sendRedirect(next);
  }

  /**
   * The page a role starts its day on: the ticket queue for the helpdesk, their own tickets for
   * technicians, the finance office for finance and its approvers, the overview for the others.
   */
  static String homeOf(HttpServletRequest request) {
    if (request.isUserInRole(Role.HELPDESK)) {
      return "/helpdesk/tickets.xhtml";
    }
    if (request.isUserInRole(Role.TECHNICIAN)) {
      return "/tech/tickets.xhtml";
    }
    if (request.isUserInRole(Role.FINANCE) || request.isUserInRole(Role.FINANCE_APPROVER)) {
      return "/finance/index.xhtml";
    }
    return "/index.xhtml";
  }

  /**
   * The console page asked for before signing in, if it is one of this application's pages: the
   * container's record of it, or, when that is the login form itself (after a refused attempt the
   * browser asks for the form again), the page this servlet kept at the refusal.
   */
  private static String savedLocation(HttpServletRequest request, HttpSession session) {
    String asked = pageOf(request, session.getAttribute(SAVED_LOCATION));
    if (asked == null) {
      asked = pageOf(request, session.getAttribute(ASKED_FOR));
    }
    session.removeAttribute(SAVED_LOCATION);
    session.removeAttribute(ASKED_FOR);
    return asked == null ? request.getContextPath() + homeOf(request) : asked;
  }

  /**
   * A location as a path (and query) of one of this application's console pages, or null when it is
   * none: another site, the API, the login form, or the console's address alone (which asks for no
   * page in particular: the role's home).
   */
  private static String pageOf(HttpServletRequest request, Object location) {
    if (!(location instanceof String text)) {
      return null;
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String context = request.getContextPath();
    String path = uri.getRawPath();
    if (path == null
        || !path.startsWith(context + "/")
        || path.equals(context + "/")
        || path.startsWith(context + "/api/")
        || path.equals(context + "/login.xhtml")
        || path.equals(context + PATH)
        || path.contains("..")) {
      return null;
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /**
   * Back to the login form with the error shown. The page asked for is kept: the form asked for
   * again replaces the container's record of it.
   */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      String asked = pageOf(request, session.getAttribute(SAVED_LOCATION));
      if (asked != null) {
        session.setAttribute(ASKED_FOR, asked);
      }
    }
    response.sendRedirect(request.getContextPath() + "/login.xhtml?error=true");
  }

  private static void logout(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      // Nothing to end.
    }
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
