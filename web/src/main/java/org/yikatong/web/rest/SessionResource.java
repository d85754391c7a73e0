package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import org.yikatong.security.application.OwnAccount;
import org.yikatong.security.application.OwnAccount.PasswordChange;
import org.yikatong.security.domain.AppUser;
import org.yikatong.web.security.CsrfTokens;
import org.yikatong.web.security.LoginServlet;

/**
 * {@code /api/v1/session}: the signed-in user's own account and password, and what a console
 * session needs to call the API from the browser.
 */
@Path("/v1/session")
public class SessionResource {

  @Context HttpServletRequest request;
  @Inject OwnAccount account;

  /** The signed-in user's own account. */
  public record AccountView(
      String username,
      String displayName,
      Set<String> roles,
      boolean passwordChangeRequired,
      Instant lastLoginAt,
      Instant passwordChangedAt) {}

  @GET
  @Path("/account")
  @Produces(MediaType.APPLICATION_JSON)
  public AccountView account() {
    AppUser me = account.me();
    return new AccountView(
        me.getUsername(),
        me.getDisplayName(),
        me.getRoles(),
        me.isPasswordChangeRequired(),
        me.getLastLoginAt(),
        me.getPasswordChangedAt());
  }

  /**
   * Changes the signed-in user's password: {@code {"currentPassword": ..., "newPassword": ...}}.
   * 204 when changed; 400 problem details naming every rule the new one breaks, or a wrong current
   * password.
   */
  @PUT
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new BadRequestException("A body with currentPassword and newPassword is required");
    }
    account.changePassword(change);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(LoginServlet.PASSWORD_CHANGE_REQUIRED);
    }
    return Response.noContent().build();
  }

  /**
   * The session's token for the {@value CsrfProtection#HEADER} header of state-changing requests;
   * 404 without a signed-in console session.
   */
  @GET
  @Path("/csrf-token")
  @Produces(MediaType.APPLICATION_JSON)
  public Response csrfToken() {
    HttpSession session = request.getUserPrincipal() == null ? null : request.getSession(false);
    String token = session == null ? null : CsrfTokens.of(session);
    if (token == null) {
      return new Problem(
              Problem.ABOUT_BLANK,
              "Not Found",
              404,
              "No console session: sign in to the console first",
              request.getRequestURI())
          .toResponse();
    }
    return Response.ok(new Token(token, CsrfProtection.HEADER))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * @param token the value to send
   * @param header the header to send it in
   */
  public record Token(String token, String header) {}
}
