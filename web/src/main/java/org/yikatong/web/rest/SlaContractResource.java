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
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarDay;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.SlaConfigChange;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.SlaPolicy;
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
      List<TargetView> targets) {
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
          targets);
    }
  }

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
