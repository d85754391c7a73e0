package org.yikatong.finance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.finance.domain.reconciliation.ChannelLedger;
import org.yikatong.finance.domain.reconciliation.Correction;
import org.yikatong.finance.domain.reconciliation.Flow;
import org.yikatong.finance.domain.reconciliation.LedgerMovement;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationItem;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.ReconciliationRunRepository;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.finance.domain.statementfile.StatementFileRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.security.application.AuditTrail;

/**
 * The reconciliation service with its collaborators faked: what a dry run asks the ledger for, and
 * which adjustment each correction proposes (accounts, amount, corrected entry).
 */
class ReconciliationsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final Instant NINE = BusinessDay.start(DAY).plus(Duration.ofHours(9));
  private static final CardHolder HOLDER =
      new CardHolder("20260003", "王同学", CardHolderType.STUDENT, "计算机学院", NINE);

  /** What the fake ledger was asked, and the proposals made. */
  private final List<String> asked = new ArrayList<>();

  private final List<String> proposals = new ArrayList<>();
  private StatementFile file;
  private ReconciliationRun recorded;

  private static void set(Object entity, String field, Object value) throws Exception {
    Field f = entity.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(entity, value);
  }

  private Reconciliations service() throws Exception {
    file =
        new StatementFile(
            new Statement(
                StatementFormat.WECHAT_BILL,
                "1900000109",
                DAY,
                List.of(
                    new StatementLine(
                        1, LineKind.PAYMENT, "WX1", "TU1", 5000, 30, NINE, null, null),
                    new StatementLine(2, LineKind.PAYMENT, "WX2", "TU2", 2000, 0, NINE, null, null),
                    new StatementLine(
                        3, LineKind.PAYMENT, "WX3", "TU3", 3900, 0, NINE, null, null)),
                new DeclaredTotals(3, 10900, 0, 30)),
            "ab".repeat(32),
            null,
            "finance",
            NINE);
    set(file, "id", 7L);
    long lineId = 70;
    for (StatementFileLine l : file.getLines()) {
      set(l, "id", ++lineId);
    }
    Reconciliations service = new Reconciliations();
    service.files = fake(StatementFileRepository.class, Map.of("find", Optional.of(file)));
    service.ledger =
        new ChannelLedger() {
          @Override
          public List<LedgerMovement> movements(
              PaymentChannel channel,
              Instant from,
              Instant to,
              Collection<String> orderNos,
              Collection<String> channelTxnNos) {
            asked.add(channel + " " + from + " " + to + " " + orderNos + " " + channelTxnNos);
            return List.of(
                new LedgerMovement(11, Flow.PAYMENT, "TU1", "WX1", 5000, NINE, "P20260002"),
                new LedgerMovement(13, Flow.PAYMENT, "TU3", "WX3", 4000, NINE, "P20260003"),
                new LedgerMovement(14, Flow.PAYMENT, "TU4", "WX4", 3000, NINE, "P20260002"));
          }

          @Override
          public Optional<String> purseOfOrder(PaymentChannel channel, String orderNo) {
            return orderNo.equals("TU2") ? Optional.of("P20260003") : Optional.empty();
          }
        };
    service.runs =
        new ReconciliationRunRepository() {
          @Override
          public void add(ReconciliationRun run) {
            recorded = run;
            try {
              set(run, "id", 5L);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }

          @Override
          public Optional<ReconciliationRun> find(long id) {
            return Optional.ofNullable(recorded);
          }

          @Override
          public Optional<ReconciliationRun> lock(long id) {
            return Optional.ofNullable(recorded);
          }

          @Override
          public List<ReconciliationRun> latest(
              org.yikatong.finance.domain.reconciliation.RunStatus s, PaymentChannel c, int max) {
            return List.of();
          }

          @Override
          public Optional<ReconciliationRun> runOf(StatementFile f) {
            return Optional.empty();
          }

          @Override
          public boolean reconciled(PaymentChannel channel, String account, LocalDate day) {
            return false;
          }
        };
    service.accounts =
        fake(
            AccountRepository.class,
            Map.of("findByNo", Optional.of(Account.purseOf(HOLDER, NINE))));
    service.adjustments =
        new Adjustments() {
          @Override
          public Adjustment propose(
              String accountNo,
              String counterAccountNo,
              long amountFen,
              String reason,
              Long correctsEntryId) {
            proposals.add(
                accountNo + " " + counterAccountNo + " " + amountFen + " " + correctsEntryId);
            return new Adjustment(
                Account.system(AccountType.SUSPENSE, NINE),
                Account.system(AccountType.CLEARING_WECHAT, NINE),
                Money.ofFen(amountFen),
                reason,
                null,
                "finance",
                NINE);
          }
        };
    service.caller =
        new Caller() {
          @Override
          public String name() {
            return "finance";
          }
        };
    service.clock = Clock.fixed(NINE, ZoneOffset.UTC);
    service.audit =
        new AuditTrail() {
          @Override
          public void describe(String change) {}

          @Override
          public void describe(Object before, Object after) {}
        };
    service.timeToleranceMinutes = 10;
    service.windowMinutes = 30;
    return service;
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answers.get(method.getName());
            });
  }

  @Test
  @DisplayName(
      "a dry run asks the ledger for the day and its window and the references, and stores"
          + " nothing")
  void dryRun() throws Exception {
    ReconciliationRun run = service().dryRun(List.of(7L));

    assertNull(run.getId());
    assertNull(recorded, "nothing recorded");
    assertEquals(
        List.of(
            "WECHAT "
                + BusinessDay.start(DAY).minus(Duration.ofMinutes(30))
                + " "
                + BusinessDay.start(DAY.plusDays(1)).plus(Duration.ofMinutes(30))
                + " [TU1, TU2, TU3] [WX1, WX2, WX3]"),
        asked);
    Map<Outcome, Long> counts = run.counts();
    assertEquals(1, counts.get(Outcome.MATCHED));
    assertEquals(1, counts.get(Outcome.MISSING_IN_LEDGER));
    assertEquals(1, counts.get(Outcome.AMOUNT_MISMATCH));
    assertEquals(1, counts.get(Outcome.MISSING_IN_CHANNEL));
    assertEquals(1, counts.get(Outcome.FEE));
    ReconciliationItem unpaid = run.item(2).orElseThrow();
    assertEquals("P20260003", unpaid.getPurseAccountNo(), "the order's holder");
    assertEquals("TU2", unpaid.getOrderNo());
  }

  @Test
  @DisplayName(
      "each correction proposes the item's difference between its account and the channel's"
          + " clearing account")
  void corrections() throws Exception {
    Reconciliations service = service();
    ReconciliationRun run = service.record(List.of(7L));
    assertEquals(5L, run.getId());
    int unpaid = itemOf(run, Outcome.MISSING_IN_LEDGER);
    int mismatch = itemOf(run, Outcome.AMOUNT_MISMATCH);
    int lacking = itemOf(run, Outcome.MISSING_IN_CHANNEL);
    int fee = itemOf(run, Outcome.FEE);

    service.propose(5, unpaid, Correction.CREDIT_CARD, null, "回调未到");
    service.propose(5, mismatch, Correction.REVERSE_TOP_UP, null, null);
    service.propose(5, lacking, Correction.MOVE_TO_SUSPENSE, null, null);
    service.propose(5, fee, Correction.BOOK_FEE, null, null);

    assertEquals(
        List.of(
            "P20260003 SYS-CLEARING_WECHAT 2000 null",
            "P20260003 SYS-CLEARING_WECHAT -100 13",
            "SYS-SUSPENSE SYS-CLEARING_WECHAT -3000 14",
            "SYS-FEES SYS-CLEARING_WECHAT -30 null"),
        proposals);
    assertTrue(run.item(unpaid).orElseThrow().isAwaitingApproval());
    RequestRefusedException twice =
        assertThrows(
            RequestRefusedException.class,
            () -> service.propose(5, unpaid, Correction.MOVE_TO_SUSPENSE, null, null));
    assertEquals(RequestRefusedException.Kind.CONFLICT, twice.kind());
    RequestRefusedException misfit =
        assertThrows(
            RequestRefusedException.class,
            () -> service.propose(5, 1, Correction.BOOK_FEE, null, null));
    assertEquals(RequestRefusedException.Kind.CONFLICT, misfit.kind(), "item 1 matched");
  }

  private static int itemOf(ReconciliationRun run, Outcome outcome) {
    return run.getItems().stream()
        .filter(i -> i.getOutcome() == outcome)
        .findFirst()
        .orElseThrow()
        .getItemNo();
  }
}
