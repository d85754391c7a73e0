package org.yikatong.spareparts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.TicketWork;
import org.yikatong.spareparts.domain.Depot;
import org.yikatong.spareparts.domain.DepotRepository;
import org.yikatong.spareparts.domain.PartStock;
import org.yikatong.spareparts.domain.ReorderAlert;
import org.yikatong.spareparts.domain.SparePart;
import org.yikatong.spareparts.domain.SparePartRepository;
import org.yikatong.spareparts.domain.StockMovement;
import org.yikatong.spareparts.domain.StockMovementRepository;

/**
 * The spare parts depot. Every movement locks the part's row first (then its stock rows), so the
 * movements of one part run one after another on every node: stock never goes below zero, however
 * many technicians withdraw at once, and the reorder alert is raised exactly once per fall. A
 * refused movement (409 beyond stock or for a closed ticket, 404 an unknown part, depot or ticket)
 * changes nothing. A withdrawal writes a work log line into its ticket's history, and a raised
 * reorder alert tells the helpdesk and the administrator, both in the movement's transaction.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
public class SpareParts {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Who hears of a reorder alert. */
  static final List<String> REORDER_RECIPIENTS = List.of("helpdesk", "admin");

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject TicketWork tickets;
  @Inject SparePartRepository parts;
  @Inject DepotRepository depots;
  @Inject StockMovementRepository stockMovements;
  @Inject Event<Notice> notices;

  /** A part and its total stock over all depots. */
  public record PartTotal(SparePart part, long total) {}

  /**
   * A stock movement and the number of the ticket it was withdrawn for (null for a receipt or a
   * transfer).
   */
  public record Movement(StockMovement movement, String ticketNo) {}

  public List<PartTotal> parts() {
    return parts.findAllWithTotal().stream().map(p -> new PartTotal(p.part(), p.total())).toList();
  }

  public PartTotal part(@NotBlank String code) {
    SparePart part = partByCode(code, false);
    return new PartTotal(part, total(part));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public SparePart createPart(@NotNull @Valid NewPart request) {
    if (parts.findByCode(request.code()).isPresent()) {
      throw RequestRefusedException.conflict("A spare part has the code " + request.code());
    }
    SparePart part =
        domain(
            () ->
                new SparePart(
                    request.code(),
                    request.name(),
                    request.unit(),
                    request.reorderLevel(),
                    request.unitCostFen()));
    parts.add(part);
    return part;
  }

  /** Changes a part's name, unit, reorder level and cost; a new level may raise or clear alerts. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public SparePart changePart(@NotBlank String code, @NotNull @Valid NewPart request) {
    SparePart part = partByCode(code, true);
    domain(
        () -> {
          part.change(
              request.name(), request.unit(), request.reorderLevel(), request.unitCostFen());
          return part;
        });
    reorderCheck(part, clock.instant());
    return part;
  }

  public List<Depot> depots() {
    return depots.findAll();
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Depot createDepot(@NotNull @Valid NewDepot request) {
    if (depots.findByCode(request.code()).isPresent()) {
      throw RequestRefusedException.conflict("A depot has the code " + request.code());
    }
    Depot depot = domain(() -> new Depot(request.code(), request.name(), request.location()));
    depots.add(depot);
    return depot;
  }

  /** Stock rows, optionally of one part and/or one depot, by part and depot code. */
  public List<PartStock> stock(String partCode, String depotCode) {
    return parts.findStock(partCode, depotCode);
  }

  /** Parts received into a depot; a unit cost, when given, becomes the part's cost from now on. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Movement receive(
      @NotBlank String partCode,
      @NotBlank String depotCode,
      @Positive int quantity,
      @PositiveOrZero Long unitCostFen,
      String note) {
    SparePart part = partByCode(partCode, true);
    Depot depot = depotByCode(depotCode);
    if (unitCostFen != null) {
      part.costs(unitCostFen);
    }
    Instant now = clock.instant();
    stockOf(part, depot).add(quantity);
    StockMovement movement =
        domain(() -> StockMovement.received(part, depot, quantity, note, now, caller.name()));
    stockMovements.add(movement);
    reorderCheck(part, now);
    return new Movement(movement, null);
  }

  /**
   * Parts taken out of a depot for the repair of a ticket, at the part's current unit cost; the
   * ticket's history gets a {@code WORKLOG} line saying what was taken, from where and at what
   * cost. A closed ticket takes no more parts (409).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public Movement withdraw(
      @NotBlank String partCode,
      @NotBlank String depotCode,
      @Positive int quantity,
      @NotBlank String ticketNo,
      String note) {
    // The ticket first, then the part: every path that locks both locks them in this order.
    TicketWork.Locked ticket = tickets.lockForWork(ticketNo);
    if (ticket.closed()) {
      throw RequestRefusedException.conflict(
          "Ticket " + ticketNo + " is closed: no parts are withdrawn for it");
    }
    SparePart part = partByCode(partCode, true);
    Depot depot = depotByCode(depotCode);
    Instant now = clock.instant();
    take(part, depot, quantity);
    StockMovement movement =
        domain(
            () ->
                StockMovement.withdrawn(
                    part,
                    depot,
                    quantity,
                    ticket.id(),
                    ticket.assetId(),
                    note,
                    now,
                    caller.name()));
    stockMovements.add(movement);
    reorderCheck(part, now);
    // A ticket step of its own (the SLA review runs too); it joins this transaction.
    tickets.logWork(ticketNo, movement.worklogLine());
    return new Movement(movement, ticketNo);
  }

  /** Parts moved from one depot to another; the total stock stays. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Movement transfer(
      @NotBlank String partCode,
      @NotBlank String fromDepot,
      @NotBlank String toDepot,
      @Positive int quantity,
      String note) {
    SparePart part = partByCode(partCode, true);
    Depot from = depotByCode(fromDepot);
    Depot to = depotByCode(toDepot);
    Instant now = clock.instant();
    StockMovement movement =
        domain(() -> StockMovement.transferred(part, from, to, quantity, note, now, caller.name()));
    take(part, from, quantity);
    stockOf(part, to).add(quantity);
    stockMovements.add(movement);
    return new Movement(movement, null);
  }

  /**
   * Movements, newest first, optionally of one part or for one ticket (none for an unknown ticket).
   */
  public List<Movement> movements(String partCode, String ticketNo, int max) {
    Long ticketId = null;
    if (ticketNo != null) {
      Optional<Long> id = tickets.idOf(ticketNo);
      if (id.isEmpty()) {
        return List.of();
      }
      ticketId = id.get();
    }
    List<StockMovement> found =
        stockMovements.findNewestFirst(partCode, ticketId, Math.min(Math.max(1, max), 1000));
    if (ticketNo != null) {
      return found.stream().map(m -> new Movement(m, ticketNo)).toList();
    }
    List<Long> ticketIds =
        found.stream().map(StockMovement::getTicketId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> numbers = ticketIds.isEmpty() ? Map.of() : tickets.numbersOf(ticketIds);
    return found.stream()
        .map(m -> new Movement(m, m.getTicketId() == null ? null : numbers.get(m.getTicketId())))
        .toList();
  }

  /** The parts withdrawn for the repair of a ticket, oldest first (404 for an unknown ticket). */
  public List<Movement> usage(@NotBlank String ticketNo) {
    Long ticketId =
        tickets
            .idOf(ticketNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
    return stockMovements.findWithdrawalsFor(ticketId).stream()
        .map(m -> new Movement(m, ticketNo))
        .toList();
  }

  /**
   * The parts used on a registered asset of the service desk (withdrawn for a ticket that named it
   * then), newest first, with their tickets' numbers.
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR, Role.FINANCE})
  public List<Movement> usedOnAsset(long assetId) {
    List<StockMovement> found = stockMovements.findWithdrawalsOnAsset(assetId);
    List<Long> ticketIds =
        found.stream().map(StockMovement::getTicketId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> numbers = ticketIds.isEmpty() ? Map.of() : tickets.numbersOf(ticketIds);
    return found.stream()
        .map(m -> new Movement(m, m.getTicketId() == null ? null : numbers.get(m.getTicketId())))
        .toList();
  }

  /** What the parts withdrawn for repairs in a calendar year (Asia/Shanghai) cost, in fen. */
  public long costOfYear(int year) {
    Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    Instant to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    return stockMovements.costOfWithdrawals(from, to);
  }

  /** Reorder alerts, newest first; only the open ones unless {@code all}. */
  public List<ReorderAlert> alerts(boolean all, String partCode) {
    return parts.findAlerts(all, partCode, 1000);
  }

  private void take(SparePart part, Depot depot, int quantity) {
    PartStock stock = stockOf(part, depot);
    try {
      stock.take(quantity);
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  /** The stock row of a part in a depot, locked; created empty the first time. */
  private PartStock stockOf(SparePart part, Depot depot) {
    return parts
        .lockStock(part, depot)
        .orElseGet(
            () -> {
              // The part's row is locked: no one else creates this row meanwhile.
              PartStock stock = new PartStock(part, depot);
              parts.add(stock);
              return stock;
            });
  }

  private void reorderCheck(SparePart part, Instant now) {
    int total = (int) total(part);
    switch (part.stockIs(total)) {
      case RAISE -> {
        ReorderAlert alert = new ReorderAlert(part, total, now);
        parts.add(alert);
        notices.fire(
            new Notice(
                "REORDER_ALERT",
                alert.noticeReference(),
                REORDER_RECIPIENTS,
                alert.noticeSubject(),
                alert.noticeText(),
                now));
      }
      case CLEAR -> parts.findOpenAlerts(part).forEach(a -> a.clear(now));
      case NONE -> {}
    }
  }

  private long total(SparePart part) {
    return parts.total(part);
  }

  private SparePart partByCode(String code, boolean lock) {
    return (lock ? parts.lockByCode(code) : parts.findByCode(code))
        .orElseThrow(() -> RequestRefusedException.notFound("No spare part " + code));
  }

  private Depot depotByCode(String code) {
    return depots
        .findByCode(code)
        .orElseThrow(() -> RequestRefusedException.notFound("No depot " + code));
  }

  private static <T> T domain(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }
}
