package org.yikatong.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yikatong.kernel.infrastructure.LockingQueries;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.security.domain.UserStatus;

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

  @Override
  public Optional<AppUser> lockByUsername(String username) {
    return LockingQueries.lockedByKey(
        em,
        em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
            .setParameter("name", username),
        AppUser.class,
        u -> u.getUsername().equals(username));
  }

  @Override
  public List<AppUser> search(String text, boolean withCardHolders, int max) {
    String like = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    String holders =
        withCardHolders
            ? ""
            : " and exists (select r from AppUser s join s.roles r where s = u and r <> :holder)";
    var query =
        em.createQuery(
                "select u from AppUser u where (lower(u.username) like :like"
                    + " or lower(u.displayName) like :like)"
                    + holders
                    + " order by u.username",
                AppUser.class)
            .setParameter("like", like)
            .setMaxResults(max);
    if (!withCardHolders) {
      query.setParameter("holder", Role.CARDHOLDER);
    }
    return query.getResultList();
  }

  @Override
  public long countActiveWithRole(String role) {
    return em.createQuery(
            "select count(u) from AppUser u join u.roles r where r = :role and u.status = :active",
            Long.class)
        .setParameter("role", role)
        .setParameter("active", UserStatus.ACTIVE)
        .getSingleResult();
  }
}
