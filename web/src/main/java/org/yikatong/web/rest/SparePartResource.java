package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.yikatong.spareparts.application.NewDepot;
import org.yikatong.spareparts.application.NewPart;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.spareparts.domain.Depot;
import org.yikatong.spareparts.domain.PartStock;
import org.yikatong.spareparts.domain.ReorderAlert;
import org.yikatong.spareparts.domain.StockMovement;

/**
 * {@code /api/v1/spare-parts}: the spare parts depot — parts, depots, stock, movements (received,
 * withdrawn for a repair ticket, transferred), the parts used per ticket, reorder alerts and the
 * yearly cost of parts used. Technicians withdraw; the helpdesk and administrators keep the rest;
 * auditors read.
 */
@Path("/v1/spare-parts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SparePartResource {

  @Inject SpareParts parts;

  public record PartView(
      String code,
      String name,
      String unit,
      int reorderLevel,
      long unitCostFen,
      long totalQuantity,
      boolean belowReorderLevel) {
    static PartView of(SpareParts.PartTotal t) {
      return new PartView(
          t.part().getCode(),
          t.part().getName(),
          t.part().getUnit(),
          t.part().getReorderLevel(),
          t.part().getUnitCostFen(),
          t.total(),
          t.total() <= t.part().getReorderLevel());
    }
  }

  public record DepotView(String code, String name, String location) {
    static DepotView of(Depot d) {
      return new DepotView(d.getCode(), d.getName(), d.getLocation());
    }
  }

  public record StockView(String part, String partName, String depot, int quantity, String unit) {
    static StockView of(PartStock s) {
      return new StockView(
          s.getPart().getCode(),
          s.getPart().getName(),
          s.getDepot().getCode(),
          s.getQuantity(),
          s.getPart().getUnit());
    }
  }

  public record MovementView(
      long id,
      String kind,
      String part,
      String partName,
      String fromDepot,
      String toDepot,
      int quantity,
      long unitCostFen,
      long costFen,
      String ticketNo,
      String note,
      Instant movedAt,
      String movedBy) {
    static MovementView of(SpareParts.Movement movement) {
      StockMovement m = movement.movement();
      return new MovementView(
          m.getId(),
          m.getKind().name(),
          m.getPart().getCode(),
          m.getPart().getName(),
          m.getFrom() == null ? null : m.getFrom().getCode(),
          m.getTo() == null ? null : m.getTo().getCode(),
          m.getQuantity(),
          m.getUnitCostFen(),
          m.getCostFen(),
          movement.ticketNo(),
          m.getNote(),
          m.getMovedAt(),
          m.getMovedBy());
    }
  }

  public record AlertView(
      long id,
      String part,
      String partName,
      int totalQuantity,
      int reorderLevel,
      Instant raisedAt,
      Instant clearedAt,
      boolean open) {
    static AlertView of(ReorderAlert a) {
      return new AlertView(
          a.getId(),
          a.getPart().getCode(),
          a.getPart().getName(),
          a.getTotalQuantity(),
          a.getReorderLevel(),
          a.getRaisedAt(),
          a.getClearedAt(),
          a.isOpen());
    }
  }

  /** The parts used for the repair of one ticket and what they cost. */
  public record UsageView(String ticketNo, long totalCostFen, List<MovementView> withdrawals) {}

  public record CostView(int year, long partsCostFen) {}

  /** A movement: receipt {part, depot, quantity, unitCostFen?}, withdrawal {…, ticketNo}, … */
  public record MovementRequest(
      String part,
      String depot,
      String fromDepot,
      String toDepot,
      Integer quantity,
      Long unitCostFen,
      String ticketNo,
      String note) {}

  @GET
  @Path("/parts")
  public List<PartView> parts() {
    return parts.parts().stream().map(PartView::of).toList();
  }

  @GET
  @Path("/parts/{code}")
  public PartView part(@PathParam("code") String code) {
    return PartView.of(parts.part(code));
  }

  @POST
  @Path("/parts")
  public Response createPart(NewPart request) {
    String code = parts.createPart(Bodies.required(request)).getCode();
    return Response.status(Response.Status.CREATED).entity(PartView.of(parts.part(code))).build();
  }

  @PUT
  @Path("/parts/{code}")
  public PartView changePart(@PathParam("code") String code, NewPart request) {
    parts.changePart(code, Bodies.required(request));
    return PartView.of(parts.part(code));
  }

  @GET
  @Path("/depots")
  public List<DepotView> depots() {
    return parts.depots().stream().map(DepotView::of).toList();
  }

  @POST
  @Path("/depots")
  public Response createDepot(NewDepot request) {
    return Response.status(Response.Status.CREATED)
        .entity(DepotView.of(parts.createDepot(Bodies.required(request))))
        .build();
  }

  @GET
  @Path("/stock")
  public List<StockView> stock(@QueryParam("part") String part, @QueryParam("depot") String depot) {
    return parts.stock(part, depot).stream().map(StockView::of).toList();
  }

  @GET
  @Path("/movements")
  public List<MovementView> movements(
      @QueryParam("part") String part,
      @QueryParam("ticket") String ticket,
      @QueryParam("max") @DefaultValue("200") int max) {
    return parts.movements(part, ticket, max).stream().map(MovementView::of).toList();
  }

  @POST
  @Path("/receipts")
  public Response receive(MovementRequest r) {
    Bodies.required(r);
    return created(parts.receive(r.part(), r.depot(), quantity(r), r.unitCostFen(), r.note()));
  }

  @POST
  @Path("/withdrawals")
  public Response withdraw(MovementRequest r) {
    Bodies.required(r);
    return created(parts.withdraw(r.part(), r.depot(), quantity(r), r.ticketNo(), r.note()));
  }

  @POST
  @Path("/transfers")
  public Response transfer(MovementRequest r) {
    Bodies.required(r);
    return created(parts.transfer(r.part(), r.fromDepot(), r.toDepot(), quantity(r), r.note()));
  }

  @GET
  @Path("/usage")
  public UsageView usage(@QueryParam("ticket") String ticketNo) {
    if (ticketNo == null || ticketNo.isBlank()) {
      throw new BadRequestException("?ticket=<ticket number> is required");
    }
    List<MovementView> withdrawals = parts.usage(ticketNo).stream().map(MovementView::of).toList();
    return new UsageView(
        ticketNo, withdrawals.stream().mapToLong(MovementView::costFen).sum(), withdrawals);
  }

  /** Reorder alerts: the open ones, or all with {@code ?all=true}. */
  @GET
  @Path("/alerts")
  public List<AlertView> alerts(
      @QueryParam("all") @DefaultValue("false") boolean all, @QueryParam("part") String part) {
    return parts.alerts(all, part).stream().map(AlertView::of).toList();
  }

  /** What the parts used for repairs in a calendar year cost (Asia/Shanghai). */
  @GET
  @Path("/cost/{year: \\d{4}}")
  public CostView cost(@PathParam("year") int year) {
    return new CostView(year, parts.costOfYear(year));
  }

  private static int quantity(MovementRequest r) {
    if (r.quantity() == null) {
      throw new BadRequestException("quantity is required");
    }
    return r.quantity();
  }

  private static Response created(SpareParts.Movement movement) {
    return Response.status(Response.Status.CREATED).entity(MovementView.of(movement)).build();
  }
}
