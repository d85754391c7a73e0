package org.yikatong.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.card.domain.CardStatus;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.TopUpOrder;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * What a card holder does for themselves through the WeChat/app channel: see balances and history,
 * report their card lost, top up online. The holder is the logged-in user (user name = holder
 * number); nobody reaches another holder's data here.
 */
@Stateless
@RolesAllowed(Role.CARDHOLDER)
public class SelfService {

  /** A holder's balances. */
  public record Balances(String holderNo, String fullName, Money purse, Money subsidy) {
    public Money total() {
      return purse.plus(subsidy);
    }
  }

  @Inject CardHolderRepository holders;
  @Inject CardRepository cards;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject CardLifecycle lifecycle;
  @Inject TopUpOrders topUps;
  @Inject Caller caller;

  public Balances balances() {
    CardHolder me = me();
    return new Balances(
        me.getHolderNo(),
        me.getFullName(),
        balanceOf(me, AccountType.CARDHOLDER_PURSE),
        balanceOf(me, AccountType.CARDHOLDER_SUBSIDY));
  }

  public List<Card> cards() {
    return cards.findByHolder(me());
  }

  /** The holder's postings on both purses, newest first. */
  public List<Posting> history(int first, int max) {
    CardHolder me = me();
    List<Posting> main =
        accounts
            .findOf(me, AccountType.CARDHOLDER_PURSE)
            .map(a -> journal.postingsOf(a, 0, first + max))
            .orElse(List.of());
    List<Posting> subsidy =
        accounts
            .findOf(me, AccountType.CARDHOLDER_SUBSIDY)
            .map(a -> journal.postingsOf(a, 0, first + max))
            .orElse(List.of());
    return java.util.stream.Stream.concat(main.stream(), subsidy.stream())
        .sorted(java.util.Comparator.comparing(Posting::getId).reversed())
        .skip(Math.max(0, first))
        .limit(Math.max(0, Math.min(max, 200)))
        .toList();
  }

  /** Reports the holder's card in use lost. */
  @Audited
  public Card reportLoss() {
    Card card =
        cards.findByHolder(me()).stream()
            .filter(c -> c.getStatus() == CardStatus.ACTIVE || c.getStatus() == CardStatus.FROZEN)
            .findFirst()
            .orElseThrow(() -> RequestRefusedException.conflict("You have no card in use"));
    return lifecycle.reportLoss(card.getSerialNo());
  }

  @Audited
  public TopUpOrder topUp(@NotNull PaymentChannel channel, long amountFen) {
    return topUps.create(me().getHolderNo(), channel, amountFen);
  }

  public TopUpOrder topUpOrder(String orderNo) {
    Optional<TopUpOrder> order = topUps.find(orderNo);
    if (order.isEmpty() || !order.get().getHolder().getId().equals(me().getId())) {
      throw RequestRefusedException.notFound("No top-up order " + orderNo);
    }
    return order.get();
  }

  private Money balanceOf(CardHolder holder, AccountType type) {
    return accounts.findOf(holder, type).map(Account::getBalance).orElse(Money.ZERO);
  }

  private CardHolder me() {
    return holders
        .findByHolderNo(caller.name())
        .orElseThrow(
            () -> RequestRefusedException.notFound("No card holder for user " + caller.name()));
  }
}
