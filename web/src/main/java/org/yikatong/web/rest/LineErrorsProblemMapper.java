package org.yikatong.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.yikatong.servicedesk.application.AssetImportRefusedException;
import org.yikatong.servicedesk.application.LineError;

/**
 * A file refused whole for the problems of its lines, as problem details (400) whose {@code errors}
 * lists each problem with its {@code line} and {@code message}.
 */
@Provider
public class LineErrorsProblemMapper implements ExceptionMapper<AssetImportRefusedException> {

  @Context UriInfo uriInfo;

  /** Problem details with the problems of a file, line by line. */
  public record LineProblem(
      URI type, String title, int status, String detail, String instance, List<LineError> errors) {}

  @Override
  public Response toResponse(AssetImportRefusedException refused) {
    return Response.status(400)
        .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
        .entity(
            new LineProblem(
                Problem.ABOUT_BLANK,
                "Bad Request",
                400,
                refused.getMessage(),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                refused.lines()))
        .build();
  }
}
