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

/**
 * A physical card of a card holder.
 *
 * <p>Invariants: the serial number is unique and never changes; a new card starts {@link
 * CardStatus#ACTIVE}. Status changes belong to the card lifecycle (issue #3).
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

  @Version private long version;

  protected Card() {}

  public Card(String serialNo, CardHolder holder, Instant issuedAt, LocalDate expiresOn) {
    this.serialNo = Objects.requireNonNull(serialNo, "serialNo");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
    this.status = CardStatus.ACTIVE;
  }

  public Long getId() {
    return id;
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
}
