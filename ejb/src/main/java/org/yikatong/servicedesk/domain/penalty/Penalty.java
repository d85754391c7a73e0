package org.yikatong.servicedesk.domain.penalty;

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
import org.yikatong.kernel.domain.Money;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * One line of the penalty register: a breach, the rule it broke, what came out of the deposit. It
 * names either a fault ticket or a maintenance request (exactly one), and keeps that record's
 * number as its subject: unique with the rule, so each record pays each rule at most once.
 *
 * <p>A breach is charged only where a vendor answered for the fault; one the university answered
 * for is recorded as {@link PenaltyStatus#NOT_CHARGED}, and a charged one is {@link
 * PenaltyStatus#REVERSED} (its deduction paid back) when the ticket is put on the university later.
 * The amounts stay as they were charged: the status says whether they stand.
 */
@Entity
@Table(name = "penalty")
public class Penalty {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_seq")
  @SequenceGenerator(name = "penalty_seq", sequenceName = "penalty_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "maintenance_request_id")
  private MaintenanceRequest request;

  /** The ticket's or request's number. */
  @Column(name = "subject_no", nullable = false, length = 24)
  private String subjectNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rule_id", nullable = false)
  private PenaltyRule rule;

  @Column(name = "claimed_fen", nullable = false)
  private long claimedFen;

  @Column(name = "deducted_fen", nullable = false)
  private long deductedFen;

  @Column(name = "deposit_after_fen")
  private Long depositAfterFen;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PenaltyStatus status = PenaltyStatus.CHARGED;

  @Enumerated(EnumType.STRING)
  @Column(name = "responsible_party", length = 24)
  private ResponsibleParty responsibleParty;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "reversed_at")
  private Instant reversedAt;

  @Column(name = "reversed_by", length = 64)
  private String reversedBy;

  @Version private long version;

  protected Penalty() {}

  /** A ticket's penalty. */
  public Penalty(
      Ticket ticket,
      PenaltyRule rule,
      Money claimed,
      Money deducted,
      Money depositAfter,
      Instant recordedAt) {
    this(rule, claimed, deducted, depositAfter, recordedAt);
    this.ticket = java.util.Objects.requireNonNull(ticket, "ticket");
    this.subjectNo = ticket.getTicketNo();
  }

  /** A maintenance request's penalty. */
  public Penalty(
      MaintenanceRequest request,
      PenaltyRule rule,
      Money claimed,
      Money deducted,
      Money depositAfter,
      Instant recordedAt) {
    this(rule, claimed, deducted, depositAfter, recordedAt);
    this.request = java.util.Objects.requireNonNull(request, "request");
    this.subjectNo = request.getRequestNo();
  }

  private Penalty(
      PenaltyRule rule, Money claimed, Money deducted, Money depositAfter, Instant recordedAt) {
    this.rule = rule;
    this.claimedFen = claimed.fen();
    this.deductedFen = deducted.fen();
    this.depositAfterFen = depositAfter == null ? null : depositAfter.fen();
    this.recordedAt = recordedAt;
  }

  /** The ticket penalised; null for a maintenance request's penalty. */
  public Ticket getTicket() {
    return ticket;
  }

  /** The maintenance request penalised; null for a ticket's penalty. */
  public MaintenanceRequest getRequest() {
    return request;
  }

  /** The number of the ticket or maintenance request penalised. */
  public String getSubjectNo() {
    return subjectNo;
  }

  public PenaltyRule getRule() {
    return rule;
  }

  public Money getClaimed() {
    return Money.ofFen(claimedFen);
  }

  public Money getDeducted() {
    return Money.ofFen(deductedFen);
  }

  /** The deposit after this deduction; null when no deposit was registered. */
  public Money getDepositAfter() {
    return depositAfterFen == null ? null : Money.ofFen(depositAfterFen);
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /**
   * A breach the university (or a card holder) answered for: recorded with nothing deducted.
   *
   * @return the penalty
   */
  public static Penalty notCharged(
      Ticket ticket, PenaltyRule rule, ResponsibleParty party, String reason, Instant at) {
    Penalty p = new Penalty(ticket, rule, rule.getAmount(), Money.ZERO, null, at);
    p.status = PenaltyStatus.NOT_CHARGED;
    p.responsibleParty = party;
    p.statusReason = reason;
    return p;
  }

  /** Who answered for the fault when the breach was charged. */
  public void heldOn(ResponsibleParty party) {
    this.responsibleParty = party;
  }

  /**
   * Reverses a charged penalty: its deduction is to go back into the deposit.
   *
   * @return what was deducted, to pay back
   * @throws IllegalStateException when it is not charged
   */
  public Money reverse(String reason, Instant now, String by) {
    if (status != PenaltyStatus.CHARGED) {
      throw new IllegalStateException("Penalty " + id + " is " + status + ", not charged");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A reversal gives its reason");
    }
    status = PenaltyStatus.REVERSED;
    statusReason = reason;
    reversedAt = now;
    reversedBy = by;
    return getDeducted();
  }

  public PenaltyStatus getStatus() {
    return status;
  }

  public ResponsibleParty getResponsibleParty() {
    return responsibleParty;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getReversedAt() {
    return reversedAt;
  }

  public String getReversedBy() {
    return reversedBy;
  }
}
