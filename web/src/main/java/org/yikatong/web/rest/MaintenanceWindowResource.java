package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.domain.alert.AlertSilence;

/**
 * {@code /api/v1/maintenance-windows}: maintenance windows for planned work, and the silences of
 * single alerts, with who set them and why; ending one early.
 */
@Path("/v1/maintenance-windows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class MaintenanceWindowResource {

  @Inject Alerts alerts;
  @Context UriInfo uriInfo;

  public record SilenceView(
      long id,
      String kind,
      Long alertId,
      Long ruleId,
      String subject,
      Instant startsAt,
      Instant endsAt,
      String reason,
      String createdBy,
      Instant createdAt,
      Instant endedAt,
      String endReason) {
    static SilenceView of(AlertSilence s) {
      return new SilenceView(
          s.getId(),
          s.getKind().name(),
          s.getAlertId(),
          s.getRuleId(),
          s.getSubject(),
          s.getStartsAt(),
          s.getEndsAt(),
          s.getReason(),
          s.getCreatedBy(),
          s.getCreatedAt(),
          s.getEndedAt(),
          s.getEndReason() == null ? null : s.getEndReason().name());
    }
  }

  public record NewWindow(
      Long ruleId, String subject, Instant from, Instant until, String reason) {}

  /** Those not ended ({@code ?all=true}: the latest 200, ended or not). */
  @GET
  public List<SilenceView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
    return (all ? alerts.recentSilences(200) : alerts.silencesNotEnded())
        .stream().map(SilenceView::of).toList();
  }

  @POST
  public Response create(NewWindow request) {
    NewWindow body = Bodies.required(request);
    if (body.from() == null || body.until() == null) {
      throw new BadRequestException("from and until: required");
    }
    SilenceView view =
        SilenceView.of(
            alerts.maintenance(
                body.ruleId(), body.subject(), body.from(), body.until(), body.reason()));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  /** Ends a maintenance window or a silence before its time; 409 when it has ended already. */
  @POST
  @Path("/{id: \\d+}/end")
  public SilenceView end(@PathParam("id") long id) {
    return SilenceView.of(alerts.endSilence(id));
  }
}
