package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.cluster.application.ClusterMembership;
import org.yikatong.cluster.application.ReleasedTimer;
import org.yikatong.cluster.application.Takeover;
import org.yikatong.cluster.domain.ClusterNode;
import org.yikatong.cluster.domain.Incarnation;
import org.yikatong.cluster.domain.LeftHow;
import org.yikatong.terminal.domain.GatewayConnectionRecord;

/**
 * A node of the cluster dies mid-run: its membership row keeps an old heartbeat, a gateway
 * connection it held stays open in the records, and the WildFly timer it was running stays
 * IN_TIMEOUT under its name. The sweep of this node (the one every heartbeat makes) marks it LOST
 * once, closes its connection (NODE_LOST) and gives the timer back to this node's timer.
 *
 * <p>The dead node is made here straight in the database, as it would have left it. The timer used
 * is the nightly traffic retention (03:15 Asia/Shanghai), which no other test runs; its row is put
 * back as found should the test fail before the sweep releases it.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterMembershipIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String TIMER_BEAN = "TrafficFlush";

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        ClusterMembershipIT.class, AsAdministrator.class, Http.class, DemoUsers.class);
  }

  @Inject ClusterMembership membership;
  @Inject AsAdministrator admin;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/YikatongDS")
  DataSource db;

  private record TimerRow(String id, String state, String node, Instant nextDate) {}

  @Test
  @DisplayName(
      "a dead node is marked lost once; its connection closes and its timer runs here again")
  void deadNodeTakenOver() throws Exception {
    String ghost = "ghost-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    String connectionId = "ghost-conn-" + UUID.randomUUID();
    Instant lastBeat = clock.instant().minus(Duration.ofMinutes(2));
    tx.begin();
    em.persist(
        ClusterNode.start(
            ghost, new Incarnation(UUID.randomUUID().toString(), "gone", 1), lastBeat));
    em.persist(
        new GatewayConnectionRecord(
            connectionId, ghost, "10.0.0.9:40001", "10.0.0.1:9500", lastBeat.minusSeconds(60)));
    tx.commit();

    TimerRow found = timerRow();
    try {
      holdMidRun(found.id(), ghost, found.nextDate().minus(Duration.ofDays(1)));
      Instant expectedNext = nextRetentionRun(Instant.now());

      List<Takeover> first = admin.call(membership::sweep);
      ClusterNode afterFirst = node(ghost);
      List<Takeover> second = admin.call(membership::sweep);
      ClusterNode afterSecond = node(ghost);

      // this node's heartbeat sweeps too and may have come first: at most one sweep handled it
      List<Takeover> handled =
          Stream.concat(first.stream(), second.stream())
              .filter(t -> t.node().equals(ghost))
              .toList();
      assertTrue(handled.size() <= 1, "handled once: " + handled);
      assertTrue(
          second.stream().noneMatch(t -> t.node().equals(ghost)), "the second sweep: nothing");
      assertEquals(LeftHow.LOST, afterFirst.getLeftHow());
      assertNotNull(afterFirst.getLeftAt());
      assertEquals(afterFirst.getLeftAt(), afterSecond.getLeftAt(), "marked once");
      assertEquals(LeftHow.LOST, afterSecond.getLeftHow());
      assertEquals(lastBeat, afterSecond.getLastBeatAt());

      GatewayConnectionRecord connection =
          em.createQuery(
                  "select g from GatewayConnectionRecord g where g.connectionId = :id",
                  GatewayConnectionRecord.class)
              .setParameter("id", connectionId)
              .getSingleResult();
      assertEquals("NODE_LOST", connection.getCloseReason());
      assertEquals(afterFirst.getLeftAt(), connection.getClosedAt());

      TimerRow released = timerRow();
      assertEquals(found.id(), released.id());
      assertEquals("ACTIVE", released.state());
      assertNull(released.node());
      assertEquals(expectedNext, released.nextDate(), "the next run of this node's timer");
      for (Takeover t : handled) {
        ReleasedTimer r =
            t.timers().stream()
                .filter(x -> x.id().equals(found.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("timer not reported: " + t));
        assertEquals(TIMER_BEAN, r.bean());
        assertEquals(expectedNext, r.nextDate());
      }
    } finally {
      restoreIfHeld(found, ghost);
    }

    HttpResponse<String> listed = new Http().get(DemoUsers.AUDITOR, "cluster/nodes");
    assertEquals(200, listed.statusCode(), listed.body());
    Map<String, JsonObject> byName =
        Http.array(listed).stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(o -> o.getString("name"), Function.identity()));
    JsonObject self = byName.get(membership.nodeName());
    assertNotNull(self, listed.body());
    assertTrue(self.getBoolean("alive"), self.toString());
    assertTrue(self.getBoolean("self"));
    assertTrue(!self.containsKey("leftHow") || self.isNull("leftHow"), "not left: " + self);
    JsonObject lost = byName.get(ghost);
    assertNotNull(lost, listed.body());
    assertFalse(lost.getBoolean("alive"));
    assertFalse(lost.getBoolean("self"));
    assertEquals("LOST", lost.getString("leftHow"));
  }

  /** The next 03:15 in Shanghai after {@code now}, when the traffic retention runs. */
  private static Instant nextRetentionRun(Instant now) {
    ZonedDateTime at = now.atZone(SHANGHAI).with(LocalTime.of(3, 15));
    if (!at.toInstant().isAfter(now)) {
      at = at.plusDays(1);
    }
    return at.toInstant();
  }

  private ClusterNode node(String name) throws Exception {
    tx.begin();
    try {
      ClusterNode node = em.find(ClusterNode.class, name);
      assertNotNull(node, name);
      return node;
    } finally {
      tx.commit();
    }
  }

  /** The traffic retention's row in WildFly's timer table (dates in the JVM's zone, as written). */
  private TimerRow timerRow() throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT ID, TIMER_STATE, NODE_NAME, NEXT_DATE FROM JBOSS_EJB_TIMER"
                    + " WHERE TIMED_OBJECT_ID LIKE ? AND PARTITION_NAME = 'yikatong'")) {
      s.setString(1, "%." + TIMER_BEAN);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), "the traffic retention's timer row");
        TimerRow row =
            new TimerRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
        assertFalse(rs.next(), "one persistent timer of " + TIMER_BEAN);
        return row;
      }
    }
  }

  /** The row as a node killed while running the timer leaves it. */
  private void holdMidRun(String id, String node, Instant nextDate) throws Exception {
    update(id, "IN_TIMEOUT", node, nextDate);
  }

  private void restoreIfHeld(TimerRow found, String ghost) throws Exception {
    if (ghost.equals(timerRow().node())) {
      update(found.id(), found.state(), found.node(), found.nextDate());
    }
  }

  private void update(String id, String state, String node, Instant nextDate) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE JBOSS_EJB_TIMER SET TIMER_STATE = ?, NODE_NAME = ?, NEXT_DATE = ?"
                    + " WHERE ID = ?")) {
      s.setString(1, state);
      s.setString(2, node);
      s.setTimestamp(3, Timestamp.from(nextDate));
      s.setString(4, id);
      assertEquals(1, s.executeUpdate());
    }
  }
}
