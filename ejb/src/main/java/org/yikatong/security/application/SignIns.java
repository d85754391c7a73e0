package org.yikatong.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.LockoutPolicy;

/**
 * The record of logins kept in the database, so that it holds on every node and across restarts:
 * failed logins are counted per user and lock the account for a while ({@link
 * LockoutPolicy#STANDARD}); a successful one starts the count again. The password itself is checked
 * by the login realm, which also refuses a locked account. Called by the web tier before and after
 * it asks the container to log a user in, hence open to anonymous callers; each record is its own
 * transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIns {

  /** A successful login refreshes the time of the last login at most this often. */
  private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

  @Inject AppUserRepository users;
  @Inject Clock clock;

  /** What the web tier needs to know about a user who has just logged in. */
  public record Admitted(String username, boolean passwordChangeRequired) {}

  /** Whether the user exists and is locked now. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isLocked(String username) {
    return users.findByUsername(username).map(u -> u.isLocked(clock.instant())).orElse(false);
  }

  /**
   * Counts a failed login of a user (nothing for an unknown name).
   *
   * @return whether this failure locked the account
   */
  public boolean failed(String username) {
    Optional<AppUser> user = users.findByUsername(username);
    return user.isPresent()
        && user.get().recordFailedLogin(LockoutPolicy.STANDARD, clock.instant());
  }

  /** Records a successful login and tells whether the password must be changed first. */
  public Admitted succeeded(String username) {
    AppUser user = users.findByUsername(username).orElseThrow();
    Instant now = clock.instant();
    if (user.getFailedLogins() > 0
        || user.getLastLoginAt() == null
        || user.getLastLoginAt().plus(LAST_LOGIN_RESOLUTION).isBefore(now)) {
      user.recordLogin(now);
    }
    return new Admitted(user.getUsername(), user.isPasswordChangeRequired());
  }
}
