package org.yikatong.cluster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * A node name's membership row: which incarnation holds the name, when it started, its last
 * heartbeat, and whether and how it left.
 *
 * <p>Lifecycle: created or taken over by a node at start ({@link #start}, {@link #takeOver}); its
 * heartbeat moves {@code lastBeatAt} on; it leaves once, STOPPED by itself or LOST as marked by
 * another node. A node is lost when its last heartbeat is older than the lost-after period.
 */
@Entity
@Table(name = "cluster_node")
public class ClusterNode {

  @Id
  @Column(name = "node_name", length = 64)
  private String name;

  @Column(name = "instance_id", nullable = false, length = 36)
  private String instanceId;

  @Column(name = "host_name", nullable = false, length = 255)
  private String hostName;

  @Column(name = "process_id", nullable = false)
  private long processId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_beat_at", nullable = false)
  private Instant lastBeatAt;

  @Column(name = "left_at")
  private Instant leftAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "left_how", length = 16)
  private LeftHow leftHow;

  protected ClusterNode() {}

  private ClusterNode(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** A new row for a name never seen before, held by {@code me} from {@code now}. */
  public static ClusterNode start(String name, Incarnation me, Instant now) {
    ClusterNode node = new ClusterNode(name);
    node.takeOver(me, now);
    return node;
  }

  /** The last instant a heartbeat must be younger than for a node to count as alive. */
  public static Instant lostBefore(Instant now, Duration lostAfter) {
    return now.minus(lostAfter);
  }

  /**
   * Whether another process that still runs holds this name: a different incarnation that has not
   * left and whose heartbeat is younger than the lost-after period. An earlier start of the same
   * process (redeployed), or one whose process no longer runs on this same machine (killed and
   * started again at once), holds nothing.
   *
   * @param runsHere whether a process of this machine with that id still runs
   */
  public boolean inUseByAnother(
      Incarnation me, LongPredicate runsHere, Instant now, Duration lostAfter) {
    if (leftAt != null || instanceId.equals(me.instanceId())) {
      return false;
    }
    if (hostName.equals(me.hostName())
        && (processId == me.processId() || !runsHere.test(processId))) {
      return false;
    }
    return !isLost(now, lostAfter);
  }

  /** Whether the heartbeat is older than the lost-after period (whether or not marked). */
  public boolean isLost(Instant now, Duration lostAfter) {
    return lastBeatAt.isBefore(lostBefore(now, lostAfter));
  }

  /** A member whose heartbeat is recent. */
  public boolean isAlive(Instant now, Duration lostAfter) {
    return leftAt == null && !isLost(now, lostAfter);
  }

  /** The operator's explanation why a start under this name is refused. */
  public String inUseMessage(Instant now) {
    long seconds = Math.max(0, Duration.between(lastBeatAt, now).toSeconds());
    return "node name "
        + name
        + " is in use by a running node (last heartbeat "
        + seconds
        + " s ago): give each node its own jboss.node.name";
  }

  /** {@code me} holds the name from {@code now}: a member again, with a fresh heartbeat. */
  public void takeOver(Incarnation me, Instant now) {
    this.instanceId = me.instanceId();
    this.hostName = me.hostName();
    this.processId = me.processId();
    this.startedAt = Objects.requireNonNull(now, "now");
    this.lastBeatAt = now;
    this.leftAt = null;
    this.leftHow = null;
  }

  public String getName() {
    return name;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public String getHostName() {
    return hostName;
  }

  public long getProcessId() {
    return processId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastBeatAt() {
    return lastBeatAt;
  }

  public Instant getLeftAt() {
    return leftAt;
  }

  public LeftHow getLeftHow() {
    return leftHow;
  }
}
