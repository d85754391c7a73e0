package org.yikatong.web.console.helpdesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.MaintenanceRequests;
import org.yikatong.servicedesk.application.NewMaintenanceRequest;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.web.console.ConsolePage;

/**
 * The maintenance requests (维护申请单) for the helpdesk: the list narrowed by kind and status, and the
 * form a new request is written on; a request written from a ticket starts with the ticket's
 * reporter, terminal and fault filled in.
 */
@Named
@ViewScoped
public class MaintenanceRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One request of the list. */
  public record Row(
      String requestNo,
      MaintenanceKind kind,
      MaintenanceStatus status,
      String title,
      String requester,
      String ticketNo,
      String createdAt)
      implements Serializable {}

  @Inject MaintenanceRequests requests;
  @Inject Tickets tickets;
  @Inject org.yikatong.web.console.ConsoleTransactions transactions;

  private MaintenanceKind kind;
  private MaintenanceStatus status;
  private List<Row> rows = List.of();

  private String fromTicket;
  private MaintenanceKind newKind = MaintenanceKind.CORRECTIVE;
  private String unit;
  private String name;
  private String contact;
  private String ticketNo;
  private String terminal;
  private String title;
  private String description;

  /** Lists the requests; a {@code ticket} parameter opens the form filled in from that ticket. */
  public void load() {
    search();
    if (fromTicket != null && !fromTicket.isBlank() && ticketNo == null) {
      try {
        Ticket t = tickets.find(fromTicket.strip());
        ticketNo = t.getTicketNo();
        terminal = t.getTerminalCode();
        name = t.getReporterName();
        contact = t.getReporterContact();
        title = t.getTitle();
        description = t.getDescription();
      } catch (RequestRefusedException refused) {
        ConsolePage.refused(refused);
      }
    }
  }

  public void search() {
    rows = transactions.call(this::read);
  }

  private List<Row> read() {
    return requests.list(kind, status, 200).stream()
        .map(
            r ->
                new Row(
                    r.getRequestNo(),
                    r.getKind(),
                    r.getStatus(),
                    r.getTitle(),
                    join(r.getRequestingUnit(), r.getRequesterName()),
                    r.getTicket() == null ? null : r.getTicket().getTicketNo(),
                    ConsolePage.time(r.getCreatedAt())))
        .toList();
  }

  /** Submits the form; done, the new request's page opens. */
  public String submit() {
    try {
      MaintenanceRequest r =
          requests.submit(
              new NewMaintenanceRequest(
                  newKind,
                  blankToNull(unit),
                  blankToNull(name),
                  blankToNull(contact),
                  blankToNull(ticketNo),
                  blankToNull(terminal),
                  title,
                  description));
      ConsolePage.keepMessages();
      ConsolePage.info("maint.done.submitted");
      return "/desk/request?faces-redirect=true&no=" + r.getRequestNo();
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
      return null;
    }
  }

  public MaintenanceKind[] getKinds() {
    return MaintenanceKind.values();
  }

  public MaintenanceStatus[] getStatuses() {
    return MaintenanceStatus.values();
  }

  private static String join(String a, String b) {
    return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public List<Row> getRows() {
    return rows;
  }

  public MaintenanceKind getKind() {
    return kind;
  }

  public void setKind(MaintenanceKind kind) {
    this.kind = kind;
  }

  public MaintenanceStatus getStatus() {
    return status;
  }

  public void setStatus(MaintenanceStatus status) {
    this.status = status;
  }

  public String getFromTicket() {
    return fromTicket;
  }

  public void setFromTicket(String fromTicket) {
    this.fromTicket = fromTicket;
  }

  public MaintenanceKind getNewKind() {
    return newKind;
  }

  public void setNewKind(MaintenanceKind newKind) {
    this.newKind = newKind;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public void setTicketNo(String ticketNo) {
    this.ticketNo = ticketNo;
  }

  public String getTerminal() {
    return terminal;
  }

  public void setTerminal(String terminal) {
    this.terminal = terminal;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
