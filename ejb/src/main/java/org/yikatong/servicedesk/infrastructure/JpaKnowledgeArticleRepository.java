package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.ArticleSearch;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticleRepository;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/** {@link KnowledgeArticleRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaKnowledgeArticleRepository implements KnowledgeArticleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(KnowledgeArticle article) {
    em.persist(article);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<KnowledgeArticle> findById(long id) {
    return Optional.ofNullable(em.find(KnowledgeArticle.class, id));
  }

  @Override
  public Optional<KnowledgeArticle> lockById(long id) {
    return Optional.ofNullable(em.find(KnowledgeArticle.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<KnowledgeArticle> search(
      ArticleStatus status,
      ArticleAudience audience,
      TicketCategory category,
      List<String> terms,
      int max) {
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
    return q.setMaxResults(max).getResultList();
  }
}
