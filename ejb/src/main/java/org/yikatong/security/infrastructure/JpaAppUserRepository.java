package org.yikatong.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;

/** {@link AppUserRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAppUserRepository implements AppUserRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AppUser user) {
    em.persist(user);
  }

  @Override
  public Optional<AppUser> findByUsername(String username) {
    return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }
}
