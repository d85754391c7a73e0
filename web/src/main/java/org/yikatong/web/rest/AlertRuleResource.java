package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.yikatong.monitoring.application.AlertRules;
import org.yikatong.monitoring.domain.alert.AlertRule;
import org.yikatong.monitoring.domain.alert.RuleKind;
import org.yikatong.monitoring.domain.alert.RuleScope;
import org.yikatong.monitoring.domain.alert.RuleSettings;

/**
 * {@code /api/v1/alert-rules}: when alerts are raised and cleared. Thresholds are in the unit of
 * the rule's kind ({@code unit}): basis points for rates (500 = 5 %), minutes, or a count.
 */
@Path("/v1/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AlertRuleResource {

  @Inject AlertRules rules;
  @Context UriInfo uriInfo;

  public record RuleView(
      long id,
      long version,
      String name,
      String kind,
      String unit,
      String scope,
      String subjectFilter,
      int windowMinutes,
      int raiseThreshold,
      int clearThreshold,
      int minAttempts,
      int raiseHoldMinutes,
      int clearHoldMinutes,
      String ticketLevel,
      List<String> notifyUsers,
      boolean enabled,
      Instant updatedAt,
      String updatedBy) {
    static RuleView of(AlertRule r) {
      return new RuleView(
          r.getId(),
          r.getVersion(),
          r.getName(),
          r.getKind().name(),
          r.getKind().unit().name(),
          r.getScope().name(),
          r.getSubjectFilter(),
          r.getWindowMinutes(),
          r.getRaiseThreshold(),
          r.getClearThreshold(),
          r.getMinAttempts(),
          r.getRaiseHoldMinutes(),
          r.getClearHoldMinutes(),
          r.getTicketLevel(),
          r.recipients(),
          r.isEnabled(),
          r.getUpdatedAt(),
          r.getUpdatedBy());
    }
  }

  /** A rule's settings; {@code version} only when changing one. */
  public record RuleRequest(
      Long version,
      String name,
      String kind,
      String scope,
      String subjectFilter,
      Integer windowMinutes,
      Integer raiseThreshold,
      Integer clearThreshold,
      Integer minAttempts,
      Integer raiseHoldMinutes,
      Integer clearHoldMinutes,
      String ticketLevel,
      List<String> notifyUsers,
      Boolean enabled) {
    RuleSettings settings() {
      return new RuleSettings(
          name,
          parse(RuleKind.class, "kind", kind),
          parse(RuleScope.class, "scope", scope),
          subjectFilter,
          orZero(windowMinutes),
          orZero(raiseThreshold),
          orZero(clearThreshold),
          minAttempts == null ? 1 : minAttempts,
          orZero(raiseHoldMinutes),
          orZero(clearHoldMinutes),
          ticketLevel,
          notifyUsers == null ? null : String.join(",", notifyUsers),
          enabled == null || enabled);
    }
  }

  @GET
  public List<RuleView> list() {
    return rules.all().stream().map(RuleView::of).toList();
  }

  @GET
  @Path("/{id: \\d+}")
  public RuleView rule(@PathParam("id") long id) {
    return RuleView.of(rules.find(id));
  }

  @POST
  public Response create(RuleRequest request) {
    RuleView view = RuleView.of(rules.create(Bodies.required(request).settings()));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  /** Changes a rule as it was at {@code version} (409 when changed meanwhile). */
  @PUT
  @Path("/{id: \\d+}")
  public RuleView update(@PathParam("id") long id, RuleRequest request) {
    RuleRequest body = Bodies.required(request);
    if (body.version() == null) {
      throw new BadRequestException("version: required, as read");
    }
    return RuleView.of(rules.update(id, body.version(), body.settings()));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field + ": required");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          field + ": one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
