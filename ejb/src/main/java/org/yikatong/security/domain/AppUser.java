package org.yikatong.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user of the console or the API: a staff member, or a card holder logging in by holder number.
 *
 * <p>Invariants: the username is unique and never changes; the password is held only as a bcrypt
 * hash in modular crypt form ({@code $2a$...}), the form Elytron's JDBC realm verifies, and only a
 * {@link UserStatus#PENDING} login has none; every role is one of {@link Role#ALL}. The realm lets
 * in only an {@link UserStatus#ACTIVE} user whose lock ({@code lockedUntil}) has passed, so a lock
 * holds on every node of the cluster and across restarts, and always ends by itself.
 */
@Entity
@Table(name = "app_user")
public class AppUser implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "password_hash", length = 128)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private UserStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name", nullable = false, length = 32)
  private Set<String> roles = new TreeSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version private long version;

  protected AppUser() {}

  /** An active user with the given password hash (a demo user, or one whose password is set). */
  public AppUser(
      String username, String passwordHash, String displayName, Set<String> roles, Instant now) {
    this(username, displayName, roles, now);
    requireBcrypt(passwordHash);
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
    this.status = UserStatus.ACTIVE;
  }

  private AppUser(String username, String displayName, Set<String> roles, Instant now) {
    if (username == null || !username.matches(USERNAME)) {
      throw new IllegalArgumentException(
          "Username must be 2-64 letters, digits, '.', '_' or '-': " + username);
    }
    this.username = username;
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    replaceRoles(roles);
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The login of a card holder, by holder number, waiting for a first password. */
  public static AppUser pendingCardHolder(String holderNo, String fullName, Instant now) {
    AppUser user = new AppUser(holderNo, fullName, Set.of(Role.CARDHOLDER), now);
    user.status = UserStatus.PENDING;
    return user;
  }

  /** A user name: 2-64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
  public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";

  private static void requireBcrypt(String passwordHash) {
    if (passwordHash == null || !passwordHash.startsWith("$2")) {
      throw new IllegalArgumentException("Password hash must be bcrypt modular crypt");
    }
  }

  /**
   * Sets a new password. One the user chose ends any lock and failed-login count; one an
   * administrator issued must be changed at the next login. A pending login becomes active.
   */
  public void setPassword(String passwordHash, boolean changeAtNextLogin, Instant now) {
    requireBcrypt(passwordHash);
    this.passwordHash = passwordHash;
    this.passwordChangeRequired = changeAtNextLogin;
    this.passwordChangedAt = now;
    this.failedLogins = 0;
    this.lockedUntil = null;
    if (status == UserStatus.PENDING) {
      status = UserStatus.ACTIVE;
    }
  }

  /** Replaces the roles; every one must be known. */
  public void replaceRoles(Set<String> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    for (String role : newRoles) {
      if (!Role.ALL.contains(role)) {
        throw new IllegalArgumentException("Unknown role " + role);
      }
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** Disables the user: no login until enabled again. */
  public void disable() {
    status = UserStatus.DISABLED;
  }

  /** Enables a disabled user; a pending login stays pending until it has a password. */
  public void enable() {
    if (status == UserStatus.DISABLED) {
      status = passwordHash == null ? UserStatus.PENDING : UserStatus.ACTIVE;
    }
  }

  /**
   * Counts a failed login; at the policy's limit the account is locked for the policy's time.
   *
   * @return whether this failure locked the account
   */
  public boolean recordFailedLogin(LockoutPolicy policy, Instant now) {
    if (isLocked(now)) {
      return false;
    }
    failedLogins++;
    if (failedLogins >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockFor());
      failedLogins = 0;
      return true;
    }
    return false;
  }

  /** Records a successful login: the failed-login count starts again. */
  public void recordLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** Ends a lock before its time (an administrator's unlock). */
  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  /** The stored hash, for verifying the current password before a change. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setDisplayName(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public UserStatus getStatus() {
    return status;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }
}
