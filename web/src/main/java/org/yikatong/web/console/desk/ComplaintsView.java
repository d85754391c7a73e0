package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.yikatong.servicedesk.application.Complaints;
import org.yikatong.servicedesk.application.NewComplaint;
import org.yikatong.servicedesk.application.ServiceStatistics;
import org.yikatong.servicedesk.domain.complaint.Complaint;
import org.yikatong.servicedesk.domain.complaint.ComplaintChannel;
import org.yikatong.servicedesk.domain.complaint.ComplaintStatus;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * Complaints (投诉): those received in a period, narrowed by status; a complaint taken by phone or at
 * the counter registered; each handled along its way (taken up, then resolved or rejected with a
 * reply to the complainant); and the complaints of a year per month against the target of the O&M
 * plan: the same month of the year before less the reduction aimed at ({@link
 * ServiceStatistics#COMPLAINT_REDUCTION_TARGET_PERCENT}).
 */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's key prefix in the message bundle. */
  static final String PAGE = "complaints";

  /** How many complaints the list shows at most. */
  static final int MAX_ROWS = 500;

  /** How many years back the monthly figures go. */
  static final int YEARS_BACK = 3;

  /** One complaint of the list. */
  public record Row(
      long id,
      String receivedAt,
      String receivedBy,
      String complainant,
      String holderNo,
      String contact,
      ComplaintChannel channel,
      String subject,
      String text,
      String ticketNo,
      String staffConcerned,
      ComplaintStatus status,
      String investigator,
      String reply,
      String closedAt,
      String closedBy)
      implements Serializable {}

  /**
   * One month of the year shown: its complaints, the same month a year before, the target (that
   * less the reduction aimed at, one decimal) and whether the month keeps to it.
   */
  public record Month(String month, long count, long yearBefore, BigDecimal target, boolean met)
      implements Serializable {}

  @Inject Complaints complaints;

  private LocalDate from;
  private LocalDate to;
  private ComplaintStatus status;
  private List<Row> rows = List.of();

  private int year;
  private List<Month> months = List.of();
  private long yearCount;
  private long yearBeforeCount;
  private BigDecimal yearTarget;
  private boolean yearMet;

  private String complainant;
  private String holderNo;
  private String contact;
  private ComplaintChannel channel = ComplaintChannel.PHONE;
  private String subject;
  private String text;
  private String ticketNo;
  private String staffConcerned;

  private Long replyTo;
  private boolean rejecting;
  private String reply;

  @PostConstruct
  void load() {
    LocalDate today = LocalDate.now(ConsolePage.CAMPUS);
    from = today.withDayOfMonth(1).minusMonths(2);
    to = today;
    year = today.getYear();
    refresh();
    readMonths();
  }

  /** Lists the complaints of the period again, in the status picked. */
  public void refresh() {
    if (from != null && to != null && to.isBefore(from)) {
      ConsolePage.error("filters:to", ConsolePage.bundle().getString("complaints.periodOrder"));
      return;
    }
    Instant start = from == null ? null : from.atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    rows = complaints.list(start, end, status, MAX_ROWS).stream().map(ComplaintsView::row).toList();
  }

  private static Row row(Complaint c) {
    return new Row(
        c.getId(),
        ConsolePage.time(c.getReceivedAt()),
        c.getReceivedBy(),
        c.getComplainant(),
        c.getComplainantHolderNo(),
        c.getContact(),
        c.getChannel(),
        c.getSubject(),
        c.getText(),
        c.getTicketNo(),
        c.getStaffConcerned(),
        c.getStatus(),
        c.getInvestigator(),
        c.getReply(),
        c.getClosedAt() == null ? null : ConsolePage.time(c.getClosedAt()),
        c.getClosedBy());
  }

  /**
   * The complaints of the year shown per month (up to this month in the current year) beside the
   * same months of the year before and the target.
   */
  public void readMonths() {
    LocalDate today = LocalDate.now(ConsolePage.CAMPUS);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate end = year == today.getYear() ? today.plusDays(1) : first.plusYears(1);
    SortedMap<YearMonth, Long> counts = complaints.perMonth(instant(first), instant(end));
    SortedMap<YearMonth, Long> before =
        complaints.perMonth(instant(first.minusYears(1)), instant(end.minusYears(1)));
    List<Month> list = new ArrayList<>();
    long total = 0;
    long totalBefore = 0;
    for (var m : counts.entrySet()) {
      long count = m.getValue();
      long last = before.getOrDefault(m.getKey().minusYears(1), 0L);
      BigDecimal target = target(last);
      list.add(new Month(m.getKey().toString(), count, last, shown(target), keeps(count, target)));
      total += count;
      totalBefore += last;
    }
    months = list;
    yearCount = total;
    yearBeforeCount = totalBefore;
    yearTarget = target(totalBefore);
    yearMet = keeps(total, yearTarget);
    yearTarget = shown(yearTarget);
  }

  /** The year before's count less the reduction aimed at, exactly (two decimals). */
  static BigDecimal target(long yearBefore) {
    return BigDecimal.valueOf(
        yearBefore * (100L - ServiceStatistics.COMPLAINT_REDUCTION_TARGET_PERCENT), 2);
  }

  /** A target as shown: one decimal. */
  private static BigDecimal shown(BigDecimal target) {
    return target.setScale(1, RoundingMode.HALF_UP);
  }

  private static boolean keeps(long count, BigDecimal target) {
    return BigDecimal.valueOf(count).compareTo(target) <= 0;
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ConsolePage.CAMPUS).toInstant();
  }

  /** Whether the year shown keeps to the target so far. */
  public boolean isYearMet() {
    return yearMet;
  }

  /** Registers a complaint taken by phone, at the counter or otherwise. */
  public void register() {
    if (ConsoleSteps.blankToNull(complainant) == null
        && ConsoleSteps.blankToNull(holderNo) == null) {
      ConsolePage.error(
          "complaint:complainant", ConsolePage.bundle().getString("complaints.whoComplains"));
      return;
    }
    NewComplaint complaint =
        new NewComplaint(
            ConsoleSteps.blankToNull(complainant),
            ConsoleSteps.blankToNull(holderNo),
            ConsoleSteps.blankToNull(contact),
            channel,
            subject == null ? null : subject.strip(),
            text == null ? null : text.strip(),
            ConsoleSteps.blankToNull(ticketNo),
            ConsoleSteps.blankToNull(staffConcerned));
    if (ConsoleSteps.step(PAGE, () -> complaints.file(complaint), "complaints.registered")) {
      complainant = null;
      holderNo = null;
      contact = null;
      channel = ComplaintChannel.PHONE;
      subject = null;
      text = null;
      ticketNo = null;
      staffConcerned = null;
      refresh();
      readMonths();
    }
  }

  /** Takes a complaint up: it is being looked into. */
  public void investigate(long id) {
    ConsoleSteps.step(PAGE, () -> complaints.investigate(id), "complaints.investigating");
    refresh();
  }

  /** Picks the complaint the reply form answers, to resolve it or to reject it. */
  public void startReply(long id, boolean reject) {
    replyTo = id;
    rejecting = reject;
    reply = null;
  }

  /** Closes the complaint picked with the reply written: resolved, or rejected. */
  public void sendReply() {
    Long id = replyTo;
    if (id == null) {
      return;
    }
    String answer = reply == null ? null : reply.strip();
    boolean done =
        rejecting
            ? ConsoleSteps.step(PAGE, () -> complaints.reject(id, answer), "complaints.rejected")
            : ConsoleSteps.step(PAGE, () -> complaints.resolve(id, answer), "complaints.resolved");
    if (done) {
      replyTo = null;
      reply = null;
    }
    refresh();
  }

  /** Puts the reply form away. */
  public void cancelReply() {
    replyTo = null;
    reply = null;
  }

  /** The complaint the reply form answers, as listed. */
  public Row getReplied() {
    Long id = replyTo;
    return id == null ? null : rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
  }

  /** The years the monthly figures can show, this one first. */
  public List<Integer> getYears() {
    int now = LocalDate.now(ConsolePage.CAMPUS).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y > now - YEARS_BACK; y--) {
      years.add(y);
    }
    return years;
  }

  public int getReductionPercent() {
    return ServiceStatistics.COMPLAINT_REDUCTION_TARGET_PERCENT;
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }

  public ComplaintChannel[] getChannels() {
    return ComplaintChannel.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Month> getMonths() {
    return months;
  }

  public long getYearCount() {
    return yearCount;
  }

  public long getYearBeforeCount() {
    return yearBeforeCount;
  }

  public BigDecimal getYearTarget() {
    return yearTarget;
  }

  public String getComplainant() {
    return complainant;
  }

  public void setComplainant(String complainant) {
    this.complainant = complainant;
  }

  public String getHolderNo() {
    return holderNo;
  }

  public void setHolderNo(String holderNo) {
    this.holderNo = holderNo;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public void setChannel(ComplaintChannel channel) {
    this.channel = channel;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public void setTicketNo(String ticketNo) {
    this.ticketNo = ticketNo;
  }

  public String getStaffConcerned() {
    return staffConcerned;
  }

  public void setStaffConcerned(String staffConcerned) {
    this.staffConcerned = staffConcerned;
  }

  public Long getReplyTo() {
    return replyTo;
  }

  public boolean isRejecting() {
    return rejecting;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
