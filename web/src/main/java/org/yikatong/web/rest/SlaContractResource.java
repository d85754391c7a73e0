package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.yikatong.servicedesk.application.SlaContracts;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarDay;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.contract.ContractParty;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.SlaConfigChange;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * {@code /api/v1/sla-contracts}, {@code /api/v1/duty-calendars}, {@code
 * /api/v1/sla-config-changes}: the SLA targets of each service contract, the working calendars they
 * count on, and the log of every change to either.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class SlaContractResource {

  @Inject SlaContracts contracts;

  public record TargetView(
      String level, String target, long amount, String unit, String basis, long warningMinutes) {}

  public record ContractView(
      String code,
      String name,
      String vendor,
      String calendar,
      boolean defaultContract,
      List<TargetView> targets,
      WarrantyView warranty,
      List<PartyView> parties,
      List<ResponsibilityView> responsibilities) {
    static ContractView of(ServiceContract c) {
      SlaPolicy policy = c.policy();
      List<TargetView> targets =
          policy.targets().entrySet().stream()
              .flatMap(
                  level ->
                      level.getValue().entrySet().stream()
                          .map(
                              t ->
                                  new TargetView(
                                      level.getKey().name(),
                                      t.getKey().name(),
                                      t.getValue().target().amount(),
                                      t.getValue().target().unit().name(),
                                      t.getValue().basis().name(),
                                      t.getValue().warning().toMinutes())))
              .sorted(
                  Comparator.comparing(TargetView::level)
                      .thenComparing(t -> SlaEvent.Target.valueOf(t.target())))
              .toList();
      return new ContractView(
          c.getCode(),
          c.getName(),
          c.getVendor(),
          c.getCalendar().getCode(),
          c.isDefaultContract(),
          targets,
          new WarrantyView(
              c.getWarrantyMonths(),
              c.getPartsPricePercent(),
              c.getLabourFenPerHour(),
              c.isDeskTakesHardware()),
          c.getParties().stream()
              .sorted(Comparator.comparing(ContractParty::getParty))
              .map(
                  p ->
                      new PartyView(
                          p.getParty().name(),
                          p.getOrganisation(),
                          p.getContactName(),
                          p.getContactPhone(),
                          p.getContactEmail()))
              .toList(),
          c.getResponsibilities().stream()
              .map(
                  r ->
                      new ResponsibilityView(
                          r.getAssetType() == null ? null : r.getAssetType().name(),
                          r.getCategory() == null ? null : r.getCategory().name(),
                          r.getParty().name(),
                          r.getNote()))
              .sorted(
                  Comparator.comparing(
                          ResponsibilityView::assetType,
                          Comparator.nullsFirst(Comparator.naturalOrder()))
                      .thenComparing(
                          ResponsibilityView::category,
                          Comparator.nullsFirst(Comparator.naturalOrder())))
              .toList());
    }
  }

  /**
   * A contract's warranty terms.
   *
   * @param deskTakesHardware whether the vendor's service desk takes the hardware supplier's
   *     tickets
   */
  public record WarrantyView(
      Integer warrantyMonths,
      Integer partsPricePercent,
      Long labourFenPerHour,
      Boolean deskTakesHardware) {}

  /** A party of a contract and whom of it to call. */
  public record PartyView(
      String party,
      String organisation,
      String contactName,
      String contactPhone,
      String contactEmail) {}

  /** Who answers for a category of fault (null: any) on a type of asset (null: any). */
  public record ResponsibilityView(String assetType, String category, String party, String note) {}

  public record NewContract(
      String code, String name, String vendor, String calendar, String copyFrom) {}

  public record TargetRequest(
      Long amount, SlaTarget.Unit unit, WorkingCalendar.Basis basis, Long warningMinutes) {}

  public record DayView(LocalDate day, String kind, String note) {}

  public record CalendarView(
      String code,
      String name,
      String zoneId,
      String dutyStart,
      String dutyEnd,
      List<DayView> days) {
    static CalendarView of(DutyCalendar c) {
      return new CalendarView(
          c.getCode(),
          c.getName(),
          c.getZoneId(),
          c.getDutyStart(),
          c.getDutyEnd(),
          c.getDays().stream()
              .map(d -> new DayView(d.getDay(), d.getKind().name(), d.getNote()))
              .toList());
    }
  }

  public record NewCalendar(
      String code, String name, String zoneId, String dutyStart, String dutyEnd) {}

  public record DayRequest(DutyCalendarDay.Kind kind, String note) {}

  public record ChangeView(Instant at, String actor, String subject, String detail) {
    static ChangeView of(SlaConfigChange c) {
      return new ChangeView(c.getChangedAt(), c.getActor(), c.getSubject(), c.getDetail());
    }
  }

  @GET
  @Path("/sla-contracts")
  public List<ContractView> contracts() {
    return contracts.contracts().stream().map(ContractView::of).toList();
  }

  @GET
  @Path("/sla-contracts/{code}")
  public ContractView contract(@PathParam("code") String code) {
    return ContractView.of(contracts.contract(code));
  }

  @POST
  @Path("/sla-contracts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addContract(NewContract r) {
    Bodies.required(r);
    ServiceContract c =
        contracts.addContract(r.code(), r.name(), r.vendor(), r.calendar(), r.copyFrom());
    return Response.status(Response.Status.CREATED).entity(ContractView.of(c)).build();
  }

  @POST
  @Path("/sla-contracts/{code}/default")
  public ContractView makeDefault(@PathParam("code") String code) {
    return ContractView.of(contracts.makeDefault(code));
  }

  /**
   * Sets one target: {@code {"amount": 2, "unit": "HOURS", "basis": "DUTY_HOURS", "warningMinutes":
   * 30}}.
   */
  @PUT
  @Path("/sla-contracts/{code}/targets/{level}/{target}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContractView setTarget(
      @PathParam("code") String code,
      @PathParam("level") TicketLevel level,
      @PathParam("target") SlaEvent.Target target,
      TargetRequest r) {
    Bodies.required(r);
    if (r.amount() == null || r.unit() == null) {
      throw new BadRequestException("amount and unit (MINUTES, HOURS, WORKING_DAYS) are required");
    }
    return ContractView.of(
        contracts.setTarget(
            code,
            level,
            target,
            r.amount(),
            r.unit(),
            r.basis() == null ? WorkingCalendar.Basis.DUTY_HOURS : r.basis(),
            r.warningMinutes() == null ? 0 : r.warningMinutes()));
  }

  @DELETE
  @Path("/sla-contracts/{code}/targets/{level}/{target}")
  public ContractView removeTarget(
      @PathParam("code") String code,
      @PathParam("level") TicketLevel level,
      @PathParam("target") SlaEvent.Target target) {
    return ContractView.of(contracts.removeTarget(code, level, target));
  }

  /**
   * Sets the warranty terms: {@code {"warrantyMonths": 12, "partsPricePercent": 85,
   * "labourFenPerHour": 12000, "deskTakesHardware": true}}.
   */
  @PUT
  @Path("/sla-contracts/{code}/warranty")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContractView setWarranty(@PathParam("code") String code, WarrantyView r) {
    Bodies.required(r);
    if (r.warrantyMonths() == null
        || r.partsPricePercent() == null
        || r.labourFenPerHour() == null) {
      throw new BadRequestException(
          "warrantyMonths, partsPricePercent and labourFenPerHour are required");
    }
    return ContractView.of(
        contracts.setWarrantyTerms(
            code,
            r.warrantyMonths(),
            r.partsPricePercent(),
            r.labourFenPerHour(),
            r.deskTakesHardware() == null || r.deskTakesHardware()));
  }

  /**
   * Sets a party: {@code {"organisation": "…", "contactName": "…", "contactPhone": "…",
   * "contactEmail": "…"}}.
   */
  @PUT
  @Path("/sla-contracts/{code}/parties/{party}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContractView setParty(
      @PathParam("code") String code, @PathParam("party") String party, PartyView r) {
    Bodies.required(r);
    return ContractView.of(
        contracts.setParty(
            code,
            party(party),
            r.organisation(),
            r.contactName(),
            r.contactPhone(),
            r.contactEmail()));
  }

  /**
   * Sets a responsibility rule: {@code {"assetType": "SERVER" | null, "category": "HARDWARE" |
   * null, "party": "HARDWARE_SUPPLIER", "note": "…"}}.
   */
  @PUT
  @Path("/sla-contracts/{code}/responsibilities")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContractView setResponsibility(@PathParam("code") String code, ResponsibilityView r) {
    Bodies.required(r);
    if (r.party() == null) {
      throw new BadRequestException(
          "party (HARDWARE_SUPPLIER, SOFTWARE_DEVELOPER, UNIVERSITY_IT, CARD_HOLDER) is required");
    }
    return ContractView.of(
        contracts.setResponsibility(
            code, assetType(r.assetType()), category(r.category()), party(r.party()), r.note()));
  }

  /** Removes the rule of that asset type and category (either left out: any). */
  @DELETE
  @Path("/sla-contracts/{code}/responsibilities")
  public ContractView removeResponsibility(
      @PathParam("code") String code,
      @QueryParam("assetType") String assetType,
      @QueryParam("category") String category) {
    return ContractView.of(
        contracts.removeResponsibility(code, assetType(assetType), category(category)));
  }

  static ResponsibleParty party(String text) {
    try {
      return ResponsibleParty.valueOf(text);
    } catch (RuntimeException e) {
      throw new BadRequestException(
          "A party is HARDWARE_SUPPLIER, SOFTWARE_DEVELOPER, UNIVERSITY_IT or CARD_HOLDER: "
              + text);
    }
  }

  private static AssetType assetType(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return AssetType.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "An asset type is TERMINAL, READER, KIOSK, GATEWAY or SERVER: " + text);
    }
  }

  private static TicketCategory category(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return TicketCategory.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("No ticket category " + text);
    }
  }

  @GET
  @Path("/duty-calendars")
  public List<CalendarView> calendars() {
    return contracts.calendars().stream().map(CalendarView::of).toList();
  }

  @GET
  @Path("/duty-calendars/{code}")
  public CalendarView calendar(@PathParam("code") String code) {
    return CalendarView.of(contracts.calendar(code));
  }

  @POST
  @Path("/duty-calendars")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addCalendar(NewCalendar r) {
    Bodies.required(r);
    DutyCalendar c =
        contracts.addCalendar(
            r.code(),
            r.name(),
            r.zoneId() == null ? "Asia/Shanghai" : r.zoneId(),
            r.dutyStart() == null ? "08:00" : r.dutyStart(),
            r.dutyEnd() == null ? "24:00" : r.dutyEnd());
    return Response.status(Response.Status.CREATED).entity(CalendarView.of(c)).build();
  }

  /** Marks a day: {@code {"kind": "HOLIDAY" | "WORKDAY", "note": "国庆节"}}. */
  @PUT
  @Path("/duty-calendars/{code}/days/{day}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CalendarView setDay(
      @PathParam("code") String code, @PathParam("day") String day, DayRequest r) {
    Bodies.required(r);
    if (r.kind() == null) {
      throw new BadRequestException("kind (HOLIDAY or WORKDAY) is required");
    }
    return CalendarView.of(contracts.setDay(code, date(day), r.kind(), r.note()));
  }

  @DELETE
  @Path("/duty-calendars/{code}/days/{day}")
  public CalendarView removeDay(@PathParam("code") String code, @PathParam("day") String day) {
    return CalendarView.of(contracts.removeDay(code, date(day)));
  }

  @GET
  @Path("/sla-config-changes")
  public List<ChangeView> changes(@QueryParam("max") @DefaultValue("100") int max) {
    return contracts.changes(max).stream().map(ChangeView::of).toList();
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("A day is YYYY-MM-DD: " + text);
    }
  }
}
