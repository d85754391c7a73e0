package org.yikatong.servicedesk.domain.knowledge;

import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/** The links between tickets and the articles that helped with them. */
public interface TicketArticleLinkRepository {

  void add(TicketArticleLink link);

  void remove(TicketArticleLink link);

  /**
   * Writes the transaction's pending changes to the database now, so a link's unique key is checked
   * within the step that added it.
   */
  void flush();

  Optional<TicketArticleLink> find(Ticket ticket, KnowledgeArticle article);

  /** The links of a ticket with their articles, in the order they were made. */
  List<TicketArticleLink> findByTicket(Ticket ticket);
}
