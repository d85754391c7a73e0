package org.yikatong.monitoring.domain.traffic;

import java.util.Set;

/**
 * How a response counts for monitoring. A failure is the platform's or the link's fault: the card
 * holder could not pay although nothing was wrong with the card or the purse. A decline is the
 * card's or the holder's own answer (insufficient funds, a lost card, a wrong PIN).
 */
public enum Outcome {
  APPROVED,
  DECLINED,
  FAILED;

  /**
   * 96 system malfunction, 30 format error, 63 security violation (bad MAC), 58 not permitted at
   * this terminal (unknown or disabled terminal), and 91 for a request that got no answer.
   */
  public static final Set<String> FAILURE_CODES = Set.of("96", "30", "63", "58", "91");

  /** The outcome of a terminal response code (field 39). */
  public static Outcome of(String responseCode) {
    if ("00".equals(responseCode)) {
      return APPROVED;
    }
    return FAILURE_CODES.contains(responseCode) ? FAILED : DECLINED;
  }
}
