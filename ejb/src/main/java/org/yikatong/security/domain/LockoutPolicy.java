package org.yikatong.security.domain;

import java.time.Duration;

/**
 * When repeated failed logins lock an account, and for how long. A lock always ends by itself, so
 * nobody can lock an administrator out for good by guessing at the administrator's password; an
 * administrator can end any lock earlier.
 *
 * @param maxFailures consecutive failed logins that lock the account
 * @param lockFor how long the lock lasts
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

  /** Five failures in a row lock the account for fifteen minutes. */
  public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("At least one failure: " + maxFailures);
    }
    if (lockFor.isNegative() || lockFor.isZero() || lockFor.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("A lock lasts more than nothing and at most a day");
    }
  }
}
