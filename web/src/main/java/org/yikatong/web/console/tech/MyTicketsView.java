package org.yikatong.web.console.tech;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.TicketQueueFilter;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.helpdesk.SlaClock;
import org.yikatong.web.console.helpdesk.TicketQueueView;

/**
 * A technician's own tickets, the one due soonest first, each with the countdown to its next
 * deadline; the page polls for tickets newly assigned.
 */
@Named
@ViewScoped
public class MyTicketsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  private List<TicketQueueView.Row> rows = List.of();

  @PostConstruct
  void load() {
    refresh();
  }

  public void refresh() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    Instant now = ConsolePage.now();
    rows =
        tickets.listQueue(new TicketQueueFilter(null, null, me, null, false, 200)).stream()
            .map(t -> TicketQueueView.row(t, now))
            .toList();
  }

  public List<TicketQueueView.Row> getRows() {
    return rows;
  }

  public long getWarningMillis() {
    return SlaClock.WARNING_BEFORE.toMillis();
  }
}
