package org.yikatong.cluster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yikatong.cluster.domain.ClusterNode;
import org.yikatong.cluster.domain.ClusterNodeRepository;
import org.yikatong.cluster.domain.Heartbeat;
import org.yikatong.cluster.domain.LeftHow;

/** {@link ClusterNodeRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaClusterNodeRepository implements ClusterNodeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ClusterNode node) {
    em.persist(node);
  }

  @Override
  public Optional<ClusterNode> lockByName(String name) {
    return Optional.ofNullable(em.find(ClusterNode.class, name, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<ClusterNode> findAll() {
    return em.createQuery("select n from ClusterNode n order by n.name", ClusterNode.class)
        .getResultList();
  }

  @Override
  public List<ClusterNode> findOverdue(Instant lastBeatBefore) {
    return em.createQuery(
            "select n from ClusterNode n where n.leftAt is null and n.lastBeatAt < :before"
                + " order by n.name",
            ClusterNode.class)
        .setParameter("before", lastBeatBefore)
        .getResultList();
  }

  @Override
  public boolean markLost(String name, Instant lastBeatBefore, Instant at) {
    return em.createQuery(
                "update ClusterNode n set n.leftAt = :at, n.leftHow = :lost"
                    + " where n.name = :name and n.leftAt is null and n.lastBeatAt < :before")
            .setParameter("at", at)
            .setParameter("lost", LeftHow.LOST)
            .setParameter("name", name)
            .setParameter("before", lastBeatBefore)
            .executeUpdate()
        == 1;
  }

  @Override
  public Heartbeat beat(String name, String instanceId, Instant at) {
    int recorded =
        em.createQuery(
                "update ClusterNode n set n.lastBeatAt = :at"
                    + " where n.name = :name and n.instanceId = :instance and n.leftAt is null")
            .setParameter("at", at)
            .setParameter("name", name)
            .setParameter("instance", instanceId)
            .executeUpdate();
    if (recorded == 1) {
      return Heartbeat.RECORDED;
    }
    int rejoined =
        em.createQuery(
                "update ClusterNode n set n.lastBeatAt = :at, n.leftAt = null, n.leftHow = null"
                    + " where n.name = :name and n.instanceId = :instance"
                    + " and n.leftHow = :lost")
            .setParameter("at", at)
            .setParameter("name", name)
            .setParameter("instance", instanceId)
            .setParameter("lost", LeftHow.LOST)
            .executeUpdate();
    return rejoined == 1 ? Heartbeat.REJOINED : Heartbeat.NOT_HELD;
  }

  @Override
  public boolean stop(String name, String instanceId, Instant at) {
    return em.createQuery(
                "update ClusterNode n set n.leftAt = :at, n.leftHow = :stopped"
                    + " where n.name = :name and n.instanceId = :instance and n.leftAt is null")
            .setParameter("at", at)
            .setParameter("stopped", LeftHow.STOPPED)
            .setParameter("name", name)
            .setParameter("instance", instanceId)
            .executeUpdate()
        == 1;
  }
}
