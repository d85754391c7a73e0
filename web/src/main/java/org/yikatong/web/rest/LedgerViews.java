package org.yikatong.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.card.domain.Card;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.DayClose;
import org.yikatong.ledger.domain.DoubleTap;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.MerchantDayTotal;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.SubsidyBatch;
import org.yikatong.ledger.domain.TopUpOrder;

/**
 * The JSON shapes of the ledger and card API. Made from entities inside the request's transaction;
 * amounts are integer fen ({@code ...Fen}), instants ISO-8601 UTC.
 */
public final class LedgerViews {

  private LedgerViews() {}

  public record AccountView(
      String accountNo,
      String type,
      String status,
      long balanceFen,
      String holderNo,
      String merchantCode) {
    static AccountView of(Account a) {
      return new AccountView(
          a.getAccountNo(),
          a.getType().name(),
          a.getStatus().name(),
          a.getBalance().fen(),
          a.getHolder() == null ? null : a.getHolder().getHolderNo(),
          a.getMerchant() == null ? null : a.getMerchant().getCode());
    }
  }

  public record PostingView(String accountNo, long amountFen, Long balanceAfterFen) {
    static PostingView of(Posting p) {
      return new PostingView(
          p.getAccount().getAccountNo(),
          p.getAmount().fen(),
          p.getBalanceAfter() == null ? null : p.getBalanceAfter().fen());
    }
  }

  public record EntryView(
      long id,
      String kind,
      String businessKey,
      LocalDate businessDate,
      Instant postedAt,
      Instant occurredAt,
      long amountFen,
      String description,
      String cardSerialNo,
      String terminalId,
      String merchantCode,
      Long correctsEntryId,
      String followUp,
      String postedBy,
      List<PostingView> postings) {
    static EntryView of(JournalEntry e) {
      return new EntryView(
          e.getId(),
          e.getKind().name(),
          e.getBusinessKey(),
          e.getBusinessDate(),
          e.getPostedAt(),
          e.getOccurredAt(),
          e.getAmount().fen(),
          e.getDescription(),
          e.getCard() == null ? null : e.getCard().getSerialNo(),
          e.getTerminalCode(),
          e.getMerchant() == null ? null : e.getMerchant().getCode(),
          e.getCorrects() == null ? null : e.getCorrects().getId(),
          e.getFollowUp().map(Enum::name).orElse(null),
          e.getPostedBy(),
          e.getPostings().stream().map(PostingView::of).toList());
    }
  }

  /** One line of an account statement or a card holder's history. */
  public record StatementLine(
      long entryId,
      String kind,
      Instant postedAt,
      String description,
      String accountNo,
      long amountFen,
      Long balanceAfterFen) {
    static StatementLine of(Posting p) {
      JournalEntry e = p.getEntry();
      return new StatementLine(
          e.getId(),
          e.getKind().name(),
          e.getPostedAt(),
          e.getDescription(),
          p.getAccount().getAccountNo(),
          p.getAmount().fen(),
          p.getBalanceAfter() == null ? null : p.getBalanceAfter().fen());
    }
  }

  public record CardView(
      String serialNo,
      String cardNo,
      String holderNo,
      String status,
      Instant statusChangedAt,
      LocalDate expiresOn,
      long depositFen,
      long noPinLimitFen,
      long dailyLimitFen,
      boolean pinSet,
      boolean pinLocked,
      String replacedBy) {
    static CardView of(Card c) {
      return new CardView(
          c.getSerialNo(),
          c.getCardNo(),
          c.getHolder().getHolderNo(),
          c.getStatus().name(),
          c.getStatusChangedAt(),
          c.getExpiresOn(),
          c.getDeposit().fen(),
          c.getNoPinLimit().fen(),
          c.getDailyLimit().fen(),
          c.getPinHash() != null,
          c.isPinLocked(),
          c.getReplacedBy() == null ? null : c.getReplacedBy().getSerialNo());
    }
  }

  public record TopUpOrderView(
      String orderNo,
      String channel,
      String holderNo,
      long amountFen,
      String status,
      Instant createdAt,
      Instant expiresAt,
      String channelTxnNo,
      Instant paidAt,
      Long entryId) {
    static TopUpOrderView of(TopUpOrder o) {
      return new TopUpOrderView(
          o.getOrderNo(),
          o.getChannel().name(),
          o.getHolder().getHolderNo(),
          o.getAmount().fen(),
          o.getStatus().name(),
          o.getCreatedAt(),
          o.getExpiresAt(),
          o.getChannelTxnNo(),
          o.getPaidAt(),
          o.getEntry() == null ? null : o.getEntry().getId());
    }
  }

  public record DoubleTapView(
      long id,
      String status,
      String cardSerialNo,
      long entryId,
      long earlierEntryId,
      long amountFen,
      String terminalId,
      Instant paidAt,
      Instant earlierPaidAt,
      String resolvedBy,
      Instant resolvedAt,
      Long refundEntryId) {
    static DoubleTapView of(DoubleTap d) {
      return new DoubleTapView(
          d.getId(),
          d.getStatus().name(),
          d.getCard().getSerialNo(),
          d.getEntry().getId(),
          d.getEarlierEntry().getId(),
          d.getEntry().getAmount().fen(),
          d.getEntry().getTerminalCode(),
          d.getEntry().getPostedAt(),
          d.getEarlierEntry().getPostedAt(),
          d.getResolvedBy(),
          d.getResolvedAt(),
          d.getRefundEntry() == null ? null : d.getRefundEntry().getId());
    }
  }

  public record AdjustmentView(
      long id,
      String accountNo,
      String counterAccountNo,
      long amountFen,
      String reason,
      Long correctsEntryId,
      String status,
      String madeBy,
      Instant madeAt,
      String checkedBy,
      Instant checkedAt,
      Long entryId) {
    static AdjustmentView of(Adjustment a) {
      return new AdjustmentView(
          a.getId(),
          a.getAccount().getAccountNo(),
          a.getCounterAccount().getAccountNo(),
          a.getAmount().fen(),
          a.getReason(),
          a.getCorrects() == null ? null : a.getCorrects().getId(),
          a.getStatus().name(),
          a.getMadeBy(),
          a.getMadeAt(),
          a.getCheckedBy(),
          a.getCheckedAt(),
          a.getEntry() == null ? null : a.getEntry().getId());
    }
  }

  public record SubsidyBatchView(
      String batchNo,
      int lines,
      long totalFen,
      LocalDate expiresOn,
      Instant uploadedAt,
      String uploadedBy) {
    static SubsidyBatchView of(SubsidyBatch b) {
      return new SubsidyBatchView(
          b.getBatchNo(),
          b.getLineCount(),
          b.getTotal().fen(),
          b.getExpiresOn(),
          b.getUploadedAt(),
          b.getUploadedBy());
    }
  }

  public record MerchantTotalView(
      String merchantCode,
      String merchantName,
      long paymentCount,
      long paymentsFen,
      long returnsFen,
      long netFen,
      Long settlementEntryId) {
    static MerchantTotalView of(MerchantDayTotal t) {
      return new MerchantTotalView(
          t.getMerchant().getCode(),
          t.getMerchant().getName(),
          t.getPaymentCount(),
          t.getPayments().fen(),
          t.getReturns().fen(),
          t.getNet().fen(),
          t.getSettlementEntry() == null ? null : t.getSettlementEntry().getId());
    }
  }

  public record DayCloseView(
      LocalDate businessDate,
      Instant closedAt,
      String closedBy,
      List<MerchantTotalView> merchants) {
    static DayCloseView of(DayClose d) {
      return new DayCloseView(
          d.getBusinessDate(),
          d.getClosedAt(),
          d.getClosedBy(),
          d.getTotals().stream().map(MerchantTotalView::of).toList());
    }
  }
}
