package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.yikatong.terminal.application.AccessControl;
import org.yikatong.terminal.domain.AccessDecision;
import org.yikatong.terminal.domain.AccessRule;

/**
 * {@code /api/v1/access-rules} and {@code /api/v1/access-decisions}: who may pass gates, doors and
 * library readers, and every access check with its answer.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AccessResource {

  @Inject AccessControl access;

  /** A rule: readers of a scope (type or reader id), a holder group (or *), allowed or not. */
  public record RuleView(String scope, String group, boolean allowed) {
    static RuleView of(AccessRule r) {
      return new RuleView(r.getScope(), r.getGroup(), r.isAllowed());
    }
  }

  public record RuleRequest(Boolean allowed) {}

  public record DecisionView(
      String readerId,
      String rrn,
      String cardNo,
      String holderGroup,
      boolean granted,
      String responseCode,
      String reason,
      Instant decidedAt) {
    static DecisionView of(AccessDecision d) {
      return new DecisionView(
          d.getTerminalCode(),
          d.getRrn(),
          d.getCardNo(),
          d.getHolderGroup(),
          d.isGranted(),
          d.getResponseCode(),
          d.getReason(),
          d.getDecidedAt());
    }
  }

  @GET
  @Path("/access-rules")
  public List<RuleView> rules() {
    return access.rules().stream().map(RuleView::of).toList();
  }

  /** Sets a rule; {@code group} is a holder group or {@code *} (URL-encoded {@code %2A}). */
  @PUT
  @Path("/access-rules/{scope}/{group}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RuleView setRule(
      @PathParam("scope") String scope, @PathParam("group") String group, RuleRequest request) {
    if (request == null || request.allowed() == null) {
      throw new BadRequestException("{\"allowed\": true|false} is required");
    }
    return RuleView.of(access.setRule(scope, group, request.allowed()));
  }

  @GET
  @Path("/access-decisions")
  public List<DecisionView> decisions(
      @QueryParam("reader") String reader, @QueryParam("max") @DefaultValue("100") int max) {
    return access.decisions(reader, max).stream().map(DecisionView::of).toList();
  }
}
