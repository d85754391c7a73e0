package org.yikatong.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.MerchantDayTotal;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;

/**
 * Business day close: for each merchant, the day's payment count and totals, and a settlement entry
 * that moves the day's net takings from the merchant's takings stripes to its settled account. A
 * day closes once: a second close answers with the first. Entries always carry the business day on
 * which they were posted, so a closed day never gets new entries.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
public class DayCloses {

  /** A day closes no earlier than this after its end, so that no posting is still in flight. */
  public static final Duration GRACE = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(DayCloses.class.getName());

  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /**
   * Closes a business day.
   *
   * @throws RequestRefusedException when the day has not ended (plus {@link #GRACE}) yet
   */
  public DayClose close(@NotNull LocalDate day) {
    Optional<DayClose> existing = find(day);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    if (now.isBefore(BusinessDay.start(day.plusDays(1)).plus(GRACE))) {
      throw RequestRefusedException.invalid(
          "Business day "
              + day
              + " can be closed from "
              + GRACE.toMinutes()
              + " minutes after its end");
    }
    DayClose close = new DayClose(day, now, caller.name());
    em.persist(close);
    em.flush(); // a concurrent close of the same day fails here, before any settlement
    List<Merchant> merchants =
        em.createQuery("select m from Merchant m order by m.code", Merchant.class).getResultList();
    for (Merchant merchant : merchants) {
      close.add(closeMerchant(close, merchant, day));
    }
    return close;
  }

  private MerchantDayTotal closeMerchant(DayClose close, Merchant merchant, LocalDate day) {
    Object[] payments =
        em.createQuery(
                "select count(e), coalesce(sum(e.amountFen), 0) from JournalEntry e"
                    + " where e.merchant = :m and e.businessDate = :d and e.kind in :kinds",
                Object[].class)
            .setParameter("m", merchant)
            .setParameter("d", day)
            .setParameter("kinds", List.of(EntryKind.PAYMENT, EntryKind.OFFLINE_PAYMENT))
            .getSingleResult();
    List<Object[]> stripes =
        em.createQuery(
                "select p.account.id, sum(p.amountFen) from Posting p"
                    + " where p.account.merchant = :m and p.account.type = :t"
                    + " and p.entry.businessDate = :d and p.entry.kind <> :settlement"
                    + " group by p.account.id order by p.account.id",
                Object[].class)
            .setParameter("m", merchant)
            .setParameter("t", AccountType.MERCHANT_TAKINGS)
            .setParameter("d", day)
            .setParameter("settlement", EntryKind.SETTLEMENT)
            .getResultList();
    long net = stripes.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
    JournalEntry settlement = null;
    if (stripes.stream().anyMatch(r -> ((Number) r[1]).longValue() != 0)) {
      EntryDraft.Builder draft =
          EntryDraft.builder(
                  EntryKind.SETTLEMENT,
                  "SETTLE:" + day + ":" + merchant.getCode(),
                  RequestHash.of("SETTLE", day, merchant.getCode(), net))
              .amount(Money.ofFen(net))
              .description("日结 " + day + " " + merchant.getName())
              .postedBy(caller.name())
              .merchant(merchant);
      for (Object[] r : stripes) {
        draft.line(em.find(Account.class, r[0]), Money.ofFen(-((Number) r[1]).longValue()));
      }
      draft.line(accounts.settled(merchant), Money.ofFen(net));
      settlement = journal.post(draft.build());
    }
    long paid = ((Number) payments[1]).longValue();
    MerchantDayTotal total =
        new MerchantDayTotal(
            close,
            merchant,
            ((Number) payments[0]).longValue(),
            Money.ofFen(paid),
            Money.ofFen(paid - net),
            Money.ofFen(net),
            settlement);
    em.persist(total);
    return total;
  }

  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public Optional<DayClose> find(@NotNull LocalDate day) {
    return em.createQuery("select d from DayClose d where d.businessDate = :d", DayClose.class)
        .setParameter("d", day)
        .getResultStream()
        .findFirst();
  }

  /**
   * Closes yesterday at 00:30 Asia/Shanghai, on one node (a persistent timer: a server down at
   * 00:30 runs the missed close when it starts); the day closes once whatever runs it.
   */
  @Schedule(
      hour = "0",
      minute = "30",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = "day close")
  @PermitAll
  public void closeYesterday() {
    LocalDate yesterday = BusinessDay.of(clock.instant()).minusDays(1);
    DayClose close = close(yesterday);
    LOG.info("Business day " + yesterday + " closed by " + close.getClosedBy());
  }
}
