package org.yikatong.cluster.application;

import jakarta.ejb.Timer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.yikatong.cluster.domain.HeldTimer;
import org.yikatong.cluster.domain.LiveTimer;

/** WildFly's persistent timers: the rows of its timer table, and the timers of this node. */
public interface TimerTable {

  /** The rows of the application's partition that {@code node} holds mid-run. */
  List<HeldTimer> heldBy(String node);

  /**
   * Gives a held row back: ACTIVE, no node, next date {@code nextDate}, so that the node whose
   * timer expires at that date claims and runs it — if {@code node} still holds it.
   *
   * @return whether this call released it
   */
  boolean release(HeldTimer timer, String node, Instant nextDate);

  /** The persistent calendar timers among {@code timers} that will expire again. */
  List<LiveTimer> live(Collection<Timer> timers);
}
