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
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One change of the card blacklist that terminals keep: a card added (lost, frozen, replaced,
 * cancelled) or removed (found, unfrozen). Terminals apply the changes in id order; each change is
 * pushed to them as a {@code BLACKLIST} command and can be fetched again by id.
 */
@Entity
@Table(name = "card_list_change")
@Immutable
public class CardListChange {

  /** Added to or removed from the blacklist. */
  public enum Action {
    ADD,
    REMOVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_list_change_seq")
  @SequenceGenerator(
      name = "card_list_change_seq",
      sequenceName = "card_list_change_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "card_id", nullable = false)
  private Card card;

  @Column(name = "serial_no", nullable = false, length = 32)
  private String serialNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_action", nullable = false, length = 8)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 16)
  private CardStatus reason;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  protected CardListChange() {}

  /** The change that the card's current status calls for. */
  public CardListChange(Card card, Instant changedAt, String changedBy) {
    this.card = Objects.requireNonNull(card, "card");
    this.serialNo = card.getSerialNo();
    this.reason = card.getStatus();
    this.action = card.getStatus() == CardStatus.ACTIVE ? Action.REMOVE : Action.ADD;
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
  }

  public Long getId() {
    return id;
  }

  public String getSerialNo() {
    return serialNo;
  }

  public Action getAction() {
    return action;
  }

  public CardStatus getReason() {
    return reason;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
