package org.yikatong.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.Posting;

/**
 * Posts a refund of a card payment from the merchant's takings stripe back to the main purse, for
 * {@link Refunds} (finance, helpdesk) and for refunds at terminals. The caller has locked the
 * payment's card and checked the business key; this checks the refund itself and posts it in the
 * caller's transaction.
 */
@ApplicationScoped
public class RefundPosting {

  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;

  /** What is left to refund of a payment: nothing once it was reversed. */
  public Money refundable(JournalEntry payment) {
    if (!chargedToHolder(payment)
        || !journal.correctionsOf(payment, EntryKind.REVERSAL).isEmpty()) {
      return Money.ZERO;
    }
    return payment.getAmount().minus(refunded(payment));
  }

  /**
   * @throws RequestRefusedException a reversed payment (409), more than is left to refund or not
   *     more than zero (400), a closed account (409); nothing is posted then
   */
  public JournalEntry post(
      String key, String hash, JournalEntry payment, Money amount, String reason) {
    if (amount.fen() <= 0) {
      throw RequestRefusedException.invalid("A refund is more than zero: " + amount);
    }
    if (!chargedToHolder(payment)) {
      throw RequestRefusedException.conflict(
          "Payment "
              + payment.getId()
              + " was posted to suspense; finance resolves it by adjustment");
    }
    if (!journal.correctionsOf(payment, EntryKind.REVERSAL).isEmpty()) {
      throw RequestRefusedException.conflict("Payment " + payment.getId() + " was reversed");
    }
    Money refunded = refunded(payment);
    if (refunded.plus(amount).compareTo(payment.getAmount()) > 0) {
      throw RequestRefusedException.invalid(
          "Never more than paid: paid "
              + payment.getAmount()
              + ", refunded "
              + refunded
              + ", asked "
              + amount);
    }
    Account purse =
        accounts
            .findOf(payment.getCard().getHolder(), AccountType.CARDHOLDER_PURSE)
            .orElseThrow(() -> new IllegalStateException("No purse for entry " + payment.getId()));
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
            .terminal(payment.getTerminalCode(), payment.getMerchant())
            .corrects(payment)
            .line(takings, amount.negate())
            .line(purse, amount)
            .build());
  }

  /** Whether a card holder's purse paid it (an offline payment may have gone to suspense). */
  private static boolean chargedToHolder(JournalEntry payment) {
    return payment.getCard() != null
        && payment.getPostings().stream()
            .map(p -> p.getAccount().getType())
            .anyMatch(
                t -> t == AccountType.CARDHOLDER_PURSE || t == AccountType.CARDHOLDER_SUBSIDY);
  }

  private Money refunded(JournalEntry payment) {
    return journal.correctionsOf(payment, EntryKind.REFUND).stream()
        .map(JournalEntry::getAmount)
        .reduce(Money.ZERO, Money::plus);
  }
}
