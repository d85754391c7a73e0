package org.yikatong.web.console.counter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.CardCounter;
import org.yikatong.ledger.application.CardHolderRegistry;
import org.yikatong.ledger.application.CounterReceipt;
import org.yikatong.ledger.application.CounterReceipts;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The card service counter's one page: a holder found by card, number or name; both purses with
 * their latest postings; every card with what can be done to it. Each action is confirmed on the
 * page first; the services check it, record it in the audit trail, and refuse what the card's state
 * does not allow (the page then says why and changes nothing).
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A holder found. */
  public record Found(String holderNo, String fullName, String type, String department)
      implements Serializable {}

  /** The holder shown, balances in fen. */
  public record Holder(
      String holderNo,
      String fullName,
      String type,
      String department,
      long purseFen,
      long subsidyFen)
      implements Serializable {}

  /** One card of the holder, amounts in fen. */
  public record CardRow(
      String serialNo,
      String cardNo,
      String status,
      String statusChangedAt,
      LocalDate expiresOn,
      long depositFen,
      long noPinLimitFen,
      long dailyLimitFen,
      boolean pinSet,
      String replacedBy)
      implements Serializable {}

  /** One posting of a purse. */
  public record Line(String at, String kind, long amountFen, long balanceAfterFen, String terminal)
      implements Serializable {}

  @Inject CardHolderRegistry registry;
  @Inject CardLifecycle lifecycle;
  @Inject CardCounter counter;
  @Inject ConsoleTransactions transactions;
  @Inject CounterReceipts receipts;

  private String query;
  private List<Found> found = List.of();
  private Holder holder;
  private List<CardRow> cards = List.of();
  private List<Line> purseHistory = List.of();
  private List<Line> subsidyHistory = List.of();

  private String card;
  private String newSerialNo;
  private LocalDate newExpiresOn;
  private BigDecimal feeYuan = BigDecimal.ZERO;
  private String pin;
  private BigDecimal noPinLimitYuan;
  private BigDecimal dailyLimitYuan;
  private Long refundFen;
  private CounterReceipt receipt;

  /** Finds holders; one found is shown at once. */
  public void search() {
    found =
        registry.search(query, 50).stream()
            .map(
                h ->
                    new Found(
                        h.getHolderNo(), h.getFullName(), h.getType().name(), h.getDepartment()))
            .toList();
    if (found.size() == 1) {
      show(found.get(0).holderNo());
    } else {
      holder = null;
    }
    if (found.isEmpty()) {
      ConsolePage.error("search:q", ConsolePage.bundle().getString("counter.noneFound"));
    }
  }

  /** Shows a holder with cards, balances and the latest postings. */
  public void show(String holderNo) {
    try {
      transactions.run(() -> read(holderNo));
    } catch (RequestRefusedException refused) {
      holder = null;
      ConsolePage.refused(refused);
    }
  }

  private void read(String holderNo) {
    CardHolderRegistry.HolderDetails d = registry.details(holderNo);
    holder =
        new Holder(
            d.holder().getHolderNo(),
            d.holder().getFullName(),
            d.holder().getType().name(),
            d.holder().getDepartment(),
            d.purse().fen(),
            d.subsidy().fen());
    cards = d.cards().stream().map(CounterView::row).toList();
    purseHistory = lines(holderNo, false);
    subsidyHistory = lines(holderNo, true);
  }

  private List<Line> lines(String holderNo, boolean subsidy) {
    return registry.listPurseHistory(holderNo, subsidy, 20).stream()
        .map(
            p ->
                new Line(
                    ConsolePage.time(p.getEntry().getPostedAt()),
                    p.getEntry().getKind().name(),
                    p.getAmount().fen(),
                    p.getBalanceAfter().fen(),
                    p.getEntry().getTerminalCode()))
        .toList();
  }

  private static CardRow row(Card c) {
    return new CardRow(
        c.getSerialNo(),
        c.getCardNo(),
        c.getStatus().name(),
        ConsolePage.time(c.getStatusChangedAt()),
        c.getExpiresOn(),
        c.getDeposit().fen(),
        c.getNoPinLimit().fen(),
        c.getDailyLimit().fen(),
        c.getPinHash() != null,
        c.getReplacedBy() == null ? null : c.getReplacedBy().getSerialNo());
  }

  /** Picks the card the next dialog acts on, its current limits filled in. */
  public void pick(String serialNo) {
    card = serialNo;
    newSerialNo = null;
    newExpiresOn = LocalDate.now(ConsolePage.CAMPUS).plusYears(4);
    feeYuan = BigDecimal.ZERO;
    pin = null;
    refundFen = null;
    cards.stream()
        .filter(c -> c.serialNo().equals(serialNo))
        .findFirst()
        .ifPresent(
            c -> {
              noPinLimitYuan = BigDecimal.valueOf(c.noPinLimitFen(), 2);
              dailyLimitYuan = BigDecimal.valueOf(c.dailyLimitFen(), 2);
            });
  }

  public void reportLoss(String serialNo) {
    act("loss", serialNo, () -> lifecycle.reportLoss(serialNo), null, null);
  }

  public void found(String serialNo) {
    act("found", serialNo, () -> lifecycle.found(serialNo), null, null);
  }

  public void freeze(String serialNo) {
    act("freeze", serialNo, () -> lifecycle.freeze(serialNo), null, null);
  }

  public void unfreeze(String serialNo) {
    act("unfreeze", serialNo, () -> lifecycle.unfreeze(serialNo), null, null);
  }

  public void replace() {
    String successor = newSerialNo == null ? "" : newSerialNo.strip();
    long fee = fen(feeYuan);
    act("replace", card, () -> counter.replace(card, successor, newExpiresOn, fee), fee, successor);
  }

  public void cancel() {
    long fee = fen(feeYuan);
    act(
        "cancel",
        card,
        () -> {
          JournalEntry refund = counter.cancel(card, fee);
          refundFen = refund == null ? 0L : refund.getAmount().fen();
        },
        fee,
        null);
  }

  public void changePin() {
    act("pin", card, () -> lifecycle.setPin(card, pin), null, null);
    pin = null;
  }

  public void changeLimits() {
    act(
        "limits",
        card,
        () -> lifecycle.setLimits(card, fen(noPinLimitYuan), fen(dailyLimitYuan)),
        null,
        null);
  }

  /**
   * Takes an action on a card, then shows the holder anew; done, it says so and keeps the receipt
   * of it for printing; refused, it says why.
   */
  private void act(String action, String serialNo, Runnable work, Long feeFen, String successor) {
    if (holder == null) {
      return;
    }
    receipt = null;
    try {
      work.run();
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
      show(holder.holderNo());
      return;
    }
    ConsolePage.info("counter.done." + action);
    show(holder.holderNo());
    java.time.Instant now = ConsolePage.now();
    receipt =
        new CounterReceipt(
            "HZ"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                    .format(now.atZone(ConsolePage.CAMPUS))
                + "-"
                + serialNo,
            ConsolePage.bundle().getString("counter.do." + action),
            holder.holderNo(),
            holder.fullName(),
            serialNo,
            successor,
            feeFen,
            "cancel".equals(action) ? refundFen : null,
            "cancel".equals(action) ? null : holder.purseFen(),
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRemoteUser(),
            now);
  }

  /** The receipt of the last action, as a PDF to download and print. */
  public org.primefaces.model.StreamedContent getReceiptPdf() {
    CounterReceipt r = receipt;
    if (r == null) {
      return null;
    }
    byte[] pdf = receipts.render(r);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name(r.receiptNo() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new java.io.ByteArrayInputStream(pdf))
        .build();
  }

  public CounterReceipt getReceipt() {
    return receipt;
  }

  /** An amount in yuan (two decimals at most) as fen; a blank amount is none. */
  private static long fen(BigDecimal yuan) {
    return yuan == null
        ? 0
        : yuan.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }

  /** The label of an entry kind, or the kind itself. */
  public String kindLabel(String kind) {
    return ConsolePage.text("entry.kind." + kind, kind);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<Found> getFound() {
    return found;
  }

  public Holder getHolder() {
    return holder;
  }

  public List<CardRow> getCards() {
    return cards;
  }

  public List<Line> getPurseHistory() {
    return purseHistory;
  }

  public List<Line> getSubsidyHistory() {
    return subsidyHistory;
  }

  public String getCard() {
    return card;
  }

  public String getNewSerialNo() {
    return newSerialNo;
  }

  public void setNewSerialNo(String newSerialNo) {
    this.newSerialNo = newSerialNo;
  }

  public LocalDate getNewExpiresOn() {
    return newExpiresOn;
  }

  public void setNewExpiresOn(LocalDate newExpiresOn) {
    this.newExpiresOn = newExpiresOn;
  }

  public BigDecimal getFeeYuan() {
    return feeYuan;
  }

  public void setFeeYuan(BigDecimal feeYuan) {
    this.feeYuan = feeYuan;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public BigDecimal getNoPinLimitYuan() {
    return noPinLimitYuan;
  }

  public void setNoPinLimitYuan(BigDecimal noPinLimitYuan) {
    this.noPinLimitYuan = noPinLimitYuan;
  }

  public BigDecimal getDailyLimitYuan() {
    return dailyLimitYuan;
  }

  public void setDailyLimitYuan(BigDecimal dailyLimitYuan) {
    this.dailyLimitYuan = dailyLimitYuan;
  }

  public Long getRefundFen() {
    return refundFen;
  }
}
