package org.yikatong.cluster.domain;

import java.util.Objects;

/**
 * A row of WildFly's timer table ({@code JBOSS_EJB_TIMER}) that a node claimed to run an expiry and
 * never gave back: its state IN_TIMEOUT or RETRY_TIMEOUT with that node's name. Until released, no
 * node runs the timer again.
 *
 * @param id the timer's id (the row's key)
 * @param timedObjectId the bean it belongs to: application, module and bean name, as {@code
 *     yikatong.yikatong-ejb.SlaWatch}
 * @param schedule its calendar fields
 */
public record HeldTimer(String id, String timedObjectId, TimerSchedule schedule) {

  public HeldTimer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timedObjectId, "timedObjectId");
    Objects.requireNonNull(schedule, "schedule");
  }

  /** The bean's name: the last part of the timed object id. */
  public String beanName() {
    return timedObjectId.substring(timedObjectId.lastIndexOf('.') + 1);
  }

  /**
   * Whether a timer of this node is the same timer: one of the same bean (its timed object id ends
   * in the bean's name) with the same schedule.
   */
  public boolean isRunHereAs(LiveTimer timer) {
    String bean = beanName();
    String other = timer.timedObjectId();
    boolean sameBean = other.equals(bean) || other.endsWith("." + bean);
    return sameBean && schedule.equals(timer.schedule());
  }
}
