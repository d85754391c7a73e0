package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequestRepository;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;

/** {@link MaintenanceRequestRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaMaintenanceRequestRepository implements MaintenanceRequestRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(MaintenanceRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<MaintenanceRequest> findByNumber(String requestNo) {
    return idOf(requestNo).map(id -> em.find(MaintenanceRequest.class, id));
  }

  @Override
  public Optional<MaintenanceRequest> lockByNumber(String requestNo) {
    return idOf(requestNo).flatMap(this::lockById);
  }

  @Override
  public Optional<MaintenanceRequest> lockById(Long id) {
    return Optional.ofNullable(
        em.find(MaintenanceRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The id first, then the entity by id: a request already in the persistence context is not read
   * again, and a lock reads the row as it is once locked.
   */
  private Optional<Long> idOf(String requestNo) {
    return em.createQuery(
            "select r.id from MaintenanceRequest r where r.requestNo = :n", Long.class)
        .setParameter("n", requestNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lock(MaintenanceRequest request) {
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<MaintenanceRequest> listNewestFirst(
      MaintenanceKind kind, MaintenanceStatus status, String requesterHolderNo, int max) {
    boolean holder = requesterHolderNo != null;
    var query =
        em.createQuery(
                "select r from MaintenanceRequest r where (:kind is null or r.kind = :kind)"
                    + " and (:status is null or r.status = :status)"
                    + (holder ? " and r.requesterHolderNo = :holder" : "")
                    + " order by r.id desc",
                MaintenanceRequest.class)
            .setParameter("kind", kind)
            .setParameter("status", status);
    if (holder) {
      query.setParameter("holder", requesterHolderNo);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<MaintenanceRequest> findWithDeadlineToRecord(
      Collection<MaintenanceKind> kinds, Instant now) {
    return em.createQuery(
            // Near or passed, unrecorded; the domain decides again.
            // A deadline met in time without a warning is no candidate: it never gets one.
            "select r from MaintenanceRequest r where r.kind in :custom and ("
                + "(r.understandWarnedAt is null and r.understandBreachedAt is null"
                + " and r.understandWarnFrom <= :now"
                + " and (r.reviewedAt is null or r.reviewedAt > r.understandDue))"
                + " or (r.answerWarnedAt is null and r.answerBreachedAt is null"
                + " and r.answerWarnFrom <= :now"
                + " and (r.answeredAt is null or r.answeredAt > r.answerDue))"
                + " or (r.startWarnedAt is null and r.startBreachedAt is null"
                + " and r.startWarnFrom <= :now"
                + " and (r.startedAt is null or r.startedAt > r.startDue))"
                + " or (r.understandBreachedAt is null and r.understandDue <= :now"
                + " and (r.reviewedAt is null or r.reviewedAt > r.understandDue))"
                + " or (r.answerBreachedAt is null and r.answerDue <= :now"
                + " and (r.answeredAt is null or r.answeredAt > r.answerDue))"
                + " or (r.startBreachedAt is null and r.startDue <= :now"
                + " and (r.startedAt is null or r.startedAt > r.startDue))) order by r.id",
            MaintenanceRequest.class)
        .setParameter("custom", kinds)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<Long> findIdsWithoutWarningTimes(
      Collection<MaintenanceKind> kinds, Collection<MaintenanceStatus> statuses) {
    return em.createQuery(
            "select r.id from MaintenanceRequest r where r.kind in :custom and r.status in :open"
                + " and ((r.understandDue is not null and r.understandWarnFrom is null)"
                + " or (r.startDue is not null and r.startWarnFrom is null))",
            Long.class)
        .setParameter("custom", kinds)
        .setParameter("open", statuses)
        .getResultList();
  }
}
