package org.yikatong.servicedesk.domain.knowledge;

import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/** Knowledge base articles with their revisions. */
public interface KnowledgeArticleRepository {

  void add(KnowledgeArticle article);

  /**
   * Writes the transaction's pending changes to the database now: a new article is there before
   * anything locks it.
   */
  void flush();

  Optional<KnowledgeArticle> findById(long id);

  /** The article, locked for update until the transaction ends. */
  Optional<KnowledgeArticle> lockById(long id);

  /**
   * Articles matching every filter given (a null one is no filter) and, with terms, any term in the
   * title, keywords or body ({@link ArticleSearch}); most recently changed first, at most {@code
   * max}.
   */
  List<KnowledgeArticle> search(
      ArticleStatus status,
      ArticleAudience audience,
      TicketCategory category,
      List<String> terms,
      int max);
}
