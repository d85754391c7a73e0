package org.yikatong.cluster.infrastructure;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.yikatong.cluster.application.TimerTable;
import org.yikatong.cluster.domain.HeldTimer;
import org.yikatong.cluster.domain.LiveTimer;
import org.yikatong.cluster.domain.TimerSchedule;

/**
 * WildFly's timer table {@code JBOSS_EJB_TIMER} (the {@code database-data-store} in the
 * application's database, partition {@code yikatong.cluster.timer-partition}, default {@code
 * yikatong}), read and written over the persistence context's connection in the caller's JTA
 * transaction. Its dates are {@code TIMESTAMP} without time zone written by WildFly with {@code
 * setTimestamp} in the JVM's zone; they are read and written here the same way, past Hibernate's
 * UTC conversion of the application's own columns.
 *
 * <p>The timed object id of an in-memory timer is not part of the Jakarta API; WildFly's timers
 * expose it as {@code getTimedObjectId()}, read here by reflection. A timer without it is skipped.
 */
@ApplicationScoped
public class WildFlyTimerTable implements TimerTable {

  private static final Logger LOG = Logger.getLogger(WildFlyTimerTable.class.getName());

  private static final String HELD =
      "SELECT ID, TIMED_OBJECT_ID, SCHEDULE_EXPR_SECOND, SCHEDULE_EXPR_MINUTE, SCHEDULE_EXPR_HOUR,"
          + " SCHEDULE_EXPR_DAY_OF_WEEK, SCHEDULE_EXPR_DAY_OF_MONTH FROM JBOSS_EJB_TIMER"
          + " WHERE NODE_NAME = ? AND PARTITION_NAME = ?"
          + " AND TIMER_STATE IN ('IN_TIMEOUT', 'RETRY_TIMEOUT') ORDER BY ID";

  private static final String RELEASE =
      "UPDATE JBOSS_EJB_TIMER SET TIMER_STATE = 'ACTIVE', NODE_NAME = NULL, NEXT_DATE = ?"
          + " WHERE ID = ? AND TIMER_STATE IN ('IN_TIMEOUT', 'RETRY_TIMEOUT') AND NODE_NAME = ?";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "yikatong.cluster.timer-partition", defaultValue = "yikatong")
  String partition;

  @Override
  public List<HeldTimer> heldBy(String node) {
    List<HeldTimer> held = new ArrayList<>();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(HELD)) {
                select.setString(1, node);
                select.setString(2, partition);
                try (ResultSet rs = select.executeQuery()) {
                  while (rs.next()) {
                    held.add(
                        new HeldTimer(
                            rs.getString(1),
                            rs.getString(2),
                            new TimerSchedule(
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7))));
                  }
                }
              }
            });
    return held;
  }

  @Override
  public boolean release(HeldTimer timer, String node, Instant nextDate) {
    return em.unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (PreparedStatement update = connection.prepareStatement(RELEASE)) {
                    update.setTimestamp(1, Timestamp.from(nextDate));
                    update.setString(2, timer.id());
                    update.setString(3, node);
                    return update.executeUpdate();
                  }
                })
        == 1;
  }

  @Override
  public List<LiveTimer> live(Collection<Timer> timers) {
    List<LiveTimer> live = new ArrayList<>();
    for (Timer timer : timers) {
      try {
        if (!timer.isPersistent() || !timer.isCalendarTimer()) {
          continue;
        }
        String owner = timedObjectId(timer);
        Date next = timer.getNextTimeout();
        if (owner == null || next == null) {
          continue;
        }
        ScheduleExpression s = timer.getSchedule();
        live.add(
            new LiveTimer(
                owner,
                new TimerSchedule(
                    s.getSecond(), s.getMinute(), s.getHour(), s.getDayOfWeek(), s.getDayOfMonth()),
                next.toInstant()));
      } catch (RuntimeException e) {
        // cancelled or expired for good since it was listed: not a timer to hand a row to
        LOG.log(Level.FINE, "Timer skipped", e);
      }
    }
    return live;
  }

  private static String timedObjectId(Timer timer) {
    try {
      Method getter = timer.getClass().getMethod("getTimedObjectId");
      Object id = getter.invoke(timer);
      return id == null ? null : id.toString();
    } catch (ReflectiveOperationException e) {
      LOG.log(Level.FINE, "Timer without a timed object id: " + timer.getClass(), e);
      return null;
    }
  }
}
