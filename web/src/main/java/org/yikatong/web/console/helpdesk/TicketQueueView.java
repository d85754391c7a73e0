package org.yikatong.web.console.helpdesk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.servicedesk.application.TicketQueueFilter;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.servicedesk.domain.ticket.TicketStatus;
import org.yikatong.web.console.ConsolePage;

/**
 * The helpdesk's ticket queue: the tickets still to be worked on, the one due soonest first, each
 * with the countdown to its next deadline coloured by urgency. The page polls for changes; the
 * countdowns tick in the browser between polls.
 */
@Named
@ViewScoped
public class TicketQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the queue, as shown. */
  public record Row(
      String ticketNo,
      TicketLevel level,
      TicketStatus status,
      String title,
      String terminal,
      String location,
      String assignee,
      String reporter,
      String createdAt,
      Long dueEpochMilli,
      String dueAt,
      SlaClock clock,
      int escalationStep)
      implements Serializable {}

  @Inject Tickets tickets;

  private TicketStatus status;
  private TicketLevel level;
  private String assignee;
  private String text;
  private boolean withResolved;
  private List<Row> rows = new ArrayList<>();
  private Instant refreshedAt;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the queue again with the filters as they stand. */
  public void refresh() {
    Instant now = ConsolePage.now();
    String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
    if ("-".equals(who)) {
      who = "";
    }
    rows =
        tickets
            .listQueue(new TicketQueueFilter(status, level, who, text, withResolved, 500))
            .stream()
            .map(t -> row(t, now))
            .toList();
    refreshedAt = now;
  }

  /** Clears the filters. */
  public void clear() {
    status = null;
    level = null;
    assignee = null;
    text = null;
    withResolved = false;
    refresh();
  }

  /** A ticket as one line of a queue, its countdown as it stands at {@code now}. */
  public static Row row(Ticket t, Instant now) {
    Instant due = t.nextDue();
    boolean paused = !t.getStatus().clockRuns();
    return new Row(
        t.getTicketNo(),
        t.getLevel(),
        t.getStatus(),
        t.getTitle(),
        t.getTerminalCode(),
        t.getLocation(),
        t.getAssignee(),
        t.getReporterName(),
        ConsolePage.time(t.getCreatedAt()),
        due == null ? null : due.toEpochMilli(),
        ConsolePage.time(due),
        SlaClock.of(due, null, paused, now),
        t.getEscalationStep());
  }

  /** How many of the rows are past a deadline. */
  public long getOverdue() {
    return rows.stream().filter(r -> r.clock() == SlaClock.OVERDUE).count();
  }

  /** How many of the rows are within the warning time of a deadline. */
  public long getWarning() {
    return rows.stream().filter(r -> r.clock() == SlaClock.WARNING).count();
  }

  public long getWarningMillis() {
    return SlaClock.WARNING_BEFORE.toMillis();
  }

  public String getRefreshedAt() {
    return ConsolePage.time(refreshedAt);
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public TicketLevel[] getLevels() {
    return TicketLevel.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public TicketLevel getLevel() {
    return level;
  }

  public void setLevel(TicketLevel level) {
    this.level = level;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isWithResolved() {
    return withResolved;
  }

  public void setWithResolved(boolean withResolved) {
    this.withResolved = withResolved;
  }
}
