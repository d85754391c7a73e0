package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Refunds of earlier card payments, whole or in part, from the merchant's takings back to the main
 * purse, never more than was paid and never of a reversed payment. Each refund has its own refund
 * number, which makes it idempotent.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR})
@Audited
public class Refunds {

  @Inject CardRepository cards;
  @Inject Journal journal;
  @Inject RefundPosting posting;

  /**
   * Refunds part or all of a payment.
   *
   * @param refundNo the refund's own number (the merchant's or the desk's), unique
   * @return the refund entry; the first one if this refund number was used for the same refund
   */
  public JournalEntry refund(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_:-]{1,60}") String refundNo,
      long paymentEntryId,
      long amountFen,
      @NotBlank String reason) {
    String key = "REFUND:" + refundNo;
    String hash = RequestHash.of("REFUND", paymentEntryId, amountFen);
    JournalEntry payment =
        journal
            .findById(paymentEntryId)
            .orElseThrow(
                () -> RequestRefusedException.notFound("No journal entry " + paymentEntryId));
    if (payment.getKind() != EntryKind.PAYMENT && payment.getKind() != EntryKind.OFFLINE_PAYMENT) {
      throw RequestRefusedException.invalid("Entry " + paymentEntryId + " is not a card payment");
    }
    // The card's lock serializes this refund with the card's payments, reversals and refunds.
    cards.lockBySerial(payment.getCard().getSerialNo());
    Optional<JournalEntry> existing = journal.findByKey(key);
    if (existing.isPresent()) {
      if (existing.get().getRequestHash().equals(hash)) {
        return existing.get();
      }
      throw RequestRefusedException.conflict(
          "Refund number " + refundNo + " was used for another refund");
    }
    return posting.post(key, hash, payment, Money.ofFen(amountFen), reason);
  }
}
