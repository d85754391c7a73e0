package org.yikatong.cluster.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The membership rows. The changes a node makes to rows it does not hold are single conditional
 * updates, so that of two nodes doing the same, exactly one changes the row.
 */
public interface ClusterNodeRepository {

  void add(ClusterNode node);

  /** The row of a name, locked for update. */
  Optional<ClusterNode> lockByName(String name);

  /** Every row, by name. */
  List<ClusterNode> findAll();

  /** The members (not left) whose last heartbeat is before {@code lastBeatBefore}. */
  List<ClusterNode> findOverdue(Instant lastBeatBefore);

  /**
   * Marks a member LOST at {@code at} if it has not left and its last heartbeat is still before
   * {@code lastBeatBefore}.
   *
   * @return whether this call marked it (false: another node did, or it came back)
   */
  boolean markLost(String name, Instant lastBeatBefore, Instant at);

  /**
   * Records a heartbeat of the incarnation that holds the name; one that had been marked LOST (its
   * heartbeats stayed away, as while the database was out of reach) is a member again.
   */
  Heartbeat beat(String name, String instanceId, Instant at);

  /**
   * Marks the name STOPPED at {@code at} if the incarnation still holds it and has not left.
   *
   * @return whether it did
   */
  boolean stop(String name, String instanceId, Instant at);
}
