package org.yikatong.monitoring.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * Writes what this node counted ({@link TrafficRecorder}) to its per-minute rows every 15 seconds,
 * on every node (a non-persistent timer); the summaries so survive restarts, and every node's
 * figures are in the database for the alert rules and the status wall. Once a day one node deletes
 * the rows past the retention ({@code yikatong.monitoring.traffic-retention}, default 35 days).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrafficFlush {

  private static final Logger LOG = Logger.getLogger(TrafficFlush.class.getName());

  @Inject TrafficRecorder recorder;
  @Inject TrafficWriter writer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String nodeName;

  @Inject
  @ConfigProperty(name = "yikatong.monitoring.traffic-retention", defaultValue = "P35D")
  Duration retention;

  private final Object flushing = new Object();

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "traffic flush")
  @PermitAll
  public void everyFifteenSeconds() {
    flush();
  }

  /**
   * Writes what was counted since the last flush; on failure (the database away) keeps it for the
   * next one.
   *
   * @return how many minute-and-subject cells were written
   */
  @PermitAll
  public int flush() {
    synchronized (flushing) {
      Map<TrafficRecorder.Key, TrafficTally> tallies = recorder.drain();
      if (tallies.isEmpty()) {
        return 0;
      }
      try {
        writer.write(nodeName, tallies);
        return tallies.size();
      } catch (EJBException | jakarta.persistence.PersistenceException e) {
        recorder.restore(tallies);
        LOG.log(Level.WARNING, "Traffic summaries not written; kept for the next flush", e);
        return 0;
      }
    }
  }

  /** Every night at 03:15, on one node of the cluster. */
  @Schedule(
      hour = "3",
      minute = "15",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = "traffic retention")
  @PermitAll
  public void purge() {
    int deleted = writer.purgeBefore(clock.instant().minus(retention));
    LOG.info("Traffic summaries older than " + retention + " deleted: " + deleted);
  }
}
