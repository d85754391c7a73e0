package org.yikatong.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yikatong.kernel.application.RequestOrigin;

/**
 * Tells the request's {@link RequestOrigin} where a console or API request comes from, for the
 * audit trail: the address the connection comes from and the User-Agent header. An {@code
 * X-Forwarded-For} header is not trusted (any client can send one); behind a proxy, the proxy must
 * pass the client's address to the server itself.
 */
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.setAddress(request.getRemoteAddr());
    origin.setUserAgent(request.getHeader("User-Agent"));
    chain.doFilter(request, response);
  }
}
