package org.yikatong.terminal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.yikatong.card.domain.Card;

/**
 * One access check at a gate, door or library reader and its answer, kept for every check. Unique
 * by reader and RRN, so that a reader's retry gets the same answer.
 */
@Entity
@Table(name = "access_decision")
@Immutable
public class AccessDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_decision_seq")
  @SequenceGenerator(
      name = "access_decision_seq",
      sequenceName = "access_decision_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "terminal_code", nullable = false, length = 8)
  private String terminalCode;

  @Column(name = "rrn", nullable = false, length = 12)
  private String rrn;

  @Column(name = "card_no", nullable = false, length = 19)
  private String cardNo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "card_id")
  private Card card;

  @Column(name = "holder_group", length = 32)
  private String holderGroup;

  @Column(name = "granted", nullable = false)
  private boolean granted;

  @Column(name = "response_code", nullable = false, length = 2)
  private String responseCode;

  @Column(name = "reason", nullable = false, length = 64)
  private String reason;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected AccessDecision() {}

  public AccessDecision(
      String terminalCode,
      String rrn,
      String cardNo,
      Card card,
      String holderGroup,
      boolean granted,
      String responseCode,
      String reason,
      Instant decidedAt) {
    this.terminalCode = terminalCode;
    this.rrn = rrn;
    this.cardNo = cardNo.length() > 19 ? cardNo.substring(0, 19) : cardNo;
    this.card = card;
    this.holderGroup = holderGroup;
    this.granted = granted;
    this.responseCode = responseCode;
    this.reason = reason;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getRrn() {
    return rrn;
  }

  public String getCardNo() {
    return cardNo;
  }

  public String getHolderGroup() {
    return holderGroup;
  }

  public boolean isGranted() {
    return granted;
  }

  public String getResponseCode() {
    return responseCode;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
