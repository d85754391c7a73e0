package org.yikatong.servicedesk.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A complaint (投诉) about the service: who complains, through which channel, about what, and
 * optionally the ticket and the staff member concerned. Tracked so that complaints can be answered
 * and counted per month (target: 30% fewer (O&M plan)).
 *
 * <p>Status flow ({@link ComplaintStatus#next()}): OPEN → INVESTIGATING → RESOLVED or REJECTED, the
 * last two with a reply. Any other move is an {@link IllegalStateException}.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @Column(name = "complainant", nullable = false, length = 100)
  private String complainant;

  @Column(name = "complainant_holder_no", length = 32)
  private String complainantHolderNo;

  @Column(name = "contact", length = 100)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private ComplaintChannel channel;

  @Column(name = "subject", nullable = false, length = 200)
  private String subject;

  @Column(name = "complaint_text", nullable = false, length = 2000)
  private String text;

  @Column(name = "ticket_no", length = 20)
  private String ticketNo;

  @Column(name = "staff_concerned", length = 100)
  private String staffConcerned;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ComplaintStatus status;

  @Column(name = "reply", length = 2000)
  private String reply;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false, updatable = false, length = 64)
  private String receivedBy;

  @Column(name = "investigated_at")
  private Instant investigatedAt;

  @Column(name = "investigator", length = 64)
  private String investigator;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Version private long version;

  protected Complaint() {}

  public Complaint(
      String complainant,
      String complainantHolderNo,
      String contact,
      ComplaintChannel channel,
      String subject,
      String text,
      String ticketNo,
      String staffConcerned,
      Instant now,
      String by) {
    this.complainant = required(complainant, "complainant");
    this.complainantHolderNo = blankToNull(complainantHolderNo);
    this.contact = blankToNull(contact);
    this.channel = Objects.requireNonNull(channel, "channel");
    this.subject = required(subject, "subject");
    this.text = required(text, "text");
    this.ticketNo = blankToNull(ticketNo);
    this.staffConcerned = blankToNull(staffConcerned);
    this.status = ComplaintStatus.OPEN;
    this.receivedAt = Objects.requireNonNull(now, "now");
    this.receivedBy = Objects.requireNonNull(by, "by");
  }

  /** Someone takes the complaint up. */
  public void investigate(Instant now, String by) {
    move(ComplaintStatus.INVESTIGATING);
    this.investigatedAt = now;
    this.investigator = by;
  }

  /** The complaint was justified; the reply says what was done. */
  public void resolve(String reply, Instant now, String by) {
    close(ComplaintStatus.RESOLVED, reply, now, by);
  }

  /** The complaint was not justified; the reply says why. */
  public void reject(String reply, Instant now, String by) {
    close(ComplaintStatus.REJECTED, reply, now, by);
  }

  private void close(ComplaintStatus to, String reply, Instant now, String by) {
    String text = required(reply, "reply");
    move(to);
    this.reply = text;
    this.closedAt = now;
    this.closedBy = by;
  }

  private void move(ComplaintStatus to) {
    if (!status.next().contains(to)) {
      throw new IllegalStateException(
          "Complaint " + id + " is " + status + " and cannot become " + to);
    }
    this.status = to;
  }

  private static String required(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("A complaint needs a " + what);
    }
    return s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getComplainant() {
    return complainant;
  }

  public String getComplainantHolderNo() {
    return complainantHolderNo;
  }

  public String getContact() {
    return contact;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public String getStaffConcerned() {
    return staffConcerned;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public String getReply() {
    return reply;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getInvestigatedAt() {
    return investigatedAt;
  }

  public String getInvestigator() {
    return investigator;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }
}
