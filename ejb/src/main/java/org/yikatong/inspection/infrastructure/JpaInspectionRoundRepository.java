package org.yikatong.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.inspection.domain.InspectionRound;
import org.yikatong.inspection.domain.InspectionRoundRepository;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.RoundStatus;

/** {@link InspectionRoundRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaInspectionRoundRepository implements InspectionRoundRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(InspectionRound round) {
    em.persist(round);
  }

  @Override
  public Optional<InspectionRound> findById(long id) {
    return Optional.ofNullable(em.find(InspectionRound.class, id));
  }

  @Override
  public Optional<InspectionRound> lockById(long id) {
    return Optional.ofNullable(em.find(InspectionRound.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<InspectionRound> findLatestFirst(RoundStatus status, Long scheduleId, int max) {
    StringBuilder jpql =
        new StringBuilder("select r from InspectionRound r join fetch r.template where 1 = 1");
    if (status != null) {
      jpql.append(" and r.status = :status");
    }
    if (scheduleId != null) {
      jpql.append(" and r.schedule.id = :schedule");
    }
    var query =
        em.createQuery(
            jpql.append(" order by r.plannedAt desc, r.id desc").toString(), InspectionRound.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (scheduleId != null) {
      query.setParameter("schedule", scheduleId);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<InspectionRound> findOverdue(Long scheduleId, Instant now, int max) {
    var query =
        em.createQuery(
                "select r from InspectionRound r join fetch r.template"
                    + " where (r.status = :missed or (r.status in :open and r.dueAt < :now))"
                    + (scheduleId == null ? "" : " and r.schedule.id = :schedule")
                    + " order by r.dueAt, r.id",
                InspectionRound.class)
            .setParameter("missed", RoundStatus.MISSED)
            .setParameter("open", List.of(RoundStatus.PLANNED, RoundStatus.IN_PROGRESS))
            .setParameter("now", now);
    if (scheduleId != null) {
      query.setParameter("schedule", scheduleId);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<Instant> findPlannedTimes(InspectionSchedule schedule, Instant from) {
    return em.createQuery(
            "select r.plannedAt from InspectionRound r"
                + " where r.schedule = :s and r.plannedAt >= :from",
            Instant.class)
        .setParameter("s", schedule)
        .setParameter("from", from)
        .getResultList();
  }

  @Override
  public List<InspectionRound> findPlannedDueBefore(Instant now) {
    return em.createQuery(
            "select r from InspectionRound r where r.status = :planned and r.dueAt < :now",
            InspectionRound.class)
        .setParameter("planned", RoundStatus.PLANNED)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<InspectionRound> lockOverdueNotNotified(Instant now) {
    return em.createQuery(
            "select r from InspectionRound r where r.status <> :completed and r.dueAt < :now"
                + " and r.overdueNotifiedAt is null order by r.id",
            InspectionRound.class)
        .setParameter("completed", RoundStatus.COMPLETED)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
