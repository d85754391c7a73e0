package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.List;
import org.yikatong.inspection.application.InspectionPlans;
import org.yikatong.inspection.application.NewTemplate;
import org.yikatong.inspection.domain.ChecklistItem;
import org.yikatong.inspection.domain.InspectionTemplate;

/**
 * {@code /api/v1/inspection-templates}: what inspections check — the helpdesk and administrators
 * keep them, technicians and auditors read them.
 */
@Path("/v1/inspection-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class InspectionTemplateResource {

  @Inject InspectionPlans plans;
  @Context UriInfo uriInfo;

  /** A checklist line, numbered from 1. */
  public record ItemView(int itemNo, String text, String category) {}

  public record TemplateView(
      long id,
      String name,
      String kind,
      String targetType,
      String targetArea,
      String target,
      List<ItemView> items,
      Instant createdAt,
      String createdBy) {
    static TemplateView of(InspectionTemplate t) {
      List<ItemView> items = new ArrayList<>();
      for (ChecklistItem item : t.getItems()) {
        items.add(new ItemView(items.size() + 1, item.getText(), item.getCategory().name()));
      }
      return new TemplateView(
          t.getId(),
          t.getName(),
          t.getKind().name(),
          t.getTargetType() == null ? null : t.getTargetType().name(),
          t.getTargetArea(),
          t.targetDescription(),
          items,
          t.getCreatedAt(),
          t.getCreatedBy());
    }
  }

  @GET
  public List<TemplateView> list() {
    return plans.templates().stream().map(TemplateView::of).toList();
  }

  @GET
  @Path("/{id: \\d+}")
  public TemplateView template(@PathParam("id") long id) {
    return TemplateView.of(plans.template(id));
  }

  @POST
  public Response create(NewTemplate request) {
    TemplateView view = TemplateView.of(plans.createTemplate(Bodies.required(request)));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  /** Replaces a template; rounds already planned keep their checklist. */
  @PUT
  @Path("/{id: \\d+}")
  public TemplateView change(@PathParam("id") long id, NewTemplate request) {
    return TemplateView.of(plans.changeTemplate(id, Bodies.required(request)));
  }
}
