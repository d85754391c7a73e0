package org.yikatong.web.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.yikatong.web.security.CsrfTokens;

/**
 * Cross-site request forgery: a browser sends the console's session cookie with any request to the
 * API, also one a foreign page makes it send. So a state-changing request (anything but GET, HEAD,
 * OPTIONS) authenticated by the session alone must carry the session's token in the {@value
 * #HEADER} header, which a foreign page cannot read; without it, or with another, it is refused 403
 * and reaches no resource. A request that sends its credentials itself ({@code Authorization:
 * Basic}), as API clients do, or none (answered 401 by the resource), is not a cookie request and
 * passes. The token is the session's ({@link CsrfTokens}), read with {@code GET
 * /api/v1/session/csrf-token}. A refused request is recorded in the audit trail.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfProtection implements ContainerRequestFilter {

  /** The request header that carries the token. */
  public static final String HEADER = "X-CSRF-Token";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;
  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE_METHODS.contains(context.getMethod())
        || context.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || request.getUserPrincipal() == null) {
      return;
    }
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : CsrfTokens.of(session);
    String sent = context.getHeaderString(HEADER);
    if (expected == null || sent == null || !sameToken(expected, sent)) {
      RefusalRecords.record(
          context.getMethod(),
          resourceInfo,
          context.getUriInfo(),
          "forbidden: no or a wrong " + HEADER + " with the console session");
      context.abortWith(
          new Problem(
                  Problem.ABOUT_BLANK,
                  "Forbidden",
                  403,
                  "A request authenticated by the console session must carry the session's token"
                      + " in the "
                      + HEADER
                      + " header (GET /api/v1/session/csrf-token), or send its own credentials",
                  context.getUriInfo().getRequestUri().getPath())
              .toResponse());
    }
  }

  private static boolean sameToken(String expected, String sent) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
  }
}
