package org.yikatong.inspection.domain;

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
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * One checklist line of a round, as planned, and its result once the round is completed: OK, or
 * FAILED with a note, the terminal it concerns and the number of the ticket it opened.
 */
@Entity
@Table(name = "inspection_round_item")
public class InspectionRoundItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_round_item_seq")
  @SequenceGenerator(
      name = "inspection_round_item_seq",
      sequenceName = "inspection_round_item_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false)
  private InspectionRound round;

  @Column(name = "item_no", nullable = false)
  private int itemNo;

  @Column(name = "item_text", nullable = false, length = 200)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 16)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 8)
  private ItemOutcome outcome;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "terminal_code", length = 8)
  private String terminalCode;

  @Column(name = "ticket_no", length = 32)
  private String ticketNo;

  protected InspectionRoundItem() {}

  InspectionRoundItem(InspectionRound round, int itemNo, String text, TicketCategory category) {
    this.round = round;
    this.itemNo = itemNo;
    this.text = text;
    this.category = category;
  }

  void record(ItemResult result) {
    String terminal =
        result.terminalCode() == null || result.terminalCode().isBlank()
            ? null
            : result.terminalCode().strip();
    this.outcome = result.outcome();
    this.note = result.note() == null || result.note().isBlank() ? null : result.note().strip();
    this.terminalCode = terminal;
  }

  /** The fault ticket this failed item opened. */
  public void ticketOpened(String ticketNo) {
    if (outcome != ItemOutcome.FAILED) {
      throw new IllegalStateException("Only a failed item opens a ticket");
    }
    this.ticketNo = ticketNo;
  }

  public InspectionRound getRound() {
    return round;
  }

  public int getItemNo() {
    return itemNo;
  }

  public String getText() {
    return text;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public ItemOutcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getTicketNo() {
    return ticketNo;
  }
}
