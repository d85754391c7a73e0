package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;
import org.yikatong.ledger.application.Refunds;
import org.yikatong.ledger.application.SelfCheckReport;
import org.yikatong.ledger.application.Subsidies;

/**
 * Thousands of random operations of every kind (payments, repeats, reversals, offline uploads,
 * top-ups, refunds, subsidies, freezes, losses), then the self-check must find nothing, and the
 * purses must hold what a simple model of the operations says they hold. The seed is printed, so a
 * failure can be replayed with {@code -Dledger.seed=...}.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerRandomizedIT {

  private static final Logger LOG = Logger.getLogger(LedgerRandomizedIT.class.getName());
  private static final int OPERATIONS = 5_000;
  private static final String[] POS = {"T0000001", "T0000002", "T0000004", "T0000006"};

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        LedgerRandomizedIT.class, AsAdministrator.class, LedgerDriver.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AsAdministrator admin;
  @Inject Refunds refunds;
  @Inject Subsidies subsidies;
  @Inject CardLifecycle lifecycle;

  enum Op {
    PAY,
    REPEAT,
    REVERSE,
    OFFLINE,
    TOP_UP,
    REFUND,
    SUBSIDY,
    FREEZE_TOGGLE
  }

  /** What the test expects of one card holder. */
  private static final class Model {
    final Holder holder;
    long total; // purse + subsidy
    boolean frozen;
    final List<long[]> payments = new ArrayList<>(); // {entryId, amount, refunded}
    PaymentRequest last;

    Model(Holder holder, long total) {
      this.holder = holder;
      this.total = total;
    }
  }

  @Test
  @DisplayName(
      "thousands of mixed operations leave a sound ledger and the balances a model expects")
  void randomOperations() throws Exception {
    long seed = Long.getLong("ledger.seed", System.nanoTime());
    LOG.info("LedgerRandomizedIT seed " + seed);
    Random random = new Random(seed);
    List<Model> models = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long opening = random.nextInt(20_000);
      Holder h = ledger.newHolder(opening);
      ledger.limits(h, 100_000, 10_000_000);
      models.add(new Model(h, opening));
    }
    Map<Op, Integer> counts = new EnumMap<>(Op.class);
    long started = System.nanoTime();
    for (int n = 0; n < OPERATIONS; n++) {
      Model m = models.get(random.nextInt(models.size()));
      Op op = Op.values()[random.nextInt(Op.values().length)];
      counts.merge(op, 1, Integer::sum);
      String where = "op " + n + " " + op + " seed " + seed;
      long amount = 1 + random.nextInt(3_000);
      switch (op) {
        case PAY -> {
          PaymentRequest r =
              PaymentRequest.payment(
                  POS[random.nextInt(POS.length)],
                  LedgerDriver.rrn(),
                  m.holder.serial(),
                  amount,
                  null);
          PaymentOutcome o = ledger.send(r);
          boolean expected = !m.frozen && m.total >= amount;
          assertEquals(expected, o.approved(), where + " " + o);
          if (o.approved()) {
            m.total -= amount;
            m.payments.add(new long[] {o.entryId(), amount, 0});
            m.last = r;
          }
        }
        case REPEAT -> {
          if (m.last != null) {
            PaymentOutcome o = ledger.send(m.last);
            assertTrue(o.repeat() && o.approved(), where + " " + o);
          }
        }
        case REVERSE -> {
          if (m.last != null) {
            long[] p = m.payments.get(m.payments.size() - 1);
            PaymentOutcome o =
                ledger.send(
                    PaymentRequest.reversal(
                        m.last.terminalCode(),
                        m.last.rrn(),
                        m.holder.serial(),
                        m.last.amountFen()));
            boolean expected = p[2] == 0; // a refunded payment is not reversed
            assertEquals(expected, o.approved(), where + " " + o);
            if (o.approved() && !o.repeat()) {
              m.total += p[1];
              m.payments.remove(m.payments.size() - 1);
            }
            m.last = null;
          }
        }
        case OFFLINE -> {
          // Taken offline while the card was valid (charged to it, even below zero), or after it
          // was frozen (posted to suspense for finance, the card holder not charged).
          Instant when =
              m.frozen ? Instant.now() : Instant.now().minusSeconds(random.nextInt(86_400));
          PaymentOutcome o =
              ledger.send(
                  PaymentRequest.offline(
                      POS[random.nextInt(POS.length)],
                      LedgerDriver.rrn(),
                      m.holder.serial(),
                      amount,
                      when));
          assertTrue(o.approved(), where + " " + o);
          if (!m.frozen) {
            m.total -= amount;
            m.payments.add(new long[] {o.entryId(), amount, 0});
          }
          m.last = null;
        }
        case TOP_UP -> {
          PaymentOutcome o =
              ledger.send(
                  PaymentRequest.cashTopUp(
                      LedgerDriver.KIOSK, LedgerDriver.rrn(), m.holder.serial(), amount * 3));
          assertEquals(!m.frozen, o.approved(), where + " " + o);
          if (o.approved()) {
            m.total += amount * 3;
          }
        }
        case REFUND -> {
          if (!m.payments.isEmpty()) {
            long[] p = m.payments.get(random.nextInt(m.payments.size()));
            long part = 1 + random.nextInt((int) p[1]);
            boolean allowed = p[2] + part <= p[1];
            try {
              admin.call(() -> refunds.refund(LedgerDriver.unique("R"), p[0], part, "random"));
              assertTrue(allowed, where);
              p[2] += part;
              m.total += part;
            } catch (RequestRefusedException e) {
              assertTrue(!allowed, where + " " + e.getMessage());
            }
          }
        }
        case SUBSIDY -> {
          long fen = 100 * (1 + random.nextInt(50));
          admin.call(
              () ->
                  subsidies.upload(
                      LedgerDriver.unique("RS"),
                      m.holder.holderNo() + "," + (fen / 100) + ".00\n",
                      null));
          m.total += fen;
        }
        case FREEZE_TOGGLE -> {
          if (m.frozen) {
            admin.call(() -> lifecycle.unfreeze(m.holder.serial()));
          } else {
            admin.call(() -> lifecycle.freeze(m.holder.serial()));
          }
          m.frozen = !m.frozen;
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        "LedgerRandomizedIT: "
            + OPERATIONS
            + " operations in "
            + String.format("%.1f", seconds)
            + " s "
            + counts);
    for (Model m : models) {
      assertEquals(
          m.total, ledger.purse(m.holder) + ledger.subsidy(m.holder), m.holder + " seed " + seed);
    }
    SelfCheckReport report = ledger.selfCheck();
    assertTrue(report.sound(), report + " seed " + seed);
  }
}
