package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.roster.DutyPost;
import org.yikatong.servicedesk.domain.roster.DutyPostRepository;
import org.yikatong.servicedesk.domain.roster.DutyRosterEntry;

/** {@link DutyPostRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDutyPostRepository implements DutyPostRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<DutyPost> findAll() {
    return em.createQuery("select p from DutyPost p order by p.code", DutyPost.class)
        .getResultList();
  }

  @Override
  public Optional<DutyPost> findById(Long id) {
    return Optional.ofNullable(em.find(DutyPost.class, id));
  }

  @Override
  public List<DutyRosterEntry> entriesFor(DutyPost post, LocalDate day) {
    return em.createQuery(
            "select e from DutyRosterEntry e where e.post = :p and (e.day = :d or e.day is null)",
            DutyRosterEntry.class)
        .setParameter("p", post)
        .setParameter("d", day)
        .getResultList();
  }

  @Override
  public void add(DutyPost post) {
    em.persist(post);
  }

  @Override
  public Optional<DutyPost> findByCode(String code) {
    return em.createQuery("select p from DutyPost p where p.code = :c", DutyPost.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DutyPost> lockByCode(String code) {
    return em.createQuery("select p from DutyPost p where p.code = :c", DutyPost.class)
        .setParameter("c", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lock(DutyPost post) {
    em.lock(post, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void add(DutyRosterEntry entry) {
    em.persist(entry);
  }

  @Override
  public Optional<DutyRosterEntry> findEntry(DutyPost post, LocalDate day) {
    var query =
        em.createQuery(
            day == null
                ? "select e from DutyRosterEntry e where e.post = :p and e.day is null"
                : "select e from DutyRosterEntry e where e.post = :p and e.day = :d",
            DutyRosterEntry.class);
    query.setParameter("p", post);
    if (day != null) {
      query.setParameter("d", day);
    }
    return query.getResultStream().findFirst();
  }
}
