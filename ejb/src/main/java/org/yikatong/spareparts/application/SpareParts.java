package org.yikatong.spareparts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
import java.util.function.Supplier;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.notification.domain.Notice;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.spareparts.domain.Depot;
import org.yikatong.spareparts.domain.PartStock;
import org.yikatong.spareparts.domain.ReorderAlert;
import org.yikatong.spareparts.domain.SparePart;
import org.yikatong.spareparts.domain.StockMovement;

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
  @Inject Tickets tickets;
  @Inject Event<Notice> notices;
  @PersistenceContext EntityManager em;

  /** A part and its total stock over all depots. */
  public record PartTotal(SparePart part, long total) {}

  public List<PartTotal> parts() {
    return em
        .createQuery(
            "select p, coalesce((select sum(s.quantity) from PartStock s where s.part = p), 0)"
                + " from SparePart p order by p.code",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new PartTotal((SparePart) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  public PartTotal part(@NotBlank String code) {
    SparePart part = partByCode(code, false);
    return new PartTotal(part, total(part));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public SparePart createPart(@NotNull @Valid NewPart request) {
    if (findPart(request.code()) != null) {
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
    em.persist(part);
    return part;
  }

  /** Changes a part's name, unit, reorder level and cost; a new level may raise or clear alerts. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
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
    return em.createQuery("select d from Depot d order by d.code", Depot.class).getResultList();
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public Depot createDepot(@NotNull @Valid NewDepot request) {
    if (findDepot(request.code()) != null) {
      throw RequestRefusedException.conflict("A depot has the code " + request.code());
    }
    Depot depot = domain(() -> new Depot(request.code(), request.name(), request.location()));
    em.persist(depot);
    return depot;
  }

  /** Stock rows, optionally of one part and/or one depot, by part and depot code. */
  public List<PartStock> stock(String partCode, String depotCode) {
    StringBuilder jpql =
        new StringBuilder(
            "select s from PartStock s join fetch s.part join fetch s.depot where 1 = 1");
    if (partCode != null) {
      jpql.append(" and s.part.code = :part");
    }
    if (depotCode != null) {
      jpql.append(" and s.depot.code = :depot");
    }
    var query =
        em.createQuery(
            jpql.append(" order by s.part.code, s.depot.code").toString(), PartStock.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    if (depotCode != null) {
      query.setParameter("depot", depotCode);
    }
    return query.getResultList();
  }

  /** Parts received into a depot; a unit cost, when given, becomes the part's cost from now on. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public StockMovement receive(
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
    em.persist(movement);
    reorderCheck(part, now);
    return movement;
  }

  /**
   * Parts taken out of a depot for the repair of a ticket, at the part's current unit cost; the
   * ticket's history gets a {@code WORKLOG} line saying what was taken, from where and at what
   * cost. A closed ticket takes no more parts (409).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public StockMovement withdraw(
      @NotBlank String partCode,
      @NotBlank String depotCode,
      @Positive int quantity,
      @NotBlank String ticketNo,
      String note) {
    // The ticket first, then the part: every path that locks both locks them in this order.
    Ticket ticket = lockTicket(ticketNo);
    if (ticket.getStatus() == TicketStatus.CLOSED) {
      throw RequestRefusedException.conflict(
          "Ticket " + ticketNo + " is closed: no parts are withdrawn for it");
    }
    SparePart part = partByCode(partCode, true);
    Depot depot = depotByCode(depotCode);
    Instant now = clock.instant();
    take(part, depot, quantity);
    StockMovement movement =
        domain(
            () -> StockMovement.withdrawn(part, depot, quantity, ticket, note, now, caller.name()));
    em.persist(movement);
    reorderCheck(part, now);
    // A ticket step of its own (the SLA review runs too); it joins this transaction.
    tickets.comment(ticketNo, "WORKLOG", movement.worklogLine());
    return movement;
  }

  /** Parts moved from one depot to another; the total stock stays. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public StockMovement transfer(
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
    em.persist(movement);
    return movement;
  }

  /** Movements, newest first, optionally of one part or for one ticket. */
  public List<StockMovement> movements(String partCode, String ticketNo, int max) {
    StringBuilder jpql =
        new StringBuilder(
            "select m from StockMovement m join fetch m.part left join fetch m.from"
                + " left join fetch m.to left join fetch m.ticket where 1 = 1");
    if (partCode != null) {
      jpql.append(" and m.part.code = :part");
    }
    if (ticketNo != null) {
      jpql.append(" and m.ticket.ticketNo = :ticket");
    }
    var query = em.createQuery(jpql.append(" order by m.id desc").toString(), StockMovement.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    if (ticketNo != null) {
      query.setParameter("ticket", ticketNo);
    }
    return query.setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
  }

  /** The parts withdrawn for the repair of a ticket, oldest first (404 for an unknown ticket). */
  public List<StockMovement> usage(@NotBlank String ticketNo) {
    if (em.createQuery("select count(t) from Ticket t where t.ticketNo = :n", Long.class)
            .setParameter("n", ticketNo)
            .getSingleResult()
        == 0) {
      throw RequestRefusedException.notFound("No ticket " + ticketNo);
    }
    return em.createQuery(
            "select m from StockMovement m join fetch m.part left join fetch m.from"
                + " where m.ticket.ticketNo = :n and m.kind = :kind order by m.id",
            StockMovement.class)
        .setParameter("n", ticketNo)
        .setParameter("kind", StockMovement.Kind.WITHDRAW)
        .getResultList();
  }

  /** What the parts withdrawn for repairs in a calendar year (Asia/Shanghai) cost, in fen. */
  public long costOfYear(int year) {
    Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    Instant to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    Long fen =
        em.createQuery(
                "select sum(m.unitCostFen * m.quantity) from StockMovement m"
                    + " where m.kind = :kind and m.movedAt >= :from and m.movedAt < :to",
                Long.class)
            .setParameter("kind", StockMovement.Kind.WITHDRAW)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return fen == null ? 0 : fen;
  }

  /** Reorder alerts, newest first; only the open ones unless {@code all}. */
  public List<ReorderAlert> alerts(boolean all, String partCode) {
    StringBuilder jpql =
        new StringBuilder("select a from ReorderAlert a join fetch a.part where 1 = 1");
    if (!all) {
      jpql.append(" and a.clearedAt is null");
    }
    if (partCode != null) {
      jpql.append(" and a.part.code = :part");
    }
    var query = em.createQuery(jpql.append(" order by a.id desc").toString(), ReorderAlert.class);
    if (partCode != null) {
      query.setParameter("part", partCode);
    }
    return query.setMaxResults(1000).getResultList();
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
    return em.createQuery(
            "select s from PartStock s where s.part = :p and s.depot = :d", PartStock.class)
        .setParameter("p", part)
        .setParameter("d", depot)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              // The part's row is locked: no one else creates this row meanwhile.
              PartStock stock = new PartStock(part, depot);
              em.persist(stock);
              return stock;
            });
  }

  private void reorderCheck(SparePart part, Instant now) {
    int total = (int) total(part);
    switch (part.stockIs(total)) {
      case RAISE -> {
        ReorderAlert alert = new ReorderAlert(part, total, now);
        em.persist(alert);
        notices.fire(
            new Notice(
                "REORDER_ALERT",
                alert.noticeReference(),
                REORDER_RECIPIENTS,
                alert.noticeSubject(),
                alert.noticeText(),
                now));
      }
      case CLEAR ->
          em.createQuery(
                  "select a from ReorderAlert a where a.part = :p and a.clearedAt is null",
                  ReorderAlert.class)
              .setParameter("p", part)
              .getResultList()
              .forEach(a -> a.clear(now));
      case NONE -> {}
    }
  }

  /** The ticket, locked ({@code SELECT … FOR UPDATE}) for the rest of the transaction. */
  private Ticket lockTicket(String ticketNo) {
    Long id =
        em.createQuery("select t.id from Ticket t where t.ticketNo = :n", Long.class)
            .setParameter("n", ticketNo)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
    return em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private long total(SparePart part) {
    Long total =
        em.createQuery("select sum(s.quantity) from PartStock s where s.part = :p", Long.class)
            .setParameter("p", part)
            .getSingleResult();
    return total == null ? 0 : total;
  }

  private SparePart partByCode(String code, boolean lock) {
    var query =
        em.createQuery("select p from SparePart p where p.code = :c", SparePart.class)
            .setParameter("c", code);
    if (lock) {
      // SELECT ... FOR UPDATE: a concurrent movement of the part waits here until this one ends.
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> RequestRefusedException.notFound("No spare part " + code));
  }

  private SparePart findPart(String code) {
    return em.createQuery("select p from SparePart p where p.code = :c", SparePart.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Depot depotByCode(String code) {
    Depot depot = findDepot(code);
    if (depot == null) {
      throw RequestRefusedException.notFound("No depot " + code);
    }
    return depot;
  }

  private Depot findDepot(String code) {
    return em.createQuery("select d from Depot d where d.code = :c", Depot.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static <T> T domain(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }
}
