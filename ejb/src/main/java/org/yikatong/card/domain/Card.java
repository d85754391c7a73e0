package org.yikatong.card.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;

/**
 * A physical card of a card holder.
 *
 * <p>Invariants: the serial number is unique and never changes; a new card starts {@link
 * CardStatus#ACTIVE}; {@link CardStatus#CANCELLED} and {@link CardStatus#REPLACED} are final. Every
 * status change records when it happened, so that an offline payment made before it can still be
 * charged to the card holder. After {@value #MAX_WRONG_PINS} wrong PINs in a row the card takes no
 * PIN payment until the PIN is set again.
 */
@Entity
@Table(name = "card")
public class Card {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_seq")
  @SequenceGenerator(name = "card_seq", sequenceName = "card_seq", allocationSize = 50)
  private Long id;

  @Column(name = "serial_no", nullable = false, updatable = false, length = 32)
  private String serialNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private CardHolder holder;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private CardStatus status;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "pin_hash", length = 128)
  private String pinHash;

  @Column(name = "no_pin_limit_fen", nullable = false)
  private long noPinLimitFen = DEFAULT_NO_PIN_LIMIT.fen();

  @Column(name = "daily_limit_fen", nullable = false)
  private long dailyLimitFen = DEFAULT_DAILY_LIMIT.fen();

  @Column(name = "wrong_pin_count", nullable = false)
  private int wrongPinCount;

  @Column(name = "deposit_fen", nullable = false)
  private long depositFen;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "replaced_by_id")
  private Card replacedBy;

  @Version private long version;

  /** Wrong PINs in a row after which the card is locked for PIN payments. */
  public static final int MAX_WRONG_PINS = 3;

  /** Payments up to 50 yuan need no PIN unless the card holder chose otherwise. */
  public static final Money DEFAULT_NO_PIN_LIMIT = Money.ofFen(5_000);

  /** At most 300 yuan a day unless the card holder chose otherwise. */
  public static final Money DEFAULT_DAILY_LIMIT = Money.ofFen(30_000);

  protected Card() {}

  public Card(String serialNo, CardHolder holder, Instant issuedAt, LocalDate expiresOn) {
    this.serialNo = Objects.requireNonNull(serialNo, "serialNo");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
    this.status = CardStatus.ACTIVE;
  }

  /** Why this card cannot pay or pass on {@code today}, if it cannot. */
  public Optional<DeclineReason> refusalOn(LocalDate today) {
    return switch (status) {
      case LOST -> Optional.of(DeclineReason.CARD_LOST);
      case FROZEN, CANCELLED, REPLACED -> Optional.of(DeclineReason.CARD_RESTRICTED);
      case ACTIVE ->
          today.isAfter(expiresOn) ? Optional.of(DeclineReason.CARD_EXPIRED) : Optional.empty();
    };
  }

  /**
   * Whether a payment the terminal accepted offline at {@code occurredAt} is the card holder's: the
   * card was active then (a card reported lost afterwards still owes what it paid before).
   */
  public boolean wasValidAt(Instant occurredAt) {
    if (status == CardStatus.ACTIVE) {
      return true;
    }
    return statusChangedAt != null && occurredAt.isBefore(statusChangedAt);
  }

  /**
   * Whether this is still the holder's card: active, lost or frozen (not replaced or cancelled).
   */
  public boolean isInUse() {
    return status == CardStatus.ACTIVE || status == CardStatus.LOST || status == CardStatus.FROZEN;
  }

  public boolean isPinLocked() {
    return wrongPinCount >= MAX_WRONG_PINS;
  }

  /**
   * Counts a PIN try: a right one clears the count, a wrong one adds to it.
   *
   * @return the reason to decline, or empty when the PIN was right
   */
  public Optional<DeclineReason> pinTried(boolean right) {
    if (isPinLocked()) {
      return Optional.of(DeclineReason.PIN_LOCKED);
    }
    if (right) {
      wrongPinCount = 0;
      return Optional.empty();
    }
    wrongPinCount++;
    return Optional.of(isPinLocked() ? DeclineReason.PIN_LOCKED : DeclineReason.WRONG_PIN);
  }

  /** Sets a new PIN (hashed by the caller) and clears the wrong-PIN count. */
  public void setPinHash(String pinHash) {
    this.pinHash = pinHash;
    this.wrongPinCount = 0;
  }

  /** Sets the card's limits; the no-PIN limit may not exceed the daily limit. */
  public void setLimits(Money noPinLimit, Money dailyLimit) {
    if (noPinLimit.isNegative() || dailyLimit.fen() <= 0 || noPinLimit.compareTo(dailyLimit) > 0) {
      throw new IllegalArgumentException(
          "Limits need 0 <= no-PIN limit <= daily limit, daily limit > 0: "
              + noPinLimit
              + ", "
              + dailyLimit);
    }
    this.noPinLimitFen = noPinLimit.fen();
    this.dailyLimitFen = dailyLimit.fen();
  }

  /** Records the deposit paid for this card. */
  public void depositPaid(Money deposit) {
    if (deposit.isNegative()) {
      throw new IllegalArgumentException("Negative deposit " + deposit);
    }
    this.depositFen = deposit.fen();
  }

  /** Reports the card lost: refused everywhere from now on. */
  public void reportLost(Instant now) {
    move(CardStatus.LOST, now, CardStatus.ACTIVE, CardStatus.FROZEN);
  }

  /** The lost card was found: active again. */
  public void found(Instant now) {
    move(CardStatus.ACTIVE, now, CardStatus.LOST);
  }

  public void freeze(Instant now) {
    move(CardStatus.FROZEN, now, CardStatus.ACTIVE);
  }

  public void unfreeze(Instant now) {
    move(CardStatus.ACTIVE, now, CardStatus.FROZEN);
  }

  /** This card is replaced by {@code successor}, which takes over its deposit. */
  public void replaceBy(Card successor, Instant now) {
    if (successor == this || !successor.getHolder().getId().equals(holder.getId())) {
      throw new IllegalArgumentException("A card is replaced by another card of the same holder");
    }
    move(CardStatus.REPLACED, now, CardStatus.ACTIVE, CardStatus.LOST, CardStatus.FROZEN);
    this.replacedBy = successor;
    successor.depositFen = depositFen;
    this.depositFen = 0;
  }

  /** Cancels the card for good; its deposit goes back to the holder with the cancel entry. */
  public void cancel(Instant now) {
    move(CardStatus.CANCELLED, now, CardStatus.ACTIVE, CardStatus.LOST, CardStatus.FROZEN);
  }

  private void move(CardStatus to, Instant now, CardStatus... from) {
    for (CardStatus allowed : from) {
      if (status == allowed) {
        status = to;
        statusChangedAt = now;
        return;
      }
    }
    throw new IllegalStateException("Card " + serialNo + " is " + status + ", cannot become " + to);
  }

  public Long getId() {
    return id;
  }

  /** The number terminals read (field 2); see {@link CardNumber}. */
  public String getCardNo() {
    return id == null ? null : CardNumber.of(id);
  }

  public String getSerialNo() {
    return serialNo;
  }

  public CardHolder getHolder() {
    return holder;
  }

  public CardStatus getStatus() {
    return status;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getPinHash() {
    return pinHash;
  }

  public Money getNoPinLimit() {
    return Money.ofFen(noPinLimitFen);
  }

  public Money getDailyLimit() {
    return Money.ofFen(dailyLimitFen);
  }

  public int getWrongPinCount() {
    return wrongPinCount;
  }

  public Money getDeposit() {
    return Money.ofFen(depositFen);
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Card getReplacedBy() {
    return replacedBy;
  }
}
