package org.yikatong.terminal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantRepository;

/** {@link MerchantRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaMerchantRepository implements MerchantRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Merchant merchant) {
    em.persist(merchant);
  }

  @Override
  public Optional<Merchant> findByCode(String code) {
    return em.createQuery("select m from Merchant m where m.code = :code", Merchant.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Merchant> findAll() {
    return em.createQuery("select m from Merchant m order by m.code", Merchant.class)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(m) from Merchant m", Long.class).getSingleResult();
  }
}
