package org.yikatong.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yikatong.servicedesk.application.TicketResponsibilityChanged;

/** Test helper deployed with in-container tests: keeps every responsibility change it hears of. */
@ApplicationScoped
public class ResponsibilityChangesHeard {

  private final List<TicketResponsibilityChanged> heard = new CopyOnWriteArrayList<>();

  void on(@Observes TicketResponsibilityChanged change) {
    heard.add(change);
  }

  /** The changes of one ticket, in the order heard. */
  public List<TicketResponsibilityChanged> of(String ticketNo) {
    return heard.stream().filter(c -> c.ticketNo().equals(ticketNo)).toList();
  }
}
