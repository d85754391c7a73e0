package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yikatong.terminal.domain.RrnGap;
import org.yikatong.terminal.domain.RrnGapRepository;

/** {@link RrnGapRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaRrnGapRepository implements RrnGapRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(RrnGap gap) {
    em.persist(gap);
  }

  @Override
  public List<RrnGap> latest(int max) {
    return em.createQuery("select g from RrnGap g order by g.id desc", RrnGap.class)
        .setMaxResults(max)
        .getResultList();
  }
}
