package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.ArticleSearch;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLink;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * The knowledge base and FAQ: the helpdesk and administrators write, publish and retire articles;
 * staff search all of them; the channels (WeChat, app) read the published public ones without
 * login. Tickets link the articles that helped. Search: {@link ArticleSearch}.
 */
@Stateless
public class KnowledgeBase {

  /** Candidates fetched from the database per search before ranking. */
  static final int CANDIDATES = 500;

  @Inject Caller caller;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public KnowledgeArticle create(@NotNull @Valid ArticleText text) {
    KnowledgeArticle article =
        refusing(
            () ->
                new KnowledgeArticle(
                    text.title(),
                    text.body(),
                    text.category(),
                    text.tags(),
                    text.keywords(),
                    text.audience(),
                    clock.instant(),
                    caller.name()));
    em.persist(article);
    em.flush(); // in the database before anything locks it (publishing in the same transaction)
    return article;
  }

  /** A new revision of the article's text; a retired article is refused (409). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public KnowledgeArticle update(long id, @NotNull @Valid ArticleText text) {
    return step(
        id,
        a ->
            a.edit(
                text.title(),
                text.body(),
                text.category(),
                text.tags(),
                text.keywords(),
                text.audience(),
                clock.instant(),
                caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public KnowledgeArticle publish(long id) {
    return step(id, a -> a.publish(clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public KnowledgeArticle retire(long id) {
    return step(id, a -> a.retire(clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public KnowledgeArticle find(long id) {
    KnowledgeArticle article = em.find(KnowledgeArticle.class, id);
    if (article == null) {
      throw RequestRefusedException.notFound("No knowledge article " + id);
    }
    return article;
  }

  /**
   * Staff search over every article, ranked (title hits first); a blank query lists the articles
   * most recently changed first.
   *
   * @param status only articles in this status, or all
   * @param audience only articles for this audience, or all
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<KnowledgeArticle> search(
      String query, ArticleStatus status, ArticleAudience audience, int max) {
    return search(query, status, audience, null, max);
  }

  /** The FAQ for the channels: published public articles only, searched like {@link #search}. */
  @PermitAll
  public List<KnowledgeArticle> faq(String query, TicketCategory category, int max) {
    return search(query, ArticleStatus.PUBLISHED, ArticleAudience.PUBLIC, category, max);
  }

  /** One FAQ entry; anything but a published public article does not exist here (404). */
  @PermitAll
  public KnowledgeArticle faqEntry(long id) {
    KnowledgeArticle article = em.find(KnowledgeArticle.class, id);
    if (article == null || !article.isPublicFaq()) {
      throw RequestRefusedException.notFound("No FAQ entry " + id);
    }
    return article;
  }

  /** Links an article to a ticket; linking it again changes nothing. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public List<TicketArticleLink> link(@NotBlank String ticketNo, long articleId) {
    Ticket ticket = ticket(ticketNo, true);
    KnowledgeArticle article = find(articleId);
    if (linkOf(ticket, article) == null) {
      em.persist(new TicketArticleLink(ticket, article, clock.instant(), caller.name()));
      em.flush();
    }
    return links(ticket);
  }

  /** Removes a link; 404 when the ticket, the article or the link is unknown. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  public List<TicketArticleLink> unlink(@NotBlank String ticketNo, long articleId) {
    Ticket ticket = ticket(ticketNo, true);
    TicketArticleLink link = linkOf(ticket, find(articleId));
    if (link == null) {
      throw RequestRefusedException.notFound(
          "Article " + articleId + " is not linked to ticket " + ticketNo);
    }
    em.remove(link);
    em.flush();
    return links(ticket);
  }

  /** The articles linked to a ticket, in the order they were linked. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<TicketArticleLink> linked(@NotBlank String ticketNo) {
    return links(ticket(ticketNo, false));
  }

  private List<KnowledgeArticle> search(
      String query,
      ArticleStatus status,
      ArticleAudience audience,
      TicketCategory category,
      int max) {
    List<String> terms = ArticleSearch.terms(query);
    StringBuilder jpql = new StringBuilder("select a from KnowledgeArticle a where 1 = 1");
    if (status != null) {
      jpql.append(" and a.status = :status");
    }
    if (audience != null) {
      jpql.append(" and a.audience = :audience");
    }
    if (category != null) {
      jpql.append(" and a.category = :category");
    }
    if (!terms.isEmpty()) {
      jpql.append(" and (");
      for (int i = 0; i < terms.size(); i++) {
        String like = " like :t" + i + " escape '" + ArticleSearch.LIKE_ESCAPE + "'";
        jpql.append(i == 0 ? "" : " or ")
            .append("lower(a.title)")
            .append(like)
            .append(" or lower(a.keywords)")
            .append(like)
            .append(" or lower(a.body)")
            .append(like);
      }
      jpql.append(")");
    }
    jpql.append(" order by a.updatedAt desc, a.id desc");
    TypedQuery<KnowledgeArticle> q = em.createQuery(jpql.toString(), KnowledgeArticle.class);
    if (status != null) {
      q.setParameter("status", status);
    }
    if (audience != null) {
      q.setParameter("audience", audience);
    }
    if (category != null) {
      q.setParameter("category", category);
    }
    for (int i = 0; i < terms.size(); i++) {
      q.setParameter("t" + i, ArticleSearch.likePattern(terms.get(i)));
    }
    int limit = Math.min(Math.max(1, max), 200);
    List<KnowledgeArticle> found =
        q.setMaxResults(terms.isEmpty() ? limit : CANDIDATES).getResultList();
    if (terms.isEmpty()) {
      return found;
    }
    // Stable sort: equal ranks keep the most recently changed first.
    return found.stream()
        .sorted(Comparator.comparingInt((KnowledgeArticle a) -> a.score(terms)).reversed())
        .limit(limit)
        .toList();
  }

  private KnowledgeArticle step(long id, Consumer<KnowledgeArticle> change) {
    KnowledgeArticle article = em.find(KnowledgeArticle.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      throw RequestRefusedException.notFound("No knowledge article " + id);
    }
    refusing(
        () -> {
          change.accept(article);
          return article;
        });
    return article;
  }

  private static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  private Ticket ticket(String ticketNo, boolean lock) {
    Long id =
        em.createQuery("select t.id from Ticket t where t.ticketNo = :n", Long.class)
            .setParameter("n", ticketNo)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
    // Locking the ticket serializes concurrent links of the same article (no duplicate key race).
    return lock
        ? em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE)
        : em.find(Ticket.class, id);
  }

  private TicketArticleLink linkOf(Ticket ticket, KnowledgeArticle article) {
    return em.createQuery(
            "select l from TicketArticleLink l where l.ticket = :t and l.article = :a",
            TicketArticleLink.class)
        .setParameter("t", ticket)
        .setParameter("a", article)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<TicketArticleLink> links(Ticket ticket) {
    return em.createQuery(
            "select l from TicketArticleLink l join fetch l.article where l.ticket = :t"
                + " order by l.id",
            TicketArticleLink.class)
        .setParameter("t", ticket)
        .getResultList();
  }
}
