package org.yikatong.cluster.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.cluster.domain.ClusterNode;
import org.yikatong.cluster.domain.ClusterNodeRepository;
import org.yikatong.cluster.domain.Heartbeat;
import org.yikatong.cluster.domain.HeldTimer;
import org.yikatong.cluster.domain.Incarnation;
import org.yikatong.cluster.domain.LiveTimer;
import org.yikatong.cluster.domain.NodeLost;
import org.yikatong.security.domain.Role;

/**
 * This node's membership of the cluster, from deployment to undeployment.
 *
 * <p>At start it takes the row of its name ({@code jboss.node.name}) with a new instance id, and
 * refuses to start — failing the deployment — while another running process holds that name. Then,
 * every {@code yikatong.cluster.beat-interval} (default 10 s, a non-persistent timer on every
 * node), it records a heartbeat and sweeps for nodes whose heartbeat is older than {@code
 * yikatong.cluster.lost-after} (default 45 s): each such node is marked LOST by exactly one node,
 * which fires {@link NodeLost} and releases the WildFly timers the lost node held mid-run. Each
 * heartbeat and each takeover is a transaction of its own; one that fails (the database out of
 * reach) logs one line and the next heartbeat tries again. At a clean shutdown the row is marked
 * STOPPED.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Role.ADMINISTRATOR)
public class ClusterMembership {

  private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

  @Inject ClusterNodeRepository nodes;
  @Inject TimerTable timerTable;
  @Inject Event<NodeLost> nodeLost;
  @Inject Clock clock;
  @Resource UserTransaction transaction;
  @Resource TimerService timerService;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String nodeName;

  @Inject
  @ConfigProperty(name = "yikatong.cluster.beat-interval", defaultValue = "PT10S")
  Duration beatInterval;

  @Inject
  @ConfigProperty(name = "yikatong.cluster.lost-after", defaultValue = "PT45S")
  Duration lostAfter;

  private final Object working = new Object();
  private Incarnation me;

  @PostConstruct
  void join() {
    me = new Incarnation(UUID.randomUUID().toString(), hostName(), ProcessHandle.current().pid());
    inTransaction(this::register);
    long every = beatInterval.toMillis();
    timerService.createIntervalTimer(every, every, new TimerConfig("cluster heartbeat", false));
    LOG.info(
        "Node "
            + nodeName
            + " joined the cluster (heartbeat every "
            + beatInterval.toSeconds()
            + " s, lost after "
            + lostAfter.toSeconds()
            + " s without)");
  }

  private Void register() {
    Instant now = clock.instant();
    Optional<ClusterNode> row = nodes.lockByName(nodeName);
    if (row.isEmpty()) {
      nodes.add(ClusterNode.start(nodeName, me, now));
      return null;
    }
    ClusterNode node = row.get();
    if (node.inUseByAnother(me, ClusterMembership::runsHere, now, lostAfter)) {
      String message = node.inUseMessage(now);
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
    boolean diedUnnoticed = node.getLeftAt() == null; // killed and back before it was found lost
    node.takeOver(me, now);
    if (diedUnnoticed) {
      LOG.info("Node " + nodeName + " starts again after it ended without leaving the cluster");
      nodeLost.fire(new NodeLost(nodeName, now)); // what its previous process held goes with it
    }
    return null;
  }

  @Timeout
  @PermitAll
  void heartbeat() {
    synchronized (working) {
      try {
        Heartbeat beat =
            inTransaction(() -> nodes.beat(nodeName, me.instanceId(), clock.instant()));
        if (beat == Heartbeat.REJOINED) {
          LOG.info("Node " + nodeName + " had been marked lost and is a member again");
        } else if (beat == Heartbeat.NOT_HELD) {
          LOG.warning(
              "Node name "
                  + nodeName
                  + " is held by another process now: give each node its own jboss.node.name");
        }
        sweepOnce();
      } catch (RuntimeException e) {
        LOG.warning(
            "Cluster heartbeat of " + nodeName + " failed, the next one retries: " + oneLine(e));
      }
    }
  }

  /**
   * Marks every node whose heartbeat is older than the lost-after period LOST and takes over what
   * it left, as each heartbeat does.
   *
   * @return what this node took over (nothing for a node another node took over first)
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  public List<Takeover> sweep() {
    synchronized (working) {
      return sweepOnce();
    }
  }

  private List<Takeover> sweepOnce() {
    Instant now = clock.instant();
    Instant cutoff = ClusterNode.lostBefore(now, lostAfter);
    List<ClusterNode> overdue = inTransaction(() -> nodes.findOverdue(cutoff));
    List<Takeover> done = new ArrayList<>();
    for (ClusterNode node : overdue) {
      if (!node.getName().equals(nodeName)) {
        inTransaction(() -> takeOver(node.getName(), node.getLastBeatAt(), cutoff, now))
            .ifPresent(done::add);
      }
    }
    return done;
  }

  private Optional<Takeover> takeOver(String name, Instant lastBeat, Instant cutoff, Instant now) {
    if (!nodes.markLost(name, cutoff, now)) {
      return Optional.empty();
    }
    LOG.info(
        "Node "
            + name
            + " is lost (last heartbeat "
            + Duration.between(lastBeat, now).toSeconds()
            + " s ago); "
            + nodeName
            + " closes its gateway connections and releases its timers");
    nodeLost.fire(new NodeLost(name, now));
    return Optional.of(new Takeover(name, lastBeat, now, releaseTimers(name)));
  }

  private List<ReleasedTimer> releaseTimers(String lostNode) {
    List<HeldTimer> held = timerTable.heldBy(lostNode);
    if (held.isEmpty()) {
      return List.of();
    }
    List<LiveTimer> live = timerTable.live(timerService.getAllTimers());
    List<ReleasedTimer> released = new ArrayList<>();
    for (HeldTimer timer : held) {
      Optional<LiveTimer> here = live.stream().filter(timer::isRunHereAs).findFirst();
      if (here.isEmpty()) {
        LOG.warning(
            "Timer "
                + timer.id()
                + " of "
                + timer.beanName()
                + " ("
                + timer.schedule()
                + ") was held by lost node "
                + lostNode
                + ", but this node has no such timer: left as it is");
        continue;
      }
      Instant next = here.get().releaseDate();
      if (timerTable.release(timer, lostNode, next)) {
        LOG.info(
            "Timer "
                + timer.id()
                + " of "
                + timer.beanName()
                + " ("
                + timer.schedule()
                + "), held by lost node "
                + lostNode
                + ", released: next run "
                + next);
        released.add(
            new ReleasedTimer(timer.id(), timer.beanName(), timer.schedule().toString(), next));
      }
    }
    return released;
  }

  @PreDestroy
  void leave() {
    synchronized (working) {
      try {
        if (inTransaction(() -> nodes.stop(nodeName, me.instanceId(), clock.instant()))) {
          LOG.info("Node " + nodeName + " left the cluster");
        }
      } catch (RuntimeException e) {
        LOG.warning("Node " + nodeName + " could not record that it stopped: " + oneLine(e));
      }
    }
  }

  /** This node's name. */
  @PermitAll
  public String nodeName() {
    return nodeName;
  }

  private <T> T inTransaction(Callable<T> work) {
    try {
      transaction.begin();
      T result = work.call();
      transaction.commit();
      return result;
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } catch (Exception e) {
      rollback();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.FINE, "Rollback after a failed cluster transaction failed", e);
    }
  }

  /** The innermost cause of a failure, on one line: what an operator needs to see in the log. */
  private static String oneLine(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return (cause.getClass().getSimpleName() + ": " + cause.getMessage()).replaceAll("\\s+", " ");
  }

  private static boolean runsHere(long processId) {
    return ProcessHandle.of(processId).map(ProcessHandle::isAlive).orElse(false);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String fromEnvironment = System.getenv("HOSTNAME");
      return fromEnvironment == null ? "unknown" : fromEnvironment;
    }
  }
}
