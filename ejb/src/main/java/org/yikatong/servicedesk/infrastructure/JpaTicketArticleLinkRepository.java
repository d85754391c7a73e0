package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLink;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLinkRepository;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/** {@link TicketArticleLinkRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTicketArticleLinkRepository implements TicketArticleLinkRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TicketArticleLink link) {
    em.persist(link);
  }

  @Override
  public void remove(TicketArticleLink link) {
    em.remove(link);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<TicketArticleLink> find(Ticket ticket, KnowledgeArticle article) {
    return em.createQuery(
            "select l from TicketArticleLink l where l.ticket = :t and l.article = :a",
            TicketArticleLink.class)
        .setParameter("t", ticket)
        .setParameter("a", article)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TicketArticleLink> findByTicket(Ticket ticket) {
    return em.createQuery(
            "select l from TicketArticleLink l join fetch l.article where l.ticket = :t"
                + " order by l.id",
            TicketArticleLink.class)
        .setParameter("t", ticket)
        .getResultList();
  }
}
