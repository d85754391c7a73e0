package org.yikatong.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.notification.application.OutboxDelivery.Outcome;
import org.yikatong.notification.domain.OutboxMessageRepository;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Delivers the outbox: every minute on a persistent timer, and whenever {@link #deliverPending} is
 * called (the REST API, tests). Idempotent: each due message is sent in its own transaction under
 * its row lock (see {@link OutboxDelivery}), so runs on several nodes, or overlapping runs, send
 * each message once; a failure waits for its backoff and never holds up the others.
 */
@Stateless
public class NotificationSender {

  private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

  /** The most messages one run sends; the rest wait for the next run. */
  static final int BATCH = 200;

  @Inject Clock clock;
  @Inject OutboxDelivery delivery;
  @Inject OutboxMessageRepository outbox;

  @Schedule(minute = "*", hour = "*", persistent = true, info = "notification sender")
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void everyMinute() {
    Map<Outcome, Integer> outcomes = deliverDue();
    if (outcomes.values().stream().anyMatch(n -> n > 0)) {
      LOG.info("Notification sender: " + outcomes);
    }
  }

  /**
   * Sends every message due now.
   *
   * @return how many messages came to each outcome (every outcome present, zero when none)
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited
  public Map<Outcome, Integer> deliverPending() {
    return deliverDue();
  }

  private Map<Outcome, Integer> deliverDue() {
    List<Long> due = outbox.dueIds(clock.instant(), BATCH);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, 0);
    }
    for (Long id : due) {
      Outcome outcome;
      try {
        outcome = delivery.deliver(id);
      } catch (EJBException e) {
        // Most likely a lock wait timed out while another node sends this message: it is theirs.
        LOG.log(Level.FINE, "Notification " + id + " left to another run: " + e, e);
        outcome = Outcome.SKIPPED;
      }
      outcomes.merge(outcome, 1, Integer::sum);
    }
    return outcomes;
  }
}
