package org.yikatong.servicedesk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.ArticleSearch;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticleRepository;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLink;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLinkRepository;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;

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
  @Inject KnowledgeArticleRepository articles;
  @Inject TicketArticleLinkRepository links;
  @Inject TicketRepository tickets;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
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
    articles.add(article);
    articles
        .flush(); // in the database before anything locks it (publishing in the same transaction)
    return article;
  }

  /** A new revision of the article's text; a retired article is refused (409). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
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
  @Audited
  public KnowledgeArticle publish(long id) {
    return step(id, a -> a.publish(clock.instant(), caller.name()));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public KnowledgeArticle retire(long id) {
    return step(id, a -> a.retire(clock.instant(), caller.name()));
  }

  /**
   * Writes and publishes a public FAQ entry at once, for areas that publish questions and answers
   * with an event of their own (an emergency); they keep it by its id.
   *
   * @return the article's id
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public long publishFaqEntry(@NotNull @Valid ArticleText text) {
    if (text.audience() != ArticleAudience.PUBLIC) {
      throw RequestRefusedException.invalid("A FAQ entry is for the public");
    }
    KnowledgeArticle article = create(text);
    article.publish(clock.instant(), caller.name());
    return article.getId();
  }

  /** Retires a FAQ entry published by {@link #publishFaqEntry}; one retired already stays so. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public void retireFaqEntry(long id) {
    KnowledgeArticle article =
        articles
            .lockById(id)
            .orElseThrow(() -> RequestRefusedException.notFound("No knowledge article " + id));
    if (article.getStatus() == ArticleStatus.PUBLISHED) {
      article.retire(clock.instant(), caller.name());
    }
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public KnowledgeArticle find(long id) {
    return articles
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No knowledge article " + id));
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
    return articles
        .findById(id)
        .filter(KnowledgeArticle::isPublicFaq)
        .orElseThrow(() -> RequestRefusedException.notFound("No FAQ entry " + id));
  }

  /** Links an article to a ticket; linking it again changes nothing. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public List<TicketArticleLink> link(@NotBlank String ticketNo, long articleId) {
    Ticket ticket = ticket(ticketNo, true);
    KnowledgeArticle article = find(articleId);
    if (links.find(ticket, article).isEmpty()) {
      links.add(new TicketArticleLink(ticket, article, clock.instant(), caller.name()));
      links.flush();
    }
    return links.findByTicket(ticket);
  }

  /** Removes a link; 404 when the ticket, the article or the link is unknown. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN})
  @Audited
  public List<TicketArticleLink> unlink(@NotBlank String ticketNo, long articleId) {
    Ticket ticket = ticket(ticketNo, true);
    TicketArticleLink link =
        links
            .find(ticket, find(articleId))
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "Article " + articleId + " is not linked to ticket " + ticketNo));
    links.remove(link);
    links.flush();
    return links.findByTicket(ticket);
  }

  /** The articles linked to a ticket, in the order they were linked. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<TicketArticleLink> linked(@NotBlank String ticketNo) {
    return links.findByTicket(ticket(ticketNo, false));
  }

  private List<KnowledgeArticle> search(
      String query,
      ArticleStatus status,
      ArticleAudience audience,
      TicketCategory category,
      int max) {
    List<String> terms = ArticleSearch.terms(query);
    int limit = Math.min(Math.max(1, max), 200);
    List<KnowledgeArticle> found =
        articles.search(status, audience, category, terms, terms.isEmpty() ? limit : CANDIDATES);
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
    KnowledgeArticle article =
        articles
            .lockById(id)
            .orElseThrow(() -> RequestRefusedException.notFound("No knowledge article " + id));
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
    // Locking the ticket serializes concurrent links of the same article (no duplicate key race).
    return (lock ? tickets.lockByNumber(ticketNo) : tickets.findByNumber(ticketNo))
        .orElseThrow(() -> RequestRefusedException.notFound("No ticket " + ticketNo));
  }
}
