package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.finance.domain.backup.JournalExport;
import org.yikatong.finance.domain.backup.JournalExportRepository;

/** {@link JournalExportRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaJournalExportRepository implements JournalExportRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(JournalExport export) {
    em.persist(export);
    em.flush(); // the unique business date is checked now, not at commit
  }

  @Override
  public Optional<JournalExport> find(long id) {
    return Optional.ofNullable(em.find(JournalExport.class, id));
  }

  @Override
  public Optional<JournalExport> findByDay(LocalDate businessDate) {
    return em.createQuery(
            "select e from JournalExport e where e.businessDate = :d", JournalExport.class)
        .setParameter("d", businessDate)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<JournalExport> lockByDay(LocalDate businessDate) {
    return em.createQuery(
            "select e from JournalExport e where e.businessDate = :d", JournalExport.class)
        .setParameter("d", businessDate)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LocalDate> latestDay() {
    return Optional.ofNullable(
        em.createQuery("select max(e.businessDate) from JournalExport e", LocalDate.class)
            .getSingleResult());
  }

  @Override
  public List<JournalExport> latest(LocalDate from, LocalDate to, int max) {
    return em.createQuery(
            "select e from JournalExport e where e.businessDate between :f and :t"
                + " order by e.businessDate desc",
            JournalExport.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .setMaxResults(max)
        .getResultList();
  }
}
