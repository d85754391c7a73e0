package org.yikatong.monitoring.application;

import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * The health of a group of terminals (a location, a merchant) or of a payment channel.
 *
 * @param key the location, the merchant's code, or the channel
 * @param terminals how many enabled terminals it has (0 for a channel)
 * @param online how many of them are online
 * @param faults how many report a device fault
 * @param waiting for a channel: its top-up orders waiting for payment; else 0
 */
public record GroupState(
    String key, int terminals, int online, int faults, TrafficTally traffic, long waiting) {

  /** Enabled terminals that are not online. */
  public int offline() {
    return terminals - online;
  }
}
