package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.roster.DutyAbsence;
import org.yikatong.servicedesk.domain.roster.DutyAbsenceRepository;

/** {@link DutyAbsenceRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDutyAbsenceRepository implements DutyAbsenceRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<DutyAbsence> findCovering(String username, Instant at) {
    return em.createQuery(
            "select a from DutyAbsence a where a.username = :u and a.from <= :now and a.to > :now",
            DutyAbsence.class)
        .setParameter("u", username)
        .setParameter("now", at)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DutyAbsence absence) {
    em.persist(absence);
  }

  @Override
  public List<DutyAbsence> findEndingAfter(Instant at) {
    return em.createQuery(
            "select a from DutyAbsence a where a.to > :now order by a.from", DutyAbsence.class)
        .setParameter("now", at)
        .getResultList();
  }
}
