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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.NewAsset;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetFaults;
import org.yikatong.servicedesk.domain.asset.AssetGrouping;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.spareparts.domain.StockMovement;

/**
 * {@code /api/v1/assets}: the asset register of the service desk — the assets with their effective
 * warranty end, one asset with its tickets and the spare parts used on it, registering one or a CSV
 * file of them (all or nothing), changing one, and the statistics: faults and repair cost per
 * supplier, model and location, warranties ending soon, repeated faults. Dates are ISO days in
 * campus time; money is in fen.
 */
@Path("/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AssetResource {

  /** The setting that holds the largest asset file taken, in bytes (default 2 MiB). */
  public static final String FILE_BYTES_SETTING = "yikatong.assets.max-file-bytes";

  @Inject AssetRegister register;
  @Inject SpareParts parts;

  /**
   * An asset of the register.
   *
   * @param ownWarrantyEnd the warranty end set for this asset; null when its contract's months run
   * @param warrantyEnd the last day of its free warranty: its own, or from its contract
   * @param inWarranty whether its free warranty covers today
   * @param warranty IN_WARRANTY, ENDING (within 60 days) or EXPIRED
   */
  public record AssetView(
      String serialNo,
      String type,
      String model,
      String location,
      String supplier,
      String terminalCode,
      String contractCode,
      LocalDate acceptedOn,
      LocalDate ownWarrantyEnd,
      LocalDate warrantyEnd,
      boolean inWarranty,
      String warranty,
      String note,
      long version,
      Instant createdAt) {
    static AssetView of(AssetRegister.Registered r) {
      Asset a = r.asset();
      return new AssetView(
          a.getSerialNo(),
          a.getType().name(),
          a.getModel(),
          a.getLocation(),
          a.getSupplier(),
          a.getTerminalCode(),
          r.contractCode(),
          a.getAcceptedOn(),
          a.getWarrantyEnd(),
          r.warrantyEnd(),
          r.inWarranty(),
          r.warranty().name(),
          a.getNote(),
          a.getVersion(),
          a.getCreatedAt());
    }
  }

  /** A ticket naming the asset, and who answered for it and what its repair was charged. */
  public record AssetTicketView(
      String ticketNo,
      String title,
      String status,
      Instant createdAt,
      String responsibleParty,
      String repairCharge,
      long chargedFen) {
    static AssetTicketView of(Ticket t) {
      return new AssetTicketView(
          t.getTicketNo(),
          t.getTitle(),
          t.getStatus().name(),
          t.getCreatedAt(),
          t.getResponsibleParty() == null ? null : t.getResponsibleParty().name(),
          t.getRepairCharge() == null ? null : t.getRepairCharge().name(),
          t.chargedFen());
    }
  }

  /** Spare parts withdrawn for a ticket about the asset. */
  public record PartUsedView(
      String part,
      String partName,
      int quantity,
      long costFen,
      String depot,
      String ticketNo,
      Instant movedAt,
      String movedBy) {
    static PartUsedView of(SpareParts.Movement movement) {
      StockMovement m = movement.movement();
      return new PartUsedView(
          m.getPart().getCode(),
          m.getPart().getName(),
          m.getQuantity(),
          m.getCostFen(),
          m.getFrom() == null ? null : m.getFrom().getCode(),
          movement.ticketNo(),
          m.getMovedAt(),
          m.getMovedBy());
    }
  }

  /** One asset with its tickets, newest first, and the parts used on it, newest first. */
  public record AssetDetailView(
      AssetView asset,
      List<AssetTicketView> tickets,
      List<PartUsedView> partsUsed,
      long partsCostFen) {}

  /** A change of an asset as read at {@code version}; its serial number stays. */
  public record AssetChange(
      Long version,
      AssetType type,
      String model,
      String location,
      String supplier,
      LocalDate acceptedOn,
      LocalDate warrantyEnd,
      String terminalCode,
      String contractCode,
      String note) {}

  /** How many assets a file registered. */
  public record ImportView(int imported) {}

  /** Faults and repair cost of a period, per supplier, model and location. */
  public record FaultStatisticsView(
      LocalDate from,
      LocalDate to,
      List<AssetFaults> bySupplier,
      List<AssetFaults> byModel,
      List<AssetFaults> byLocation) {}

  /** An asset and the tickets that named it in the days looked back. */
  public record RepeatedFaultsView(AssetView asset, long faults) {}

  /**
   * The assets, by serial number, filtered by {@code type}, {@code supplier} (exactly), {@code
   * location} (part of it) and {@code text} (part of serial number, model, supplier, location,
   * terminal code or note).
   */
  @GET
  public List<AssetView> list(
      @QueryParam("type") String type,
      @QueryParam("supplier") String supplier,
      @QueryParam("location") String location,
      @QueryParam("text") String text,
      @QueryParam("max") @DefaultValue("500") int max) {
    return register.list(type(type), supplier, location, text, max).stream()
        .map(AssetView::of)
        .toList();
  }

  @GET
  @Path("/{serial}")
  public AssetDetailView asset(@PathParam("serial") String serial) {
    AssetRegister.Registered r = register.find(serial);
    List<PartUsedView> used =
        parts.usedOnAsset(r.asset().getId()).stream().map(PartUsedView::of).toList();
    return new AssetDetailView(
        AssetView.of(r),
        register.ticketsOf(serial).stream().map(AssetTicketView::of).toList(),
        used,
        used.stream().mapToLong(PartUsedView::costFen).sum());
  }

  @POST
  public Response create(NewAsset request) {
    return Response.status(Response.Status.CREATED)
        .entity(AssetView.of(register.register(Bodies.required(request))))
        .build();
  }

  @PUT
  @Path("/{serial}")
  public AssetView change(@PathParam("serial") String serial, AssetChange change) {
    Bodies.required(change);
    if (change.version() == null) {
      throw new BadRequestException("version (the asset's version as read) is required");
    }
    return AssetView.of(
        register.change(
            serial,
            change.version(),
            new NewAsset(
                serial,
                change.type(),
                change.model(),
                change.location(),
                change.supplier(),
                change.acceptedOn(),
                change.warrantyEnd(),
                change.terminalCode(),
                change.contractCode(),
                change.note())));
  }

  /**
   * Registers the assets of a CSV file (UTF-8, header {@code serial,type,model,location,supplier,
   * accepted_on,warranty_end,terminal_code,contract_code,note}), all or none: a file with any
   * problem is refused 400 with every problem in {@code errors}, each with its {@code line} and
   * {@code message}, and registers nothing. The file is read only up to {@value
   * #FILE_BYTES_SETTING} (default 2 MiB).
   */
  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @BodyLimit(
      setting = FILE_BYTES_SETTING,
      defaultBytes = 2 * 1024 * 1024,
      subject = "An asset file")
  public ImportView importCsv(String csv) {
    return new ImportView(register.importCsv(csv == null ? "" : csv));
  }

  /**
   * Faults (tickets naming an asset, by the day they were opened) and their repair cost per
   * supplier, model and location, over {@code from}–{@code to} (ISO days, both included; this year
   * up to today by default).
   */
  @GET
  @Path("/statistics")
  public FaultStatisticsView statistics(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = from == null || from.isBlank() ? null : LedgerResource.date("from", from);
    LocalDate end = to == null || to.isBlank() ? null : LedgerResource.date("to", to);
    StatisticsPeriod period = register.period(start, end);
    return new FaultStatisticsView(
        period.from(),
        period.to(),
        register.faults(AssetGrouping.SUPPLIER, period.from(), period.to()),
        register.faults(AssetGrouping.MODEL, period.from(), period.to()),
        register.faults(AssetGrouping.LOCATION, period.from(), period.to()));
  }

  /** The assets whose free warranty ends today or within the next {@code days} days (60). */
  @GET
  @Path("/statistics/expiring")
  public List<AssetView> expiring(@QueryParam("days") @DefaultValue("60") int days) {
    return register.expiring(days).stream().map(AssetView::of).toList();
  }

  /**
   * The assets named by at least {@code faults} tickets (3) opened in the last {@code days} days
   * (90), most first.
   */
  @GET
  @Path("/statistics/repeated-faults")
  public List<RepeatedFaultsView> repeatedFaults(
      @QueryParam("faults") @DefaultValue("3") int faults,
      @QueryParam("days") @DefaultValue("90") int days) {
    return register.repeatedFaults(faults, days).stream()
        .map(r -> new RepeatedFaultsView(AssetView.of(r.registered()), r.faults()))
        .toList();
  }

  private static AssetType type(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return AssetType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "type is one of TERMINAL, READER, KIOSK, GATEWAY, SERVER: " + type);
    }
  }
}
