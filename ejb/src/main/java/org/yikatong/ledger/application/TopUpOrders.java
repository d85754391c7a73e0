package org.yikatong.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.ChannelSignature;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.FollowUp;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.PaymentRules;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.ledger.domain.TopUpOrder;
import org.yikatong.ledger.domain.TopUpOrderRepository;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Online top-up: a card holder creates an order, pays it at the channel, and the channel's signed
 * callback credits the purse. The callback is idempotent by channel and channel transaction number:
 * a repeat answers as the first did, another transaction number for a paid order is refused. An
 * order not paid within {@link TopUpOrder#LIFETIME} expires; if the channel pays it afterwards the
 * money goes to suspense for finance to resolve, never silently into the purse.
 *
 * <p>Channel secrets come from the configuration {@code yikatong.channel.<channel>.secret} (for
 * example {@code yikatong.channel.wechat.secret}); a channel without one, or with an empty one,
 * takes no callbacks.
 */
@Stateless
public class TopUpOrders {

  private static final Logger LOG = Logger.getLogger(TopUpOrders.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A channel's payment notice, as its callback endpoint receives it. */
  public record ChannelCallback(
      @NotBlank String orderNo,
      @NotBlank String channelTxnNo,
      long amountFen,
      @NotBlank String signature) {}

  @Inject CardHolderRepository holders;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Config config;
  @Inject TopUpOrderRepository orders;

  /** Creates an order for a card holder's purse. */
  @RolesAllowed({Role.CARDHOLDER, Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TopUpOrder create(
      @NotBlank String holderNo, @NotNull PaymentChannel channel, long amountFen) {
    Money amount = Money.ofFen(amountFen);
    if (!PaymentRules.validAmount(amount, PaymentRules.MAX_TOP_UP)) {
      throw RequestRefusedException.invalid(
          "A top-up is more than 0 and at most " + PaymentRules.MAX_TOP_UP + ": " + amount);
    }
    CardHolder holder =
        holders
            .findByHolderNo(holderNo)
            .orElseThrow(() -> RequestRefusedException.notFound("No card holder " + holderNo));
    Account purse = purseOf(holder);
    if (purse.getStatus() != AccountStatus.OPEN) {
      throw RequestRefusedException.conflict(
          "The purse " + purse.getAccountNo() + " is " + purse.getStatus());
    }
    Instant now = clock.instant();
    String orderNo =
        "TU"
            + BusinessDay.of(now).toString().replace("-", "")
            + String.format("%012d", Math.floorMod(RANDOM.nextLong(), 1_000_000_000_000L));
    TopUpOrder order = new TopUpOrder(orderNo, channel, holder, amount, now);
    orders.add(order);
    return order;
  }

  /** An order, for its holder or staff. */
  @RolesAllowed({Role.CARDHOLDER, Role.HELPDESK, Role.FINANCE, Role.ADMINISTRATOR, Role.AUDITOR})
  public Optional<TopUpOrder> find(@NotBlank String orderNo) {
    return orders.findByNumber(orderNo);
  }

  /** An order, for staff and auditors. */
  @RolesAllowed({Role.HELPDESK, Role.FINANCE, Role.ADMINISTRATOR, Role.AUDITOR})
  public TopUpOrder details(@NotBlank String orderNo) {
    return orders
        .findByNumber(orderNo)
        .orElseThrow(() -> RequestRefusedException.notFound("No top-up order " + orderNo));
  }

  /**
   * Takes a channel's callback: checks its signature and amount, then credits the purse once.
   *
   * @return the order as paid
   * @throws RequestRefusedException bad signature or amount (400), unknown order (404), a paid
   *     order with another channel transaction number (409); nothing changes then
   */
  @PermitAll
  @Audited
  public TopUpOrder callback(
      @NotNull PaymentChannel channel, @NotNull @jakarta.validation.Valid ChannelCallback notice) {
    Optional<String> secret =
        config.getOptionalValue(channel.secretSetting(), String.class).filter(s -> !s.isBlank());
    if (secret.isEmpty()) {
      throw RequestRefusedException.invalid("Channel " + channel + " is not configured");
    }
    if (!ChannelSignature.verify(
        secret.get(),
        channel,
        notice.orderNo(),
        notice.channelTxnNo(),
        notice.amountFen(),
        notice.signature())) {
      throw RequestRefusedException.invalid("Bad signature on the " + channel + " callback");
    }
    // Locked: a concurrent repeat of the callback waits here and then finds the order paid.
    TopUpOrder order =
        orders
            .lockByNumber(notice.orderNo(), channel)
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "No " + channel + " order " + notice.orderNo()));
    if (order.getAmount().fen() != notice.amountFen()) {
      throw RequestRefusedException.invalid(
          "The order is for "
              + order.getAmount()
              + ", the channel paid "
              + Money.ofFen(notice.amountFen()));
    }
    if (order.isPaid()) {
      if (order.getChannelTxnNo().equals(notice.channelTxnNo())) {
        return order;
      }
      throw RequestRefusedException.conflict(
          "Order " + order.getOrderNo() + " was paid by " + order.getChannelTxnNo());
    }
    Instant now = clock.instant();
    boolean late = order.getStatus() == TopUpOrder.Status.EXPIRED || order.isOverdue(now);
    Account purse = purseOf(order.getHolder());
    Money amount = order.getAmount();
    EntryDraft.Builder draft =
        EntryDraft.builder(
                EntryKind.ONLINE_TOP_UP,
                "CHANNEL:" + channel + ":" + notice.channelTxnNo(),
                RequestHash.of(channel, notice.orderNo(), notice.channelTxnNo(), amount.fen()))
            .amount(amount)
            .description("在线充值 " + channel + " " + order.getOrderNo())
            .postedBy(caller.name())
            .line(accounts.system(channel.clearing()), amount.negate());
    if (late || purse.getStatus() != AccountStatus.OPEN) {
      draft.line(accounts.system(AccountType.SUSPENSE), amount).followUp(FollowUp.LATE_PAYMENT);
    } else {
      accounts.lock(List.of(purse));
      draft.line(purse, amount);
    }
    order.paid(notice.channelTxnNo(), journal.post(draft.build()), now);
    return order;
  }

  /**
   * Expires the orders not paid in time; every minute, on one node of the cluster (a persistent
   * timer in the database store; the expiry is idempotent anyway).
   */
  @Schedule(minute = "*", hour = "*", persistent = true, info = "top-up order expiry")
  @PermitAll
  public void expireOverdue() {
    Instant now = clock.instant();
    List<TopUpOrder> overdue = orders.lockOverdue(now);
    overdue.forEach(o -> o.expire(now));
    if (!overdue.isEmpty()) {
      LOG.info("Expired " + overdue.size() + " unpaid top-up orders");
    }
  }

  private Account purseOf(CardHolder holder) {
    return accounts
        .findOf(holder, AccountType.CARDHOLDER_PURSE)
        .orElseThrow(() -> new IllegalStateException("No purse for " + holder.getHolderNo()));
  }
}
