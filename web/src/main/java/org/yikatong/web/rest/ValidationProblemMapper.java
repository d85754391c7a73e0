package org.yikatong.web.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean validation failures of resource parameters as problem details. Declared for {@link
 * ValidationException} so that it takes precedence over RESTEasy's own report format.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Context UriInfo uriInfo;
  @Context SecurityContext securityContext;

  @Override
  public Response toResponse(ValidationException exception) {
    ProblemExceptionMapper mapper = new ProblemExceptionMapper();
    mapper.uriInfo = uriInfo;
    mapper.securityContext = securityContext;
    return mapper.toResponse(exception);
  }
}
