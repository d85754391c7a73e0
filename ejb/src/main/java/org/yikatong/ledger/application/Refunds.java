package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.Money;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.platform.application.Caller;
import org.yikatong.platform.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;

/**
 * Refunds of earlier card payments, whole or in part, from the merchant's takings back to the main
 * purse, never more than was paid and never of a reversed payment. Each refund has its own refund
 * number, which makes it idempotent.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.HELPDESK, Role.ADMINISTRATOR})
public class Refunds {

  @Inject CardRepository cards;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;

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
    boolean chargedToHolder =
        payment.getCard() != null
            && payment.getPostings().stream()
                .map(p -> p.getAccount().getType())
                .anyMatch(
                    t -> t == AccountType.CARDHOLDER_PURSE || t == AccountType.CARDHOLDER_SUBSIDY);
    if (!chargedToHolder) {
      throw RequestRefusedException.conflict(
          "Payment "
              + paymentEntryId
              + " was posted to suspense; finance resolves it by adjustment");
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
    Money amount = Money.ofFen(amountFen);
    if (amount.fen() <= 0) {
      throw RequestRefusedException.invalid("A refund is more than zero: " + amount);
    }
    if (!journal.correctionsOf(payment, EntryKind.REVERSAL).isEmpty()) {
      throw RequestRefusedException.conflict("Payment " + paymentEntryId + " was reversed");
    }
    Money refunded =
        journal.correctionsOf(payment, EntryKind.REFUND).stream()
            .map(JournalEntry::getAmount)
            .reduce(Money.ZERO, Money::plus);
    if (refunded.plus(amount).compareTo(payment.getAmount()) > 0) {
      throw RequestRefusedException.invalid(
          "Never more than paid: paid "
              + payment.getAmount()
              + ", refunded "
              + refunded
              + ", asked "
              + amount);
    }
    Account purse = purseOf(payment);
    if (purse.getStatus() == AccountStatus.CLOSED) {
      throw RequestRefusedException.conflict("The account " + purse.getAccountNo() + " is closed");
    }
    accounts.lock(List.of(purse));
    Account takings =
        payment.getPostings().stream()
            .map(Posting::getAccount)
            .filter(a -> a.getType() == AccountType.MERCHANT_TAKINGS)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("A payment without takings"));
    return journal.post(
        EntryDraft.builder(EntryKind.REFUND, key, hash)
            .amount(amount)
            .description("退款 " + reason)
            .postedBy(caller.name())
            .card(payment.getCard())
            .merchant(payment.getMerchant())
            .corrects(payment)
            .line(takings, amount.negate())
            .line(purse, amount)
            .build());
  }

  private Account purseOf(JournalEntry payment) {
    return accounts
        .findOf(payment.getCard().getHolder(), AccountType.CARDHOLDER_PURSE)
        .orElseThrow(() -> new IllegalStateException("No purse for entry " + payment.getId()));
  }
}
