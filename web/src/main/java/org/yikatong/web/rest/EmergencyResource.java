package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.emergency.application.Declaration;
import org.yikatong.emergency.application.EmergencyMode;
import org.yikatong.emergency.application.EmergencyReviews;
import org.yikatong.emergency.application.EmergencyViews.Detail;
import org.yikatong.emergency.application.EmergencyViews.Review;
import org.yikatong.emergency.application.EmergencyViews.ReviewLine;
import org.yikatong.emergency.application.EmergencyViews.ScopePreview;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.emergency.domain.Stage;

/**
 * {@code /api/v1/emergencies}: the emergency mode of self-service payment for the helpdesk and
 * administrators: declare (or drill), post status updates, end, the poster, and the review records
 * with their follow-up actions. Auditors read.
 */
@Path("/v1/emergencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EmergencyResource {

  @Inject EmergencyMode mode;
  @Inject EmergencyReviews reviews;
  @Context UriInfo uriInfo;

  public record UpdateRequest(Stage stage, String text) {}

  public record EndRequest(String closingText) {}

  public record CauseRequest(String cause) {}

  public record ActionRequest(String description, String owner, LocalDate dueOn) {}

  @GET
  public List<Detail> list(
      @QueryParam("active") @DefaultValue("false") boolean active,
      @QueryParam("max") @DefaultValue("50") int max) {
    return mode.list(active, max);
  }

  @GET
  @Path("/{id: \\d+}")
  public Detail get(@PathParam("id") long id) {
    return mode.find(id);
  }

  /** The terminals a scope matches now, before declaring. */
  @GET
  @Path("/scope-preview")
  public ScopePreview preview(
      @QueryParam("scope") EmergencyScope scope, @QueryParam("location") String location) {
    if (scope == null) {
      throw new jakarta.ws.rs.BadRequestException("scope is ALL_KIOSKS, LOCATION or CHANNEL");
    }
    return mode.preview(scope, location);
  }

  @POST
  public Response declare(Declaration declaration) {
    Detail declared = mode.declare(Bodies.required(declaration));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(Long.toString(declared.id())).build())
        .entity(declared)
        .build();
  }

  @POST
  @Path("/{id: \\d+}/updates")
  public Detail update(@PathParam("id") long id, UpdateRequest request) {
    UpdateRequest r = Bodies.required(request);
    if (r.stage() == null) {
      throw new jakarta.ws.rs.BadRequestException(
          "stage is INVESTIGATING, IDENTIFIED, MONITORING or RESOLVED");
    }
    return mode.post(id, r.stage(), r.text());
  }

  @POST
  @Path("/{id: \\d+}/end")
  public Detail end(@PathParam("id") long id, EndRequest request) {
    return mode.end(id, request == null ? null : request.closingText());
  }

  @GET
  @Path("/{id: \\d+}/poster.pdf")
  @Produces("application/pdf")
  public Response poster(@PathParam("id") long id) {
    return Response.ok(mode.poster(id), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"emergency-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("/reviews")
  public List<ReviewLine> reviews(@QueryParam("max") @DefaultValue("100") int max) {
    return reviews.list(max);
  }

  @GET
  @Path("/{id: \\d+}/review")
  public Review review(@PathParam("id") long id) {
    return reviews.of(id);
  }

  @PUT
  @Path("/{id: \\d+}/review/cause")
  public Review cause(@PathParam("id") long id, CauseRequest request) {
    return reviews.editCause(id, Bodies.required(request).cause());
  }

  @POST
  @Path("/{id: \\d+}/review/actions")
  public Response addAction(@PathParam("id") long id, ActionRequest request) {
    ActionRequest r = Bodies.required(request);
    return Response.status(Response.Status.CREATED)
        .entity(reviews.addAction(id, r.description(), r.owner(), r.dueOn()))
        .build();
  }

  @POST
  @Path("/{id: \\d+}/review/actions/{no: \\d+}/done")
  public Review completeAction(@PathParam("id") long id, @PathParam("no") int no) {
    return reviews.completeAction(id, no);
  }
}
