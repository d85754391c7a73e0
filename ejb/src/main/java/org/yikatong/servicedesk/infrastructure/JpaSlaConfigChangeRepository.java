package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.servicedesk.domain.contract.SlaConfigChange;
import org.yikatong.servicedesk.domain.contract.SlaConfigChangeRepository;

/** {@link SlaConfigChangeRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaSlaConfigChangeRepository implements SlaConfigChangeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SlaConfigChange change) {
    em.persist(change);
  }

  @Override
  public List<SlaConfigChange> newestFirst(int max) {
    return em.createQuery(
            "select c from SlaConfigChange c order by c.id desc", SlaConfigChange.class)
        .setMaxResults(max)
        .getResultList();
  }
}
