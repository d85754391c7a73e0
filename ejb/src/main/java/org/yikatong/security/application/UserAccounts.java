package org.yikatong.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.security.domain.UserStatus;

/**
 * The administrators' management of users: create staff users, assign roles, disable and enable,
 * issue a new password (to be changed at the next login) and end a lock. Card holders' logins are
 * created with the holder; the helpdesk issues their first password. Each call is one transaction.
 *
 * <p>No call may leave the platform without an active administrator, and administrators cannot
 * disable themselves or take away their own administrator role.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
@Audited
public class UserAccounts {

  /** Staff users are named in lower case; card holders log in by holder number. */
  private static final String STAFF_USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

  @Inject AppUserRepository users;
  @Inject PasswordHasher hasher;
  @Inject TemporaryPasswords temporaryPasswords;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** A new staff user. */
  public record NewUser(
      @NotBlank String username, @NotBlank String displayName, @NotNull Set<String> roles) {}

  /**
   * A password issued by an administrator or the helpdesk, shown once and to be changed at the next
   * login.
   */
  public record IssuedPassword(String username, String password) implements java.io.Serializable {
    @Override
    public String toString() {
      return "IssuedPassword[username=" + username + ", password=****]";
    }
  }

  /** Users whose name or display name contains the text (all when blank), by user name. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
  public List<AppUser> search(String text, boolean withCardHolders, int max) {
    return users.search(text == null ? "" : text.strip(), withCardHolders, Math.min(max, 500));
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
  public AppUser find(@NotBlank String username) {
    return existing(username);
  }

  /**
   * Creates a staff user with a temporary password.
   *
   * @throws RequestRefusedException when the name is taken or malformed, or a role is unknown or
   *     the card-holder role (card holders get their login with the holder)
   */
  public IssuedPassword create(@NotNull @Valid NewUser request) {
    String username = request.username().strip();
    if (!username.matches(STAFF_USERNAME)) {
      throw RequestRefusedException.invalid(
          "A user name is 2-64 lower-case letters, digits, '.', '_' or '-'");
    }
    checkStaffRoles(request.roles());
    if (users.findByUsername(username).isPresent()) {
      throw RequestRefusedException.conflict("The user name " + username + " is taken");
    }
    String password = temporaryPasswords.next(username, request.displayName());
    AppUser user =
        new AppUser(
            username,
            hasher.hash(password.toCharArray()),
            request.displayName().strip(),
            request.roles(),
            clock.instant());
    user.setPassword(user.getPasswordHash(), true, clock.instant());
    users.add(user);
    return new IssuedPassword(username, password);
  }

  /** Replaces a staff user's roles. */
  public AppUser assignRoles(@NotBlank String username, @NotNull Set<String> roles) {
    AppUser user = existing(username);
    if (isCardHolderLogin(user)) {
      throw RequestRefusedException.invalid("A card holder's login keeps the card-holder role");
    }
    checkStaffRoles(roles);
    if (user.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
      if (user.getUsername().equals(caller.name())) {
        throw RequestRefusedException.invalid("You cannot take away your own administrator role");
      }
      requireAnotherAdministrator(user);
    }
    Set<String> before = user.getRoles();
    user.replaceRoles(roles);
    audit.describe(before, user.getRoles());
    return user;
  }

  /** Disables a user: their next login is refused (a session already open ends with it). */
  public AppUser disable(@NotBlank String username) {
    AppUser user = existing(username);
    if (user.getUsername().equals(caller.name())) {
      throw RequestRefusedException.invalid("You cannot disable yourself");
    }
    if (user.getRoles().contains(Role.ADMINISTRATOR)) {
      requireAnotherAdministrator(user);
    }
    UserStatus before = user.getStatus();
    user.disable();
    audit.describe(before, user.getStatus());
    return user;
  }

  public AppUser enable(@NotBlank String username) {
    AppUser user = existing(username);
    UserStatus before = user.getStatus();
    user.enable();
    audit.describe(before, user.getStatus());
    return user;
  }

  /** Issues a new temporary password, to be changed at the next login; ends any lock. */
  public IssuedPassword resetPassword(@NotBlank String username) {
    AppUser user = existing(username);
    if (user.getStatus() == UserStatus.DISABLED) {
      throw RequestRefusedException.invalid("Enable the user before issuing a password");
    }
    return issue(user);
  }

  /**
   * Opens the login of a newly registered card holder, by holder number and without a password
   * until one is issued; nothing when there is one.
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public AppUser openCardHolderLogin(@NotBlank String holderNo, @NotBlank String fullName) {
    return users
        .findByUsername(holderNo)
        .orElseGet(
            () -> {
              AppUser user = AppUser.pendingCardHolder(holderNo, fullName, clock.instant());
              users.add(user);
              return user;
            });
  }

  /**
   * Issues a card holder's first or a new password, to be changed at the next login: the helpdesk
   * hands it to the holder in person. Opens the login first if the holder has none.
   *
   * @throws RequestRefusedException when the user name belongs to a staff user, or the login is
   *     disabled
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  public IssuedPassword issueCardHolderPassword(
      @NotBlank String holderNo, @NotBlank String fullName) {
    AppUser user = openCardHolderLogin(holderNo, fullName);
    if (!isCardHolderLogin(user)) {
      throw RequestRefusedException.conflict(
          "The user name " + holderNo + " belongs to a staff user, not a card holder");
    }
    if (user.getStatus() == UserStatus.DISABLED) {
      throw RequestRefusedException.invalid("The login of " + holderNo + " is disabled");
    }
    return issue(user);
  }

  /** Ends a lock after repeated failed logins. */
  public AppUser unlock(@NotBlank String username) {
    AppUser user = existing(username);
    audit.describe("locked until " + user.getLockedUntil() + " → unlocked");
    user.unlock();
    return user;
  }

  private IssuedPassword issue(AppUser user) {
    String password = temporaryPasswords.next(user.getUsername(), user.getDisplayName());
    user.setPassword(hasher.hash(password.toCharArray()), true, clock.instant());
    return new IssuedPassword(user.getUsername(), password);
  }

  private AppUser existing(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> RequestRefusedException.notFound("No user " + username));
  }

  private void requireAnotherAdministrator(AppUser user) {
    long others =
        users.countActiveWithRole(Role.ADMINISTRATOR)
            - (user.getStatus() == UserStatus.ACTIVE ? 1 : 0);
    if (others < 1) {
      throw RequestRefusedException.invalid(
          "The platform needs at least one active administrator besides " + user.getUsername());
    }
  }

  private static void checkStaffRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty()) {
      throw RequestRefusedException.invalid("A user needs at least one role");
    }
    for (String role : roles) {
      if (!Role.ALL.contains(role)) {
        throw RequestRefusedException.invalid("Unknown role " + role);
      }
      if (Role.CARDHOLDER.equals(role)) {
        throw RequestRefusedException.invalid(
            "Card holders get their login with the holder, not as staff users");
      }
    }
  }

  static boolean isCardHolderLogin(AppUser user) {
    return user.getRoles().equals(Set.of(Role.CARDHOLDER));
  }
}
