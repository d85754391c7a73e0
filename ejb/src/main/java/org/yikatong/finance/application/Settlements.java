package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.finance.domain.settlement.ClosedTotals;
import org.yikatong.finance.domain.settlement.DayCloseSummary;
import org.yikatong.finance.domain.settlement.DaySettlement;
import org.yikatong.finance.domain.settlement.KindTotal;
import org.yikatong.finance.domain.settlement.MerchantDayLine;
import org.yikatong.finance.domain.settlement.MerchantKindTotal;
import org.yikatong.finance.domain.settlement.MerchantSettlement;
import org.yikatong.finance.domain.settlement.SettlementFigures;
import org.yikatong.finance.domain.settlement.SettlementRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.DayCloseRepository;
import org.yikatong.ledger.domain.MerchantDayTotal;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;

/**
 * Merchants' daily settlement, read from the journal: for a business day and a merchant, the gross
 * sales, refunds, reversals, fees and adjustments its takings got, each with its entries, and the
 * net payable; the statement as PDF and CSV; the day's report over all merchants; the days closed.
 *
 * <p>Any business day that has begun has a settlement. A closed day's is final: it names the day
 * close's settlement entry and says whether the close recorded the same payments and net (it always
 * should: a closed day receives no entry). An open day's is provisional and says so on every copy:
 * it shows the entries posted so far, and nothing is paid on it. Closing a day is the ledger's
 * ({@code DayCloses}); read-only here.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
public class Settlements {

  /** The longest period of day closes listed at once. */
  static final int MAX_CLOSES_DAYS = 366;

  @Inject SettlementRepository settlements;
  @Inject DayCloseRepository closes;
  @Inject MerchantRepository merchants;
  @Inject ReportPrinter printer;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Today's business day, by the platform's clock. */
  public LocalDate today() {
    return BusinessDay.of(clock.instant());
  }

  /**
   * The closed days from..to (inclusive), newest first.
   *
   * @param from the first day, or null for 30 days before {@code to}
   * @param to the last day, or null for today
   */
  public List<DayCloseSummary> closes(LocalDate from, LocalDate to) {
    LocalDate last = to == null ? today() : to;
    LocalDate first = from == null ? last.minusDays(30) : from;
    if (last.isBefore(first)) {
      throw RequestRefusedException.invalid(
          "The period ends before it starts: " + first + ".." + last);
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_CLOSES_DAYS) {
      throw RequestRefusedException.invalid(
          "List at most " + MAX_CLOSES_DAYS + " days of closes at once");
    }
    return settlements.closes(first, last);
  }

  /** Every merchant's settlement of a business day, totalled. */
  public DaySettlement day(@NotNull LocalDate day) {
    requireBegun(day);
    Optional<DayClose> close = closes.findByDay(day);
    Map<String, ClosedTotals> closed = close.map(Settlements::closedTotals).orElse(Map.of());
    Map<String, List<KindTotal>> totals = new HashMap<>();
    for (MerchantKindTotal t : settlements.dayTotals(day)) {
      totals.computeIfAbsent(t.merchantCode(), c -> new ArrayList<>()).add(t.total());
    }
    List<MerchantDayLine> lines = new ArrayList<>();
    for (Merchant m : merchants.findAll()) {
      SettlementFigures figures = SettlementFigures.of(totals.getOrDefault(m.getCode(), List.of()));
      ClosedTotals c =
          close
              .map(
                  d ->
                      closed.getOrDefault(
                          m.getCode(), ClosedTotals.nothing(d.getClosedAt(), d.getClosedBy())))
              .orElse(null);
      lines.add(
          new MerchantDayLine(
              m.getCode(),
              m.getName(),
              figures,
              c == null ? null : c.settlementEntryId(),
              c == null ? null : c.agreesWith(figures)));
    }
    return DaySettlement.of(
        day,
        close.map(DayClose::getClosedAt).orElse(null),
        close.map(DayClose::getClosedBy).orElse(null),
        lines);
  }

  /**
   * A merchant's settlement of a business day with every entry behind its figures.
   *
   * @throws RequestRefusedException when the day has not begun (400) or there is no such merchant
   *     (404)
   */
  public MerchantSettlement statement(@NotNull LocalDate day, @NotBlank String merchantCode) {
    requireBegun(day);
    Merchant merchant =
        merchants
            .findByCode(merchantCode.strip())
            .orElseThrow(() -> RequestRefusedException.notFound("No merchant " + merchantCode));
    ClosedTotals closed =
        closes
            .findByDay(day)
            .map(
                d ->
                    closedTotals(d)
                        .getOrDefault(
                            merchant.getCode(),
                            ClosedTotals.nothing(d.getClosedAt(), d.getClosedBy())))
            .orElse(null);
    return MerchantSettlement.of(
        day,
        merchant.getCode(),
        merchant.getName(),
        closed,
        settlements.items(merchant.getCode(), day));
  }

  /** A merchant's settlement statement of a day as PDF, under the university's header. */
  @Audited("finance.settlement.print")
  public ReportFile statementPdf(@NotNull LocalDate day, @NotBlank String merchantCode) {
    return printer.file(
        ReportDocuments.settlement(statement(day, merchantCode), clock.instant(), caller.name()),
        true);
  }

  /** A merchant's settlement statement of a day as CSV, one line per entry behind it. */
  @Audited("finance.settlement.export")
  public ReportFile statementCsv(@NotNull LocalDate day, @NotBlank String merchantCode) {
    return printer.file(
        ReportDocuments.settlement(statement(day, merchantCode), clock.instant(), caller.name()),
        false);
  }

  /** The day's settlement report over all merchants, as PDF or CSV. */
  public ReportFile dayFile(@NotNull LocalDate day, boolean pdf) {
    return printer.file(ReportDocuments.day(day(day), clock.instant(), caller.name()), pdf);
  }

  /** Every merchant, by code: code and name. */
  public List<MerchantRef> merchants() {
    return merchants.findAll().stream()
        .map(m -> new MerchantRef(m.getCode(), m.getName()))
        .toList();
  }

  /** A merchant's code and name. */
  public record MerchantRef(String code, String name) implements java.io.Serializable {}

  private void requireBegun(LocalDate day) {
    if (day.isAfter(today())) {
      throw RequestRefusedException.invalid(
          "Business day " + day + " has not begun: it has no settlement yet");
    }
  }

  private static Map<String, ClosedTotals> closedTotals(DayClose close) {
    Map<String, ClosedTotals> byMerchant = new HashMap<>();
    for (MerchantDayTotal t : close.getTotals()) {
      byMerchant.put(
          t.getMerchant().getCode(),
          new ClosedTotals(
              close.getClosedAt(),
              close.getClosedBy(),
              t.getPaymentCount(),
              t.getPayments().fen(),
              t.getNet().fen(),
              t.getSettlementEntry() == null ? null : t.getSettlementEntry().getId()));
    }
    return byMerchant;
  }
}
