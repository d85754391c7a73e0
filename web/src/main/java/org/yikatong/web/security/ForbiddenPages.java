package org.yikatong.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.security.application.AuditTrail;

/**
 * Records in the audit trail a console page the container refused for the caller's role: it runs as
 * the container shows the 403 page ({@code web.xml} maps it to that error dispatch). Recording
 * never changes the page: a failure to record is logged.
 */
public class ForbiddenPages extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ForbiddenPages.class.getName());

  @Inject transient AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (uri != null && Integer.valueOf(403).equals(status)) {
      try {
        String page = String.valueOf(uri).substring(request.getContextPath().length());
        audit.refused(
            "GET " + page, String.valueOf(uri), "forbidden: the role does not allow this page");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not record the refused page " + uri, e);
      }
    }
    chain.doFilter(request, response);
  }
}
