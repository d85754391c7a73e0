package org.yikatong.web.console.helpdesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.MaintenanceRequests;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * One maintenance request (维护申请单) through its form flow: review or rejection, the plan agreed with
 * the user, the implementation started and recorded, verification, the user's confirmation and the
 * archive; the contract's deadlines of a custom request with their countdowns; the history; and the
 * form with its whole history as a PDF to print and sign.
 */
@Named
@ViewScoped
public class MaintenanceRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The request as shown. */
  public record Shown(
      String requestNo,
      MaintenanceKind kind,
      boolean customRequest,
      MaintenanceStatus status,
      String requestingUnit,
      String requesterName,
      String requesterContact,
      String ticketNo,
      String terminal,
      String title,
      String description,
      String handlingOpinion,
      String rejectionReason,
      String plan,
      String planAgreedBy,
      boolean started,
      String implementation,
      String verification,
      String userConfirmation,
      String confirmedBy,
      String createdAt,
      String createdBy)
      implements Serializable {}

  /** A contract deadline of a custom request and its countdown's state. */
  public record Deadline(
      MaintenanceDeadline deadline,
      String dueAt,
      Long dueEpochMilli,
      String metAt,
      SlaClock clock,
      boolean breached)
      implements Serializable {}

  /** One line of the history. */
  public record Line(
      String at,
      String actor,
      String kind,
      MaintenanceStatus from,
      MaintenanceStatus to,
      String text)
      implements Serializable {}

  @Inject MaintenanceRequests requests;
  @Inject ConsoleTransactions transactions;

  private String no;
  private Shown shown;
  private List<Deadline> deadlines = List.of();
  private List<Line> history = List.of();
  private String text;
  private String by;

  /** Loads the request named by the page's {@code no} parameter. */
  public void load() {
    if (shown == null || !shown.requestNo().equals(no)) {
      reload();
    }
  }

  private void reload() {
    if (no == null || no.isBlank()) {
      shown = null;
      return;
    }
    try {
      transactions.run(() -> read(requests.find(no.strip())));
    } catch (RequestRefusedException refused) {
      shown = null;
      ConsolePage.refused(refused);
    }
  }

  private void read(MaintenanceRequest r) {
    shown =
        new Shown(
            r.getRequestNo(),
            r.getKind(),
            r.getKind().isCustomRequest(),
            r.getStatus(),
            r.getRequestingUnit(),
            r.getRequesterName(),
            r.getRequesterContact(),
            r.getTicket() == null ? null : r.getTicket().getTicketNo(),
            r.getTerminalCode(),
            r.getTitle(),
            r.getDescription(),
            r.getHandlingOpinion(),
            r.getRejectionReason(),
            r.getPlan(),
            r.getPlanAgreedBy(),
            r.getStartedAt() != null,
            r.getImplementation(),
            r.getVerification(),
            r.getUserConfirmation(),
            r.getConfirmedBy(),
            ConsolePage.time(r.getCreatedAt()),
            r.getCreatedBy());
    Instant now = ConsolePage.now();
    deadlines =
        Arrays.stream(MaintenanceDeadline.values())
            .filter(d -> r.due(d) != null)
            .map(
                d -> {
                  Instant due = r.due(d);
                  Instant met = r.metAt(d);
                  return new Deadline(
                      d,
                      ConsolePage.time(due),
                      due.toEpochMilli(),
                      met == null ? null : ConsolePage.time(met),
                      SlaClock.of(due, met, false, now),
                      r.breachedAt(d) != null);
                })
            .toList();
    List<Line> lines = new ArrayList<>();
    r.getEvents()
        .forEach(
            e ->
                lines.add(
                    new Line(
                        ConsolePage.time(e.getAt()),
                        e.getActor(),
                        e.getKind(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getText())));
    Collections.reverse(lines);
    history = lines;
  }

  /** The step the request's status calls for next, as the page's form offers it. */
  public String getNextStep() {
    if (shown == null) {
      return null;
    }
    return switch (shown.status()) {
      case SUBMITTED -> "review";
      case REVIEWED -> "plan";
      case PLAN_AGREED -> shown.started() ? "implement" : "start";
      case IMPLEMENTED -> "verify";
      case VERIFIED -> "confirm";
      case CONFIRMED -> "archive";
      case ARCHIVED, REJECTED -> null;
    };
  }

  /** Takes the next step with the text typed in; done, the request is shown anew. */
  public void step() {
    String step = getNextStep();
    if (step == null) {
      return;
    }
    boolean textOptional = step.equals("start") || step.equals("archive");
    if (!textOptional && (text == null || text.isBlank())) {
      ConsolePage.error("request:text", ConsolePage.bundle().getString("form.required"));
      return;
    }
    String t = text == null || text.isBlank() ? null : text.strip();
    String who = by == null || by.isBlank() ? null : by.strip();
    act(
        () -> {
          switch (step) {
            case "review" -> requests.review(no, t);
            case "plan" -> requests.agreePlan(no, t, who);
            case "start" -> requests.startImplementation(no, t);
            case "implement" -> requests.implement(no, t);
            case "verify" -> requests.verify(no, t);
            case "confirm" -> requests.confirm(no, t, who);
            case "archive" -> requests.archive(no, t);
            default -> throw new IllegalStateException(step);
          }
        },
        "maint.done." + step);
  }

  /** Refuses the request at review, with the reason typed in. */
  public void reject() {
    if (text == null || text.isBlank()) {
      ConsolePage.error("request:text", ConsolePage.bundle().getString("form.required"));
      return;
    }
    String reason = text.strip();
    act(() -> requests.reject(no, reason), "maint.done.rejected");
  }

  private void act(Runnable change, String doneKey) {
    try {
      transactions.run(change);
      ConsolePage.info(doneKey);
      text = null;
      by = null;
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    }
    reload();
  }

  /** The form with its whole history, as a PDF. */
  public StreamedContent getFormPdf() {
    String requestNo = no;
    byte[] pdf = requests.formPdf(requestNo);
    return DefaultStreamedContent.builder()
        .name(requestNo + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public long getWarningMillis() {
    return SlaClock.WARNING_BEFORE.toMillis();
  }

  /** The label of a history entry's kind, or the kind itself when the bundle has none. */
  public String kindLabel(String kind) {
    return ConsolePage.text("maint.event." + kind, kind);
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public Shown getShown() {
    return shown;
  }

  public List<Deadline> getDeadlines() {
    return deadlines;
  }

  public List<Line> getHistory() {
    return history;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }
}
