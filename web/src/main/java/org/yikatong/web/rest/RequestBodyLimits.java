package org.yikatong.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds the body of every API request, so that no request makes the server read more than a known
 * amount into memory: at most {@value #SETTING} bytes (default {@value #DEFAULT_BYTES}, 1 MiB), or
 * the limit of a resource method marked {@link BodyLimit}.
 *
 * <p>A body whose {@code Content-Length} is larger is refused before a byte of it is read. A body
 * without one (chunked) is read through a counting stream that fails at the limit, and the request
 * is refused then. Either way the answer is 413 problem details naming the limit, and the resource
 * never runs, so nothing is stored.
 *
 * <p>Undertow's {@code max-post-size} on the listeners ({@code configure-server.cli}, 4 MiB) lies
 * above these limits and stops any request of the console or the API; a body that reaches it first,
 * when a limit here is set above it, is refused with the same 413.
 */
@Provider
// As an interceptor, inside any decoding one (ENTITY_CODER): the count is of the bytes as read.
@Priority(Priorities.ENTITY_CODER + 100)
public class RequestBodyLimits implements ContainerRequestFilter, ReaderInterceptor {

  /** The setting that holds the general limit of a request body, in bytes. */
  public static final String SETTING = "yikatong.api.max-body-bytes";

  /** The general limit when the setting is not given: 1 MiB. */
  public static final long DEFAULT_BYTES = 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(RequestBodyLimits.class.getName());

  /** The request property that hands the filter's limit to the interceptor. */
  private static final String LIMIT_PROPERTY = RequestBodyLimits.class.getName() + ".limit";

  /** Undertow's exception when a body passes the listener's max-post-size. */
  private static final String UNDERTOW_TOO_BIG = "io.undertow.server.RequestTooBigException";

  /** Bad setting values already warned about, so that the log is not flooded. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  @Context ResourceInfo resourceInfo;
  @Context UriInfo uriInfo;
  @Context jakarta.ws.rs.core.Request httpRequest;

  /** What the general limit bounds, as the refusal names it. */
  private static final String GENERAL_SUBJECT = "A request body";

  /** A limit in bytes and what it bounds. */
  record Limit(long bytes, String subject) {

    String refusal() {
      return subject + " may have at most " + describe(bytes) + "; this one is larger";
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Limit limit = limitOf(resourceInfo == null ? null : resourceInfo.getResourceMethod());
    request.setProperty(LIMIT_PROPERTY, limit);
    if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit.bytes()) {
      request.abortWith(tooLarge(request.getMethod(), limit.refusal()));
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Limit limit =
        context.getProperty(LIMIT_PROPERTY) instanceof Limit given ? given : limitOf(null);
    LimitedInputStream body = new LimitedInputStream(context.getInputStream(), limit.bytes());
    context.setInputStream(body);
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      if (body.exceeded()) {
        throw new WebApplicationException(e, tooLarge(method(), limit.refusal()));
      }
      Throwable cut = undertowLimitIn(e);
      if (cut != null) {
        throw new WebApplicationException(
            e,
            tooLarge(
                method(), "The request body is larger than the server reads: " + cut.getMessage()));
      }
      throw e;
    }
  }

  private String method() {
    return httpRequest == null ? "?" : httpRequest.getMethod();
  }

  /** The refusal, recorded in the audit trail: nothing of the body was read or stored. */
  private Response tooLarge(String method, String detail) {
    RefusalRecords.record(method, resourceInfo, uriInfo, detail);
    return new Problem(
            Problem.ABOUT_BLANK,
            Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(),
            Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
            detail,
            uriInfo == null ? null : uriInfo.getRequestUri().getPath())
        .toResponse();
  }

  private static Limit limitOf(Method resourceMethod) {
    Function<String, Optional<String>> settings =
        name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);
    BodyLimit own = resourceMethod == null ? null : resourceMethod.getAnnotation(BodyLimit.class);
    if (own == null) {
      return new Limit(bytes(settings, SETTING, DEFAULT_BYTES), GENERAL_SUBJECT);
    }
    return new Limit(bytes(settings, own.setting(), own.defaultBytes()), own.subject());
  }

  /**
   * A limit setting's value: its default when it is not given, or not a positive number of bytes
   * (then with a warning, once per value: a typo keeps the default limit rather than none).
   */
  static long bytes(
      Function<String, Optional<String>> settings, String setting, long defaultBytes) {
    Optional<String> value = settings.apply(setting).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return defaultBytes;
    }
    try {
      long bytes = Long.parseLong(value.get());
      if (bytes > 0) {
        return bytes;
      }
    } catch (NumberFormatException e) {
      // warned below
    }
    if (WARNED.add(setting + "=" + value.get())) {
      LOG.warning(
          "Setting "
              + setting
              + " is not a positive number of bytes: '"
              + value.get()
              + "'; using "
              + defaultBytes);
    }
    return defaultBytes;
  }

  /** The length a request declares, or -1 when it declares none (or nonsense, Undertow's job). */
  static long declaredLength(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      return Long.parseLong(contentLength.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A size as people read it: "2 MiB (2097152 bytes)". */
  static String describe(long bytes) {
    long mib = 1024 * 1024;
    if (bytes % mib == 0) {
      return bytes / mib + " MiB (" + bytes + " bytes)";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB (" + bytes + " bytes)";
    }
    return bytes + " bytes";
  }

  private static Throwable undertowLimitIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().equals(UNDERTOW_TOO_BIG)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Passes at most {@code limit} bytes of a body; reading past them fails with an {@link
   * IOException}, and {@link #exceeded()} tells it was the limit. Only one byte beyond the limit is
   * ever read from the body.
   */
  static final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    boolean exceeded() {
      return exceeded;
    }

    @Override
    public int read() throws IOException {
      checkOpen();
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkOpen();
      if (length == 0) {
        return 0;
      }
      // Never more than one byte past the limit, which is enough to tell it was passed.
      int allowed = (int) Math.min(length, limit - count + 1);
      int n = super.read(buffer, offset, allowed);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      checkOpen();
      long skipped = super.skip(Math.min(n, limit - count + 1));
      if (skipped > 0) {
        counted(skipped);
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
      // not supported: a reset would let the count go wrong
    }

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }

    private void counted(long n) throws IOException {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("The request body is larger than " + limit + " bytes");
      }
    }

    private void checkOpen() throws IOException {
      if (exceeded) {
        throw new IOException("The request body is larger than " + limit + " bytes");
      }
    }
  }
}
