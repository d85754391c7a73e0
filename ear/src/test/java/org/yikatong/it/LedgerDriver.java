package org.yikatong.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.ledger.application.CardHolderRegistry;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.application.NewCardHolder;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;
import org.yikatong.ledger.application.SelfCheckReport;
import org.yikatong.ledger.application.TerminalTransactions;

/**
 * Test helper deployed with the in-container ledger tests: makes card holders, sends terminal
 * requests and reads balances and entries straight from the tables, each in its own transaction,
 * the way the application's callers would.
 */
@Dependent
public class LedgerDriver {

  /** Demo terminals (docs/demo-data.md). */
  static final String CANTEEN_POS = "T0000001";

  static final String CANTEEN2_POS = "T0000004";
  static final String KIOSK = "K0000001";
  static final String GATE = "G0000001";

  @Inject AsAdministrator admin;
  @Inject CardHolderRegistry registry;
  @Inject CardLifecycle lifecycle;
  @Inject TerminalTransactions terminal;
  @Inject LedgerReports reports;
  @PersistenceContext EntityManager em;

  /** A new card holder with one active card and an opening balance. */
  record Holder(String holderNo, String serial) {}

  Holder newHolder(long openingFen) throws Exception {
    return newHolder(openingFen, null);
  }

  /** A new card holder of an access group (such as UNDERGRADUATE), with one active card. */
  Holder newHolder(long openingFen, String group) throws Exception {
    String holderNo = unique("H");
    String serial = unique("C");
    admin.call(
        () ->
            registry.register(
                new NewCardHolder(
                    holderNo,
                    "测试 " + holderNo,
                    CardHolderType.STUDENT,
                    "信息化中心",
                    serial,
                    LocalDate.now().plusYears(3),
                    openingFen,
                    group)));
    return new Holder(holderNo, serial);
  }

  /** A new card holder whose card is to be issued later. */
  Holder newHolderWithoutCard() throws Exception {
    String holderNo = unique("H");
    admin.call(
        () ->
            registry.register(
                new NewCardHolder(
                    holderNo,
                    "测试 " + holderNo,
                    CardHolderType.STAFF,
                    "后勤集团",
                    null,
                    null,
                    0,
                    null)));
    return new Holder(holderNo, null);
  }

  void limits(Holder h, long noPinFen, long dailyFen) throws Exception {
    admin.call(() -> lifecycle.setLimits(h.serial(), noPinFen, dailyFen));
  }

  PaymentOutcome send(PaymentRequest request) throws Exception {
    return admin.call(() -> terminal.handle(request));
  }

  PaymentOutcome pay(String terminalId, Holder h, long fen) throws Exception {
    return send(PaymentRequest.payment(terminalId, rrn(), h.serial(), fen, null));
  }

  long balance(String accountNo) {
    List<?> rows =
        em.createNativeQuery("select balance_fen from account where account_no = ?")
            .setParameter(1, accountNo)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  long purse(Holder h) {
    return balance("P" + h.holderNo());
  }

  long subsidy(Holder h) {
    return balance("S" + h.holderNo());
  }

  /** Number of journal entries under a business key (0 or 1). */
  long entries(String businessKey) {
    return ((Number)
            em.createNativeQuery("select count(*) from journal_entry where business_key = ?")
                .setParameter(1, businessKey)
                .getSingleResult())
        .longValue();
  }

  /** Number of journal entries of a card. */
  long entriesOfCard(Holder h) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from journal_entry e join card c on c.id = e.card_id"
                        + " where c.serial_no = ?")
                .setParameter(1, h.serial())
                .getSingleResult())
        .longValue();
  }

  String cardStatus(String serial) {
    return (String)
        em.createNativeQuery("select status from card where serial_no = ?")
            .setParameter(1, serial)
            .getSingleResult();
  }

  SelfCheckReport selfCheck() throws Exception {
    return admin.call(() -> reports.selfCheck());
  }

  static String rrn() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 60), 36).toUpperCase();
  }

  /** Numbers unique across runs, since the database outlives a test run. */
  static String unique(String prefix) {
    return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36).toUpperCase();
  }
}
