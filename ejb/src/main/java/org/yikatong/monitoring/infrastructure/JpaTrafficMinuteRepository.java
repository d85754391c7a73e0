package org.yikatong.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.yikatong.monitoring.domain.traffic.SubjectKind;
import org.yikatong.monitoring.domain.traffic.TrafficMinute;
import org.yikatong.monitoring.domain.traffic.TrafficMinuteRepository;

/** {@link TrafficMinuteRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaTrafficMinuteRepository implements TrafficMinuteRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(TrafficMinute minute) {
    em.persist(minute);
  }

  @Override
  public List<TrafficMinute> findOfNode(String nodeName, Instant fromMinute) {
    return em.createQuery(
            "select t from TrafficMinute t where t.nodeName = :n and t.minuteStart >= :f",
            TrafficMinute.class)
        .setParameter("n", nodeName)
        .setParameter("f", fromMinute)
        .getResultList();
  }

  @Override
  public List<TrafficMinute> findBetween(SubjectKind kind, Instant from, Instant to) {
    return em.createQuery(
            "select t from TrafficMinute t where t.subjectKind = :k"
                + " and t.minuteStart >= :f and t.minuteStart < :t",
            TrafficMinute.class)
        .setParameter("k", kind)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  @Override
  public List<TrafficMinute> findOf(SubjectKind kind, String subject, Instant from, Instant to) {
    return em.createQuery(
            "select t from TrafficMinute t where t.subjectKind = :k and t.subject = :s"
                + " and t.minuteStart >= :f and t.minuteStart < :t order by t.minuteStart",
            TrafficMinute.class)
        .setParameter("k", kind)
        .setParameter("s", subject)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  @Override
  public int deleteBefore(Instant before) {
    return em.createQuery("delete from TrafficMinute t where t.minuteStart < :b")
        .setParameter("b", before)
        .executeUpdate();
  }
}
