package org.yikatong.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserTest {

  private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuP5xH0G0m3E6i3CqCWrQ4q8Yd6S5sM2a";
  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));

  private static AppUser staff() {
    return new AppUser("wang", HASH, "王会计", Set.of(Role.FINANCE), T0);
  }

  @Test
  void locksAtTheLimitAndTheLockEndsByItself() {
    AppUser user = staff();
    assertFalse(user.recordFailedLogin(POLICY, T0));
    assertFalse(user.recordFailedLogin(POLICY, T0.plusSeconds(1)));
    assertTrue(user.recordFailedLogin(POLICY, T0.plusSeconds(2)));
    assertTrue(user.isLocked(T0.plusSeconds(3)));
    assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(15)), user.getLockedUntil());
    // Failures while locked do not extend the lock: guessing cannot keep anyone out for good.
    assertFalse(user.recordFailedLogin(POLICY, T0.plusSeconds(600)));
    assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(15)), user.getLockedUntil());
    assertFalse(user.isLocked(T0.plusSeconds(2).plus(Duration.ofMinutes(15))));
  }

  @Test
  void aSuccessfulLoginOrAnUnlockStartsTheCountAgain() {
    AppUser user = staff();
    user.recordFailedLogin(POLICY, T0);
    user.recordFailedLogin(POLICY, T0);
    user.recordLogin(T0.plusSeconds(5));
    assertEquals(0, user.getFailedLogins());
    assertEquals(T0.plusSeconds(5), user.getLastLoginAt());
    user.recordFailedLogin(POLICY, T0);
    user.recordFailedLogin(POLICY, T0);
    assertTrue(user.recordFailedLogin(POLICY, T0));
    user.unlock();
    assertFalse(user.isLocked(T0));
    assertNull(user.getLockedUntil());
  }

  @Test
  void anIssuedPasswordMustBeChangedAndEndsALock() {
    AppUser user = staff();
    for (int i = 0; i < 3; i++) {
      user.recordFailedLogin(POLICY, T0);
    }
    user.setPassword(HASH, true, T0.plusSeconds(1));
    assertTrue(user.isPasswordChangeRequired());
    assertFalse(user.isLocked(T0.plusSeconds(2)));
    user.setPassword(HASH, false, T0.plusSeconds(3));
    assertFalse(user.isPasswordChangeRequired());
  }

  @Test
  void aCardHoldersLoginWaitsForItsFirstPassword() {
    AppUser holder = AppUser.pendingCardHolder("S00081", "李老师", T0);
    assertEquals(UserStatus.PENDING, holder.getStatus());
    assertNull(holder.getPasswordHash());
    holder.disable();
    holder.enable();
    assertEquals(UserStatus.PENDING, holder.getStatus());
    holder.setPassword(HASH, true, T0);
    assertEquals(UserStatus.ACTIVE, holder.getStatus());
    assertEquals(Set.of(Role.CARDHOLDER), holder.getRoles());
  }

  @Test
  void refusesMalformedNamesUnknownRolesAndPlainPasswords() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AppUser("a b", HASH, "x", Set.of(Role.FINANCE), T0));
    assertThrows(
        IllegalArgumentException.class, () -> new AppUser("wang", HASH, "x", Set.of("root"), T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AppUser("wang", "secret", "x", Set.of(Role.FINANCE), T0));
    assertThrows(IllegalArgumentException.class, () -> staff().replaceRoles(Set.of()));
  }

  @Test
  void lockoutPolicyNeverLocksForGood() {
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ofDays(2)));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
  }
}
