package org.yikatong.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.DayCloseRepository;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.MerchantDayTotal;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;

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
  @Inject DayCloseRepository closes;
  @Inject MerchantRepository merchants;

  /**
   * Closes a business day.
   *
   * @throws RequestRefusedException when the day has not ended (plus {@link #GRACE}) yet
   */
  @Audited
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
    closes.add(close); // a concurrent close of the same day fails here, before any settlement
    for (Merchant merchant : merchants.findAll()) {
      close.add(closeMerchant(close, merchant, day));
    }
    return close;
  }

  private MerchantDayTotal closeMerchant(DayClose close, Merchant merchant, LocalDate day) {
    Journal.DayPayments payments = journal.paymentsOf(merchant, day);
    List<Journal.StripeTakings> stripes = journal.takingsOf(merchant, day);
    long net = stripes.stream().mapToLong(r -> r.amount().fen()).sum();
    JournalEntry settlement = null;
    if (stripes.stream().anyMatch(r -> r.amount().fen() != 0)) {
      EntryDraft.Builder draft =
          EntryDraft.builder(
                  EntryKind.SETTLEMENT,
                  "SETTLE:" + day + ":" + merchant.getCode(),
                  RequestHash.of("SETTLE", day, merchant.getCode(), net))
              .amount(Money.ofFen(net))
              .description("日结 " + day + " " + merchant.getName())
              .postedBy(caller.name())
              .merchant(merchant);
      for (Journal.StripeTakings r : stripes) {
        draft.line(accounts.find(r.accountId()).orElseThrow(), Money.ofFen(-r.amount().fen()));
      }
      draft.line(accounts.settled(merchant), Money.ofFen(net));
      settlement = journal.post(draft.build());
    }
    long paid = payments.total().fen();
    MerchantDayTotal total =
        new MerchantDayTotal(
            close,
            merchant,
            payments.count(),
            Money.ofFen(paid),
            Money.ofFen(paid - net),
            Money.ofFen(net),
            settlement);
    closes.add(total);
    return total;
  }

  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public Optional<DayClose> find(@NotNull LocalDate day) {
    return closes.findByDay(day);
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
