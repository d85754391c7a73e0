package org.yikatong.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * Turns every exception that leaves a resource into a problem details response.
 *
 * <p>Client errors keep their status and say what was wrong; a call without credentials that needs
 * them becomes 401 with a Basic challenge, one whose role does not suffice 403; bean validation
 * failures 400 with each violated field; anything unexpected becomes 500 with an error id that is
 * logged with the stack trace, so that support can find it without showing it.
 *
 * <p>A call whose role does not suffice is refused by the EJB container before any interceptor of
 * the application sees it, so it is recorded in the audit trail here, as refused.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Context UriInfo uriInfo;
  @Context SecurityContext securityContext;
  @Context ResourceInfo resourceInfo;
  @Context Request request;

  @Override
  public Response toResponse(Throwable exception) {
    Problem problem = toProblem(unwrap(exception));
    Response response = problem.toResponse();
    if (problem.status() == 401) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Yikatong\", charset=\"UTF-8\"")
          .build();
    }
    return response;
  }

  Problem toProblem(Throwable e) {
    String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    if (e instanceof WebApplicationException wae) {
      Response.StatusType status = wae.getResponse().getStatusInfo();
      return new Problem(
          Problem.ABOUT_BLANK,
          status.getReasonPhrase(),
          status.getStatusCode(),
          e.getMessage(),
          path);
    }
    if (e instanceof RequestRefusedException refused) {
      int status =
          switch (refused.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
          };
      return new Problem(
          Problem.ABOUT_BLANK,
          Response.Status.fromStatusCode(status).getReasonPhrase(),
          status,
          e.getMessage(),
          path,
          refused.details().isEmpty() ? null : refused.details());
    }
    if (isUniqueKeyViolation(e)) {
      // Two requests with the same business key at the same moment: the other one won.
      return new Problem(
          Problem.ABOUT_BLANK,
          "Conflict",
          409,
          "A concurrent request with the same key was processed first; repeat this request to get"
              + " its result",
          path);
    }
    if (e instanceof ProcessingException || e instanceof JsonbException) {
      return new Problem(
          Problem.ABOUT_BLANK,
          "Bad Request",
          400,
          "The request body is not the JSON this resource takes: " + rootMessage(e),
          path);
    }
    if (e instanceof EJBAccessException && !isAuthenticated()) {
      return new Problem(
          Problem.ABOUT_BLANK,
          "Unauthorized",
          401,
          "This request needs credentials (HTTP Basic)",
          path);
    }
    if (e instanceof EJBAccessException) {
      RefusalRecords.record(
          request == null ? "?" : request.getMethod(),
          resourceInfo,
          uriInfo,
          "forbidden: the role does not allow this request");
      return new Problem(
          Problem.ABOUT_BLANK, "Forbidden", 403, "Your role does not allow this request", path);
    }
    if (e instanceof ConstraintViolationException cve) {
      String detail =
          cve.getConstraintViolations().stream()
              .map(ProblemExceptionMapper::describe)
              .sorted()
              .collect(Collectors.joining("; "));
      return new Problem(Problem.ABOUT_BLANK, "Bad Request", 400, detail, path);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + errorId + " on " + path, e);
    return new Problem(
        Problem.ABOUT_BLANK,
        "Internal Server Error",
        500,
        "Unexpected error; quote error id " + errorId + " to support",
        path);
  }

  /** SQL state class 23 is an integrity constraint violation on every database we run on. */
  static boolean isUniqueKeyViolation(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private boolean isAuthenticated() {
    return securityContext != null && securityContext.getUserPrincipal() != null;
  }

  private static String describe(ConstraintViolation<?> v) {
    String property = v.getPropertyPath().toString();
    int dot = property.lastIndexOf('.');
    return (dot < 0 ? property : property.substring(dot + 1)) + ": " + v.getMessage();
  }

  /** EJBs wrap what they throw; the cause is what the client needs to hear about. */
  static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while (current instanceof EJBException
        && !(current instanceof EJBAccessException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
