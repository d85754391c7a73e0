package org.yikatong.finance.domain.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.ledger.domain.Adjustment;

/**
 * One item of a reconciliation run: statement lines and/or a ledger movement, the outcome matching
 * found, and the difference between them in fen (the statement's side less the ledger's; money into
 * the channel's clearing counts positive).
 *
 * <p>An item is resolved when it matched (by the engine, or by a suggestion a person confirmed),
 * when it was paired into another item, when it was explained with a note, or when the adjustment
 * proposed for it was approved. Until then a person may confirm one of its suggestions (or pick
 * another movement, or none), explain it, or propose a correction; while a proposal waits for
 * approval nothing else happens to it, and a rejected proposal leaves it open for another.
 */
@Entity
@Table(name = "reconciliation_item")
public class ReconciliationItem {

  /** The longest note an explanation may have. */
  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_item_seq")
  @SequenceGenerator(
      name = "reconciliation_item_seq",
      sequenceName = "reconciliation_item_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id", nullable = false, updatable = false)
  private ReconciliationRun run;

  @Column(name = "item_no", nullable = false, updatable = false)
  private int itemNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "matched_by", length = 16)
  private MatchedBy matchedBy;

  @ManyToMany
  @JoinTable(
      name = "reconciliation_item_line",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "line_id"))
  @OrderBy("id")
  private List<StatementFileLine> lines = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "flow", length = 8)
  private Flow flow;

  @Column(name = "statement_fen", nullable = false)
  private long statementFen;

  @Column(name = "ledger_fen", nullable = false)
  private long ledgerFen;

  @Column(name = "difference_fen", nullable = false)
  private long differenceFen;

  @Column(name = "ledger_entry_id")
  private Long ledgerEntryId;

  @Column(name = "order_no", length = 32)
  private String orderNo;

  @Column(name = "channel_txn_no", length = 64)
  private String channelTxnNo;

  @Column(name = "ledger_at")
  private Instant ledgerAt;

  @Column(name = "purse_account_no", length = 32)
  private String purseAccountNo;

  @ManyToMany
  @JoinTable(
      name = "reconciliation_suggestion",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "candidate_id"))
  @OrderBy("itemNo")
  private List<ReconciliationItem> suggestions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "item_state", nullable = false, length = 16)
  private ItemState state;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "paired_with_id")
  private ReconciliationItem pairedWith;

  @Enumerated(EnumType.STRING)
  @Column(name = "correction", length = 20)
  private Correction correction;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "adjustment_id")
  private Adjustment adjustment;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected ReconciliationItem() {}

  ReconciliationItem(
      ReconciliationRun run, int itemNo, Match match, List<StatementFileLine> storedLines) {
    this.run = run;
    this.itemNo = itemNo;
    this.outcome = match.outcome();
    this.matchedBy = match.matchedBy();
    this.lines.addAll(storedLines);
    this.statementFen = match.statementFen();
    this.ledgerFen = match.ledgerFen();
    this.differenceFen = match.differenceFen();
    if (match.movement() != null) {
      take(match.movement());
    } else if (!match.lines().isEmpty()) {
      this.flow = match.lines().get(0).flow();
    }
    this.state = outcome == Outcome.MATCHED ? ItemState.MATCHED : ItemState.OPEN;
  }

  private void take(LedgerMovement m) {
    this.flow = m.flow();
    this.ledgerEntryId = m.entryId();
    this.orderNo = m.orderNo();
    this.channelTxnNo = m.channelTxnNo();
    this.ledgerAt = m.at();
    this.purseAccountNo = m.purseAccountNo();
  }

  void suggest(List<ReconciliationItem> candidates) {
    suggestions.addAll(candidates);
  }

  /** Names the purse a correction of this item would credit or debit, when the ledger has none. */
  public void purseHint(String orderNo, String purseAccountNo) {
    if (this.purseAccountNo == null) {
      this.orderNo = this.orderNo == null ? orderNo : this.orderNo;
      this.purseAccountNo = purseAccountNo;
    }
  }

  /** Whether nothing is left to do about this item. */
  public boolean isResolved() {
    return state != ItemState.OPEN
        || (adjustment != null && adjustment.getStatus() == Adjustment.Status.APPROVED);
  }

  /** Whether a proposed correction waits for its approval. */
  public boolean isAwaitingApproval() {
    return adjustment != null && adjustment.getStatus() == Adjustment.Status.PROPOSED;
  }

  /** Why this item cannot be decided on now, or null if it can. */
  public String refusalToDecide() {
    if (isResolved()) {
      return "Item " + itemNo + " is resolved already";
    }
    if (isAwaitingApproval()) {
      return "Item "
          + itemNo
          + " has adjustment "
          + adjustment.getId()
          + " waiting for approval; it is approved or rejected first";
    }
    return null;
  }

  /**
   * Pairs this item (statement lines the ledger lacks) with an item of a ledger movement the
   * statement lacks, as a person decided: this item takes the movement and becomes MATCHED, or an
   * AMOUNT_MISMATCH to correct when the amounts differ; the other is resolved as PAIRED.
   *
   * @throws IllegalStateException when either item cannot be decided on, or they do not fit
   */
  public void pairWith(ReconciliationItem movementItem, String by, Instant at) {
    check(refusalToDecide());
    check(movementItem.refusalToDecide());
    if (outcome != Outcome.MISSING_IN_LEDGER || lines.isEmpty()) {
      throw new IllegalStateException("Item " + itemNo + " is no statement line the ledger lacks");
    }
    if (movementItem.outcome != Outcome.MISSING_IN_CHANNEL
        || movementItem.ledgerEntryId == null
        || movementItem.run != run) {
      throw new IllegalStateException(
          "Item " + movementItem.itemNo + " is no ledger movement the statement lacks");
    }
    if (movementItem.flow != flow) {
      throw new IllegalStateException(
          "Item " + itemNo + " and item " + movementItem.itemNo + " go different ways");
    }
    this.ledgerEntryId = movementItem.ledgerEntryId;
    this.orderNo = movementItem.orderNo;
    this.channelTxnNo = movementItem.channelTxnNo;
    this.ledgerAt = movementItem.ledgerAt;
    this.purseAccountNo = movementItem.purseAccountNo;
    this.ledgerFen = movementItem.ledgerFen;
    this.differenceFen = statementFen - ledgerFen;
    this.outcome = differenceFen == 0 ? Outcome.MATCHED : Outcome.AMOUNT_MISMATCH;
    this.matchedBy = MatchedBy.CONFIRMED;
    this.state = differenceFen == 0 ? ItemState.MATCHED : ItemState.OPEN;
    this.suggestions.clear();
    decided(by, at);
    movementItem.state = ItemState.PAIRED;
    movementItem.pairedWith = this;
    movementItem.suggestions.clear();
    movementItem.decided(by, at);
  }

  /** Drops the suggestions: none of them is this line's movement. */
  public void dismissSuggestions(String by, Instant at) {
    check(refusalToDecide());
    if (suggestions.isEmpty()) {
      throw new IllegalStateException("Item " + itemNo + " has no suggestions");
    }
    suggestions.clear();
    decided(by, at);
  }

  /** Resolves the item by a note that explains it. */
  public void explain(String note, String by, Instant at) {
    check(refusalToDecide());
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > MAX_NOTE) {
      throw new IllegalArgumentException(
          "An explanation is a note of 1 to " + MAX_NOTE + " characters");
    }
    this.note = text;
    this.state = ItemState.EXPLAINED;
    decided(by, at);
  }

  /** Records the adjustment proposed to correct the item; it resolves the item once approved. */
  public void proposed(Correction kind, Adjustment proposal, String by, Instant at) {
    check(refusalToDecide());
    check(kind.refusalFor(outcome, differenceFen));
    this.correction = Objects.requireNonNull(kind, "kind");
    this.adjustment = Objects.requireNonNull(proposal, "proposal");
    decided(by, at);
  }

  private void decided(String by, Instant at) {
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = Objects.requireNonNull(at, "at");
  }

  private static void check(String refusal) {
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  public Long getId() {
    return id;
  }

  public ReconciliationRun getRun() {
    return run;
  }

  public int getItemNo() {
    return itemNo;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public MatchedBy getMatchedBy() {
    return matchedBy;
  }

  public List<StatementFileLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  /** Which way the money went; null for a charge. */
  public Flow getFlow() {
    return flow;
  }

  public long getStatementFen() {
    return statementFen;
  }

  public long getLedgerFen() {
    return ledgerFen;
  }

  public long getDifferenceFen() {
    return differenceFen;
  }

  /** The journal entry of the ledger movement, or null. */
  public Long getLedgerEntryId() {
    return ledgerEntryId;
  }

  /** The top-up order the item is about, or null. */
  public String getOrderNo() {
    return orderNo;
  }

  public String getChannelTxnNo() {
    return channelTxnNo;
  }

  public Instant getLedgerAt() {
    return ledgerAt;
  }

  /** The card holder's purse a correction would credit or debit, or null when none is known. */
  public String getPurseAccountNo() {
    return purseAccountNo;
  }

  /** The items of the ledger movements this line's item may be, best first, still undecided. */
  public List<ReconciliationItem> getSuggestions() {
    return suggestions.stream().filter(s -> s.refusalToDecide() == null).toList();
  }

  public ItemState getState() {
    return state;
  }

  public ReconciliationItem getPairedWith() {
    return pairedWith;
  }

  public Correction getCorrection() {
    return correction;
  }

  public Adjustment getAdjustment() {
    return adjustment;
  }

  public String getNote() {
    return note;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
