package org.yikatong.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    // The row is locked in SQL, then the user read under the lock: a locking query would lock the
    // user's roles too (they are fetched with it) and check a version read before the lock.
    List<?> ids =
        em.createNativeQuery("select id from app_user where username = ? for update")
            .setParameter(1, username)
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    AppUser user = em.find(AppUser.class, ((Number) ids.get(0)).longValue());
    em.refresh(user);
    return Optional.of(user);
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
