package org.yikatong.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.PasswordPolicy;
import org.yikatong.security.domain.PasswordPolicy.Violation;
import org.yikatong.security.domain.Role;

/** What every signed-in user does with their own account: see it and change their password. */
@Stateless
@RolesAllowed({
  Role.ADMINISTRATOR,
  Role.FINANCE,
  Role.FINANCE_APPROVER,
  Role.HELPDESK,
  Role.TECHNICIAN,
  Role.AUDITOR,
  Role.CARDHOLDER
})
@Audited
public class OwnAccount {

  @Inject AppUserRepository users;
  @Inject PasswordHasher hasher;
  @Inject SignIns signIns;
  @Inject Caller caller;
  @Inject Clock clock;

  /** A change of one's own password. */
  public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[****]";
    }
  }

  /** The caller's account. */
  @NotAudited
  public AppUser me() {
    return users
        .findByUsername(caller.name())
        .orElseThrow(() -> RequestRefusedException.notFound("No user " + caller.name()));
  }

  /**
   * Changes the caller's password after checking the current one. A wrong current password counts
   * as a failed login (so a left-open session cannot be used to guess it).
   *
   * @throws RequestRefusedException when the current password is wrong or the new one breaks the
   *     policy; nothing is changed then
   */
  public void changePassword(@NotNull @Valid PasswordChange change) {
    AppUser user = me();
    if (!hasher.matches(change.currentPassword().toCharArray(), user.getPasswordHash())) {
      signIns.failed(user.getUsername());
      throw RequestRefusedException.invalid("The current password is wrong");
    }
    List<Violation> violations =
        new ArrayList<>(
            PasswordPolicy.check(
                change.newPassword(), user.getRoles(), user.getUsername(), user.getDisplayName()));
    if (change.newPassword().equals(change.currentPassword())) {
      violations.add(Violation.SAME_AS_CURRENT);
    }
    if (!violations.isEmpty()) {
      throw RequestRefusedException.invalid(
          "The new password is refused: "
              + violations.stream().map(v -> describe(v, user)).collect(Collectors.joining("; ")));
    }
    user.setPassword(hasher.hash(change.newPassword().toCharArray()), false, clock.instant());
  }

  /** An English sentence for a violation (the console shows its own words). */
  public static String describe(Violation violation, AppUser user) {
    return switch (violation) {
      case TOO_SHORT ->
          "it needs at least "
              + PasswordPolicy.minimumLength(user.getRoles())
              + " characters (a few words make a good one)";
      case TOO_LONG -> "it may have at most " + PasswordPolicy.MAXIMUM + " characters";
      case COMMON -> "it is a commonly used or predictable password";
      case CONTAINS_NAME -> "it contains your user name, your name or the name of the service";
      case SAME_AS_CURRENT -> "it is the current password";
    };
  }
}
