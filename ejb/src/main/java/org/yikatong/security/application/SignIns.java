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
 * transaction. A record that changes the user locks it first, so that parallel logins of one user
 * (API clients sending requests side by side) are counted one after the other and none fails.
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

  /** What a failed login did to the account, in the words of the audit trail. */
  public enum Failure {
    /** Counted (nothing for an unknown name). */
    COUNTED("wrong password, unknown or disabled user"),
    /** Counted, and the count reached the limit: the account is locked from now. */
    LOCKED_NOW("wrong password, unknown or disabled user; the account is now locked"),
    /** The account was locked already: the realm refused it whatever the password. */
    WHILE_LOCKED("account locked");

    private final String summary;

    Failure(String summary) {
      this.summary = summary;
    }

    public String summary() {
      return summary;
    }
  }

  /** Records a failed login of a user: counted unless the account is locked already. */
  public Failure failed(String username) {
    Optional<AppUser> user = users.lockByUsername(username);
    Instant now = clock.instant();
    if (user.isEmpty()) {
      return Failure.COUNTED;
    }
    if (user.get().isLocked(now)) {
      return Failure.WHILE_LOCKED;
    }
    return user.get().recordFailedLogin(LockoutPolicy.STANDARD, now)
        ? Failure.LOCKED_NOW
        : Failure.COUNTED;
  }

  /** Records a successful login and tells whether the password must be changed first. */
  public Admitted succeeded(String username) {
    Instant now = clock.instant();
    Optional<AppUser> read = users.findByUsername(username);
    if (read.isPresent() && !needsRecord(read.get(), now)) {
      return new Admitted(read.get().getUsername(), read.get().isPasswordChangeRequired());
    }
    AppUser user = users.lockByUsername(username).orElseThrow();
    if (needsRecord(user, now)) {
      user.recordLogin(now);
    }
    return new Admitted(user.getUsername(), user.isPasswordChangeRequired());
  }

  /** Whether a login now changes the user's record: a failure count to clear, a stale time. */
  private static boolean needsRecord(AppUser user, Instant now) {
    return user.getFailedLogins() > 0
        || user.getLastLoginAt() == null
        || user.getLastLoginAt().plus(LAST_LOGIN_RESOLUTION).isBefore(now);
  }
}
