package org.yikatong.spareparts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.spareparts.domain.Depot;
import org.yikatong.spareparts.domain.DepotRepository;

/** {@link DepotRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDepotRepository implements DepotRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Depot depot) {
    em.persist(depot);
  }

  @Override
  public Optional<Depot> findByCode(String code) {
    return em.createQuery("select d from Depot d where d.code = :c", Depot.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Depot> findAll() {
    return em.createQuery("select d from Depot d order by d.code", Depot.class).getResultList();
  }
}
