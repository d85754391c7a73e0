package org.yikatong.web.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.security.application.AuditTrail;

/**
 * Writes a request the web tier refused into the audit trail: the action is the HTTP method and the
 * resource's path template ({@code POST /v1/ledger/accounts/{accountNo}/freeze}), the target the
 * request's path. Recording never changes the response: a failure to record is logged.
 */
final class RefusalRecords {

  private static final Logger LOG = Logger.getLogger(RefusalRecords.class.getName());

  private RefusalRecords() {}

  static void record(String method, ResourceInfo resource, UriInfo uri, String reason) {
    String path = uri == null ? null : uri.getRequestUri().getPath();
    try {
      // Looked up rather than injected: the callers are providers, some made with new.
      AuditTrail trail = CDI.current().select(AuditTrail.class).get();
      trail.refused(method + " " + template(resource, uri), path, reason);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the refused request " + method + " " + path, e);
    }
  }

  /** The path template of the matched resource method, else the request's path in the API. */
  static String template(ResourceInfo resource, UriInfo uri) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    Method method = resource == null ? null : resource.getResourceMethod();
    while (type != null && !type.isAnnotationPresent(Path.class)) {
      type = type.getSuperclass();
    }
    if (type == null || method == null) {
      return uri == null ? "?" : "/" + strip(uri.getPath());
    }
    String template = "/" + strip(type.getAnnotation(Path.class).value());
    Path sub = method.getAnnotation(Path.class);
    if (sub != null && !strip(sub.value()).isEmpty()) {
      template += "/" + strip(sub.value());
    }
    return template;
  }

  private static String strip(String path) {
    String s = path == null ? "" : path;
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
