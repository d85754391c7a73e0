package org.yikatong.cluster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClusterNodeTest {

  private static final Duration LOST_AFTER = Duration.ofSeconds(45);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
  private static final LongPredicate NOTHING_RUNS = pid -> false;
  private static final LongPredicate EVERYTHING_RUNS = pid -> true;

  private final Incarnation first = new Incarnation("a1", "host-a", 100);
  private final Incarnation otherMachine = new Incarnation("b1", "host-b", 100);
  private final Incarnation sameMachineNewProcess = new Incarnation("a2", "host-a", 200);
  private final Incarnation sameProcessRedeployed = new Incarnation("a3", "host-a", 100);

  private ClusterNode beganAgo(Duration ago) {
    return ClusterNode.start("ykt1", first, CLOCK.instant().minus(ago));
  }

  @Test
  @DisplayName("a heartbeat 45 s old or younger is alive; older is lost")
  void lostAfterThePeriod() {
    Instant now = CLOCK.instant();
    assertTrue(beganAgo(Duration.ofSeconds(45)).isAlive(now, LOST_AFTER));
    assertFalse(beganAgo(Duration.ofSeconds(45)).isLost(now, LOST_AFTER));
    assertTrue(beganAgo(Duration.ofSeconds(46)).isLost(now, LOST_AFTER));
    assertFalse(beganAgo(Duration.ofSeconds(46)).isAlive(now, LOST_AFTER));
    assertEquals(now.minusSeconds(45), ClusterNode.lostBefore(now, LOST_AFTER));
  }

  @Test
  @DisplayName("another machine's process with a recent heartbeat holds the name")
  void twinOnAnotherMachine() {
    ClusterNode node = beganAgo(Duration.ofSeconds(3));
    assertTrue(node.inUseByAnother(otherMachine, NOTHING_RUNS, CLOCK.instant(), LOST_AFTER));
    assertEquals(
        "node name ykt1 is in use by a running node (last heartbeat 3 s ago): give each node its"
            + " own jboss.node.name",
        node.inUseMessage(CLOCK.instant()));
  }

  @Test
  @DisplayName("a running process of this machine with a recent heartbeat holds the name")
  void twinOnThisMachine() {
    ClusterNode node = beganAgo(Duration.ofSeconds(3));
    assertTrue(
        node.inUseByAnother(sameMachineNewProcess, EVERYTHING_RUNS, CLOCK.instant(), LOST_AFTER));
  }

  @Test
  @DisplayName("a killed process of this machine holds nothing, however recent its heartbeat")
  void killedAndStartedAgain() {
    ClusterNode node = beganAgo(Duration.ofSeconds(3));
    assertFalse(
        node.inUseByAnother(sameMachineNewProcess, NOTHING_RUNS, CLOCK.instant(), LOST_AFTER));
  }

  @Test
  @DisplayName("the same process redeployed, a stopped node or an old heartbeat hold nothing")
  void restartsTakeOver() {
    Instant now = CLOCK.instant();
    assertFalse(
        beganAgo(Duration.ofSeconds(3))
            .inUseByAnother(sameProcessRedeployed, EVERYTHING_RUNS, now, LOST_AFTER));
    assertFalse(
        beganAgo(Duration.ofSeconds(3)).inUseByAnother(first, EVERYTHING_RUNS, now, LOST_AFTER));
    assertFalse(
        beganAgo(Duration.ofSeconds(46))
            .inUseByAnother(otherMachine, EVERYTHING_RUNS, now, LOST_AFTER));
  }

  @Test
  @DisplayName("taking over makes the row a member again with a fresh heartbeat")
  void takeOver() {
    ClusterNode node = beganAgo(Duration.ofMinutes(10));
    node.takeOver(otherMachine, CLOCK.instant());
    assertEquals("b1", node.getInstanceId());
    assertEquals("host-b", node.getHostName());
    assertEquals(CLOCK.instant(), node.getStartedAt());
    assertEquals(CLOCK.instant(), node.getLastBeatAt());
    assertTrue(node.isAlive(CLOCK.instant(), LOST_AFTER));
    assertEquals(null, node.getLeftHow());
  }
}
