package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.terminal.domain.GatewayConnectionRecord;
import org.yikatong.terminal.domain.GatewayConnectionRepository;

/** {@link GatewayConnectionRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaGatewayConnectionRepository implements GatewayConnectionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(GatewayConnectionRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<GatewayConnectionRecord> findByConnectionId(String connectionId) {
    return em.createQuery(
            "select g from GatewayConnectionRecord g where g.connectionId = :cid",
            GatewayConnectionRecord.class)
        .setParameter("cid", connectionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<GatewayConnectionRecord> findOpenOf(String nodeName, Instant openedBy) {
    return em.createQuery(
            "select g from GatewayConnectionRecord g where g.nodeName = :node"
                + " and g.closedAt is null and g.openedAt <= :by order by g.openedAt, g.id",
            GatewayConnectionRecord.class)
        .setParameter("node", nodeName)
        .setParameter("by", openedBy)
        .getResultList();
  }

  @Override
  public List<GatewayConnectionRecord> findRecent(int limit) {
    return em.createQuery(
            "select g from GatewayConnectionRecord g order by g.openedAt desc, g.id desc",
            GatewayConnectionRecord.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
