package org.yikatong.ledger.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/**
 * One money movement: postings that sum to zero, under a business key that makes it happen once.
 *
 * <p>Invariants, checked when the entry is made: at least two postings, none of zero, summing to
 * zero; a business key and a request hash. An entry is immutable: never updated or deleted once
 * written; a mistake is corrected by a new entry that {@link #getCorrects() corrects} it.
 */
@Entity
@Table(name = "journal_entry")
@Immutable
public class JournalEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
  @SequenceGenerator(
      name = "journal_entry_seq",
      sequenceName = "journal_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "business_key", nullable = false, updatable = false, length = 100)
  private String businessKey;

  @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
  private String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_kind", nullable = false, updatable = false, length = 24)
  private EntryKind kind;

  @Column(name = "business_date", nullable = false, updatable = false)
  private LocalDate businessDate;

  @Column(name = "posted_at", nullable = false, updatable = false)
  private Instant postedAt;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "card_id", updatable = false)
  private Card card;

  @Column(name = "terminal_code", updatable = false, length = 8)
  private String terminalCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merchant_id", updatable = false)
  private Merchant merchant;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "corrects_id", updatable = false)
  private JournalEntry corrects;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up", updatable = false, length = 24)
  private FollowUp followUp;

  @Column(name = "description", nullable = false, updatable = false, length = 200)
  private String description;

  @Column(name = "posted_by", nullable = false, updatable = false, length = 64)
  private String postedBy;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Posting> postings = new ArrayList<>();

  protected JournalEntry() {}

  private JournalEntry(EntryDraft draft, LocalDate businessDate, Instant postedAt) {
    this.businessKey = draft.businessKey();
    this.requestHash = draft.requestHash();
    this.kind = draft.kind();
    this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
    this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    this.occurredAt = draft.occurredAt() == null ? postedAt : draft.occurredAt();
    this.amountFen = draft.amount().fen();
    this.card = draft.card();
    this.terminalCode = draft.terminalCode();
    this.merchant = draft.merchant();
    this.corrects = draft.corrects();
    this.followUp = draft.followUp();
    this.description = draft.description();
    this.postedBy = draft.postedBy();
  }

  /**
   * Makes the entry of a draft whose lines are balanced.
   *
   * @param balancesAfter the balance of each line's account after it, in the order of the lines,
   *     with {@code null} where not known
   */
  public static JournalEntry of(
      EntryDraft draft, LocalDate businessDate, Instant postedAt, List<Money> balancesAfter) {
    JournalEntry entry = new JournalEntry(draft, businessDate, postedAt);
    List<EntryDraft.Line> lines = draft.lines();
    for (int i = 0; i < lines.size(); i++) {
      entry.postings.add(
          new Posting(entry, lines.get(i).account(), lines.get(i).amount(), balancesAfter.get(i)));
    }
    return entry;
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public EntryKind getKind() {
    return kind;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public Card getCard() {
    return card;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public JournalEntry getCorrects() {
    return corrects;
  }

  public Optional<FollowUp> getFollowUp() {
    return Optional.ofNullable(followUp);
  }

  public String getDescription() {
    return description;
  }

  public String getPostedBy() {
    return postedBy;
  }

  public List<Posting> getPostings() {
    return Collections.unmodifiableList(postings);
  }

  /**
   * Whether the entry is a card holder's own: made with one of their cards (a payment, a deposit, a
   * fee) or posted on one of their accounts (a top-up, a subsidy, a refund to their purse).
   */
  public boolean isOfHolder(String holderNo) {
    if (card != null && card.getHolder().getHolderNo().equals(holderNo)) {
      return true;
    }
    return postings.stream()
        .map(Posting::getAccount)
        .anyMatch(a -> a.getHolder() != null && a.getHolder().getHolderNo().equals(holderNo));
  }

  /** The posting of this entry on an account, if there is one. */
  public Optional<Posting> postingOn(Account account) {
    return postings.stream()
        .filter(p -> p.getAccount().getId().equals(account.getId()))
        .findFirst();
  }
}
