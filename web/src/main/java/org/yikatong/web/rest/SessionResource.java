package org.yikatong.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.yikatong.web.security.CsrfTokens;

/** {@code /api/v1/session}: what a console session needs to call the API from the browser. */
@Path("/v1/session")
public class SessionResource {

  @Context HttpServletRequest request;

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
