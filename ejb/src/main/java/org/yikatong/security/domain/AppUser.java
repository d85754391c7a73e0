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
 * A user of the console or the API.
 *
 * <p>Invariants: the username is unique and never changes; the password is held only as a bcrypt
 * hash in modular crypt form ({@code $2a$...}), the form Elytron's JDBC realm verifies; every role
 * is one of {@link Role#ALL}.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 128)
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

  @Version private long version;

  protected AppUser() {}

  public AppUser(
      String username, String passwordHash, String displayName, Set<String> roles, Instant now) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw new IllegalArgumentException(
          "Username must be 2-64 lower-case letters, digits, '.', '_' or '-': " + username);
    }
    if (passwordHash == null || !passwordHash.startsWith("$2")) {
      throw new IllegalArgumentException("Password hash must be bcrypt modular crypt");
    }
    for (String role : roles) {
      if (!Role.ALL.contains(role)) {
        throw new IllegalArgumentException("Unknown role " + role);
      }
    }
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.roles.addAll(roles);
    this.status = UserStatus.ACTIVE;
    this.createdAt = Objects.requireNonNull(now, "now");
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
