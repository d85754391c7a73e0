package org.yikatong.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, for a human
 * @param instance the request path
 */
public record Problem(
    URI type, String title, int status, String detail, String instance, List<String> errors) {

  public Problem(URI type, String title, int status, String detail, String instance) {
    this(type, title, status, detail, instance, null);
  }

  public static final String MEDIA_TYPE = "application/problem+json";

  static final URI ABOUT_BLANK = URI.create("about:blank");

  Response toResponse() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(this)
        .build();
  }
}
