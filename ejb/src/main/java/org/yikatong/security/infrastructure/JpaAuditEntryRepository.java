package org.yikatong.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.security.domain.AuditEntry;
import org.yikatong.security.domain.AuditEntryRepository;
import org.yikatong.security.domain.AuditQuery;

/**
 * {@link AuditEntryRepository} over JPA; joins the caller's JTA transaction. It only persists and
 * reads: there is no update or delete of an entry anywhere.
 */
@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int first, int max) {
    Where where = where(query);
    TypedQuery<AuditEntry> q =
        em.createQuery(
            "select e from AuditEntry e" + where.jpql + " order by e.occurredAt desc, e.id desc",
            AuditEntry.class);
    where.parameters.forEach(q::setParameter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
  }

  @Override
  public long count(AuditQuery query) {
    Where where = where(query);
    TypedQuery<Long> q =
        em.createQuery("select count(e) from AuditEntry e" + where.jpql, Long.class);
    where.parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public List<AuditEntry> after(AuditQuery query, Instant afterAt, Long afterId, int max) {
    Where where = where(query);
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e").append(where.jpql);
    if (afterAt != null && afterId != null) {
      jpql.append(where.jpql.isEmpty() ? " where " : " and ")
          .append("(e.occurredAt > :afterAt or (e.occurredAt = :afterAt and e.id > :afterId))");
      where.parameters.put("afterAt", afterAt);
      where.parameters.put("afterId", afterId);
    }
    jpql.append(" order by e.occurredAt, e.id");
    TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
    where.parameters.forEach(q::setParameter);
    return q.setMaxResults(Math.max(1, max)).getResultList();
  }

  private record Where(String jpql, Map<String, Object> parameters) {}

  /** The conditions of a query: the actor exactly, action and target by their beginning. */
  private static Where where(AuditQuery query) {
    StringBuilder jpql = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (query.actor() != null) {
      and(jpql, "e.actor = :actor");
      parameters.put("actor", query.actor());
    }
    if (query.action() != null) {
      and(jpql, "e.action like :action escape '!'");
      parameters.put("action", prefix(query.action()));
    }
    if (query.target() != null) {
      and(jpql, "e.target like :target escape '!'");
      parameters.put("target", prefix(query.target()));
    }
    if (query.from() != null) {
      and(jpql, "e.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      and(jpql, "e.occurredAt < :to");
      parameters.put("to", query.to());
    }
    return new Where(jpql.toString(), parameters);
  }

  private static void and(StringBuilder jpql, String condition) {
    jpql.append(jpql.isEmpty() ? " where " : " and ").append(condition);
  }

  /** A LIKE pattern for values beginning with the text, its wildcards taken literally. */
  static String prefix(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
