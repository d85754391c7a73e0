package org.yikatong.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.notification.domain.NotificationContact;
import org.yikatong.notification.domain.NotificationContactRepository;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * The contacts notifications go to, by recipient key: a staff user name or a card holder number
 * (card holders have no address on record in the card register, so theirs are kept here too). The
 * helpdesk and administrators maintain them; auditors read.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
public class NotificationContacts {

  @Inject NotificationContactRepository contacts;

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR})
  public List<NotificationContact> list() {
    return contacts.list(1000);
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR})
  public NotificationContact find(@NotBlank String recipientKey) {
    return lookup(recipientKey)
        .orElseThrow(() -> RequestRefusedException.notFound("No contact for " + recipientKey));
  }

  /** The contact of a recipient, for the outbox (whoever fired the notice). */
  @PermitAll
  public Optional<NotificationContact> lookup(String recipientKey) {
    return contacts.findByRecipientKey(recipientKey);
  }

  /** Creates or replaces a recipient's contact. */
  @Audited
  public Saved put(@NotBlank @Size(max = 64) String recipientKey, @NotNull NewContact contact) {
    Optional<NotificationContact> existing = lookup(recipientKey);
    NotificationContact c =
        existing
            .flatMap(e -> contacts.lock(e.getId()))
            .orElseGet(() -> new NotificationContact(recipientKey));
    try {
      c.update(
          contact.displayName(),
          contact.email(),
          contact.mobile(),
          contact.wechatOpenId(),
          contact.channels());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    if (existing.isEmpty()) {
      contacts.add(c);
    }
    return new Saved(c, existing.isEmpty());
  }

  @Audited
  public void delete(@NotBlank String recipientKey) {
    contacts.remove(find(recipientKey));
  }

  /** A saved contact and whether it was new. */
  public record Saved(NotificationContact contact, boolean created) {}
}
