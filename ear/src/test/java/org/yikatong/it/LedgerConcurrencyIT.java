package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.LedgerDriver.CANTEEN_POS;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;

/**
 * Many threads paying at once from one card and into one merchant, with every request sent twice at
 * the same moment by different threads: afterwards the balances are exact, no purse is below zero,
 * and no request posted twice. Meant for PostgreSQL (CI), where row locks are real.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerConcurrencyIT {

  private static final int THREADS = 12;
  private static final int KEYS = 150;
  private static final long AMOUNT = 100;

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        LedgerConcurrencyIT.class, AsAdministrator.class, LedgerDriver.class);
  }

  @Inject LedgerDriver ledger;

  @Test
  @DisplayName(
      "concurrent payments with duplicated keys: exact balances, nothing twice, none below zero")
  void concurrentPaymentsWithDuplicates() throws Exception {
    // The purse covers 100 of the 150 distinct payments; a second card pays into the same
    // merchant at the same time and can cover all of its own.
    Holder busy = ledger.newHolder(100 * AMOUNT);
    Holder other = ledger.newHolder(KEYS * AMOUNT);
    ledger.limits(busy, 5_000, 10_000_000);
    ledger.limits(other, 5_000, 10_000_000);
    long takingsBefore = takings("M0001");

    List<PaymentRequest> requests = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      for (Holder h : List.of(busy, other)) {
        PaymentRequest r =
            PaymentRequest.payment(CANTEEN_POS, LedgerDriver.rrn(), h.serial(), AMOUNT, null);
        requests.add(r);
        requests.add(r); // the duplicate, as a gateway retry would send it
      }
    }
    Collections.shuffle(requests);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<PaymentOutcome>> futures = new ArrayList<>();
    for (PaymentRequest r : requests) {
      Callable<PaymentOutcome> task =
          () -> {
            start.await();
            return ledger.send(r);
          };
      futures.add(pool.submit(task));
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "all requests answered");

    Map<String, List<PaymentOutcome>> byKey = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      PaymentRequest r = requests.get(i);
      byKey
          .computeIfAbsent(r.cardSerial() + "/" + r.rrn(), k -> new ArrayList<>())
          .add(futures.get(i).get());
    }
    int approvedBusy = 0;
    int approvedOther = 0;
    for (Map.Entry<String, List<PaymentOutcome>> e : byKey.entrySet()) {
      List<PaymentOutcome> answers = e.getValue();
      assertEquals(2, answers.size());
      PaymentOutcome a = answers.get(0);
      PaymentOutcome b = answers.get(1);
      assertEquals(a.approved(), b.approved(), "both copies get one answer: " + e.getKey());
      assertEquals(a.entryId(), b.entryId(), "one entry for both copies: " + e.getKey());
      assertTrue(a.repeat() || b.repeat(), "one of the two is the repeat: " + e.getKey());
      if (a.approved()) {
        if (e.getKey().startsWith(busy.serial() + "/")) {
          approvedBusy++;
        } else {
          approvedOther++;
        }
      } else {
        assertEquals(DeclineReason.INSUFFICIENT_FUNDS, a.declineReason(), e.getKey());
        assertTrue(e.getKey().startsWith(busy.serial() + "/"), "only the busy card runs dry");
      }
    }
    assertEquals(100, approvedBusy, "exactly what the purse covered");
    assertEquals(KEYS, approvedOther);
    assertEquals(0, ledger.purse(busy));
    assertEquals(0, ledger.purse(other));
    assertEquals(1 + approvedBusy, ledger.entriesOfCard(busy), "opening entry and one per payment");
    assertEquals(1 + approvedOther, ledger.entriesOfCard(other));
    assertEquals(takingsBefore + (approvedBusy + approvedOther) * AMOUNT, takings("M0001"));
    assertTrue(ledger.selfCheck().sound(), "self-check after the storm");
  }

  private long takings(String merchant) {
    long sum = 0;
    for (int stripe = 0; stripe < 8; stripe++) {
      sum += ledger.balance("M" + merchant + "-T" + stripe);
    }
    return sum;
  }
}
