package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.cardadapter.api.CardNumber;

/** The open-loop driver against a peer in virtual time: schedule, in-flight limit, accounting. */
class OpenLoopDriverTest {

  private static final long MS = 1_000_000L;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:30:00Z"), ZoneOffset.UTC);

  private final FakeTicker ticker = new FakeTicker();
  private final List<String> approved = new ArrayList<>();
  private final List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<String> unanswered = new ArrayList<>();
  private FakePeer lastPeer;
  private final List<String> marks = new ArrayList<>();

  private OpenLoopReport run(FakePeer.Policy policy, String... args) throws Exception {
    return run(policy, null, args);
  }

  private OpenLoopReport run(
      FakePeer.Policy policy, java.util.function.Consumer<FakePeer> setUp, String... args)
      throws Exception {
    OpenLoopOptions options = OpenLoopOptions.parse(args);
    FakePeer peer = new FakePeer(ticker, options.secrets(), policy);
    if (setUp != null) {
      setUp.accept(peer);
    }
    lastPeer = peer;
    return new OpenLoopDriver(
            options,
            ticker,
            CLOCK,
            peer,
            (t, rrn) -> approved.add(t + "," + rrn),
            (t, rrn) -> unanswered.add(t + "," + rrn),
            (at, t, rrn, code) -> answers.add(t + "," + rrn + "," + code),
            mark -> marks.add(mark + " at " + ticker.nanos()))
        .run();
  }

  /** Answers every request this long after it was written, 00. */
  private static FakePeer.Policy serviceTime(long nanos) {
    return (request, writtenAt) -> new FakePeer.Answer(writtenAt + nanos, "00");
  }

  @Test
  @DisplayName(
      "a peer that keeps up: every payment answered, latency the service time, the window's rates"
          + " the offered rate, every approved key written once")
  void keepsUp() throws Exception {
    OpenLoopReport report =
        run(
            serviceTime(5 * MS),
            "--rate=100",
            "--warmup=1",
            "--duration=2",
            "--terminals=T0000001,T0000002",
            "--seed=7");

    assertEquals(200, report.measured().scheduled());
    assertEquals(200, report.measured().sent());
    assertEquals(200, report.measured().answered());
    assertEquals(200, report.approved());
    assertEquals(100, report.warmup().approved());
    assertEquals(100.0, report.offeredPerSecond());
    assertEquals(100.0, report.achievedPerSecond());
    assertEquals(100.0, report.approvedPerSecond());
    assertEquals(0, report.late());
    assertEquals(0, report.heldBack());
    assertEquals(0, report.timeouts());
    assertTrue(report.consistent());
    assertEquals(5.0, report.latencyMillis(50), 0.01);
    assertEquals(5.0, report.maxLatencyMillis(), 0.01);

    assertEquals(300, approved.size(), "warm-up and measured approvals");
    assertEquals(
        approved.stream().map(k -> k + ",00").sorted().toList(),
        answers.stream().sorted().toList(),
        "every answer told once, with its code");
    assertEquals(300, new HashSet<>(approved).size(), "no key twice");
    assertTrue(unanswered.isEmpty());
    assertTrue(approved.stream().allMatch(k -> k.matches("T000000[12],[0-9]{12}")));
  }

  @Test
  @DisplayName(
      "payments go out at their intended times, terminals in turn, each terminal's RRNs one up;"
          + " the measured window announced when it starts and ends")
  void schedule() throws Exception {
    List<Long> writtenAt = new ArrayList<>();
    long[] first = {-1};
    run(
        (request, at) -> {
          if (FakePeer.mti(request).equals("0200")) {
            if (first[0] < 0) {
              first[0] = at;
            }
            writtenAt.add(at - first[0]);
          }
          return new FakePeer.Answer(at + MS, "00");
        },
        "--rate=50",
        "--warmup=1",
        "--duration=1",
        "--terminals=T0000001,T0000002,T0000003",
        "--connections=2");

    assertEquals(100, writtenAt.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i * 20 * MS, writtenAt.get(i), "payment " + i);
    }
    // the window's start and end are announced when they come: 1 s and 2 s after the first payment
    assertEquals(
        List.of(
            OpenLoopDriver.WINDOW_STARTS + " at " + (first[0] + 1000 * MS),
            OpenLoopDriver.WINDOW_ENDS + " at " + (first[0] + 2000 * MS)),
        marks);
    List<ISOMsg> payments = lastPeer.payments;
    for (int i = 0; i < 100; i++) {
      assertEquals("T000000" + (1 + i % 3), payments.get(i).getString(41));
    }
    long rrn0 = Long.parseLong(payments.get(0).getString(37));
    assertEquals(rrn0 + 1, Long.parseLong(payments.get(3).getString(37)));
    assertEquals(rrn0 + 2, Long.parseLong(payments.get(6).getString(37)));
  }

  @Test
  @DisplayName(
      "a peer that stalls for 500 ms: the connection holds at most 32, the rest wait, and their"
          + " latencies run from the intended send time, growing to the stall's length")
  void stalledPeer() throws Exception {
    long[] origin = {-1};
    FakePeer.Policy stallFrom200To700 =
        (request, at) -> {
          if (!FakePeer.mti(request).equals("0200")) {
            return null;
          }
          if (origin[0] < 0) {
            origin[0] = at; // the first payment is due at the start
          }
          long t = at - origin[0];
          long answerAt = t >= 200 * MS && t < 700 * MS ? 700 * MS + MS : t + MS;
          return new FakePeer.Answer(origin[0] + answerAt, "00");
        };

    OpenLoopReport report =
        run(
            stallFrom200To700,
            "--rate=1000",
            "--warmup=0",
            "--duration=1",
            "--terminals=T0000001",
            "--max-in-flight=32");

    assertEquals(1000, report.measured().answered());
    assertTrue(report.consistent());
    assertTrue(lastPeer.maxInFlight() <= 32, "in flight at once: " + lastPeer.maxInFlight());
    assertEquals(32, lastPeer.maxInFlight());
    // The payment due at 200 ms is answered at 701 ms.
    assertEquals(501.0, report.maxLatencyMillis(), 0.5);
    // The 468 due from 232 ms to 699 ms waited for a slot; each was answered a millisecond after
    // it went out, yet each counts the wait before it: hundreds of milliseconds, not one.
    assertTrue(report.heldBack() >= 468, "held back: " + report.heldBack());
    assertTrue(report.late() >= report.heldBack());
    assertTrue(
        report.latency().getCountBetweenValues(100_000, 1_000_000) > 400,
        "payments over 100 ms: " + report.latency().getCountBetweenValues(100_000, 1_000_000));
    assertTrue(report.latencyMillis(90) > 350, "p90 " + report.latencyMillis(90));
    assertTrue(report.latencyMillis(99) > 480, "p99 " + report.latencyMillis(99));
    assertEquals(1.0, report.latencyMillis(10), 0.01, "before the stall");
    // how long the held-back ones waited to be sent: up to the stall's end
    assertTrue(report.sendLag().getMaxValue() / 1000.0 > 460);
    // Answers within the window: all but the last payment's (due at 999 ms, answered at 1000 ms,
    // when the window has ended); none later than the 2 s timeout.
    assertEquals(999.0, report.achievedPerSecond());
    assertEquals(0, report.timeouts());
  }

  @Test
  @DisplayName(
      "--mti=0220: offline advices with the terminal's local time, answered 0230 and counted")
  void offlineAdvices() throws Exception {
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    OpenLoopReport report =
        run(
            (request, writtenAt) -> {
              try {
                if (!request.getMTI().equals("0800")) {
                  seen.add(request.getMTI() + " " + request.getString(12) + request.getString(13));
                }
              } catch (org.jpos.iso.ISOException e) {
                throw new IllegalStateException(e);
              }
              return new FakePeer.Answer(writtenAt + MS, "00");
            },
            "--rate=50",
            "--warmup=0",
            "--duration=1",
            "--mti=0220",
            "--seed=3");
    assertEquals(50, report.measured().answered());
    assertEquals(50, report.approved());
    assertEquals(50, seen.size());
    assertTrue(seen.stream().allMatch(s -> s.matches("0220 [0-9]{10}")), seen.toString());
  }

  @Test
  @DisplayName("declines are counted by reason code and leave no approved key")
  void declines() throws Exception {
    String poor = CardNumber.of(2);
    String limited = CardNumber.of(3);
    OpenLoopReport report =
        run(
            (request, at) ->
                new FakePeer.Answer(
                    at + MS,
                    poor.equals(request.getString(2))
                        ? "51"
                        : limited.equals(request.getString(2)) ? "61" : "00"),
            "--rate=300",
            "--warmup=0",
            "--duration=1",
            "--card-range=1:3",
            "--seed=11");

    List<ISOMsg> payments = lastPeer.payments;
    long to2 = payments.stream().filter(p -> poor.equals(p.getString(2))).count();
    long to3 = payments.stream().filter(p -> limited.equals(p.getString(2))).count();
    assertEquals(Map.of("51", to2, "61", to3), report.declines());
    assertEquals(300 - to2 - to3, report.approved());
    assertEquals(report.approved(), approved.size());
    assertEquals(to2 + to3, report.declined());
    assertEquals(
        Map.of("00", 300 - to2 - to3, "51", to2, "61", to3),
        answers.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    a -> a.substring(a.lastIndexOf(',') + 1),
                    java.util.stream.Collectors.counting())),
        "every answer told with its code");
    assertTrue(report.consistent(), "declines are answers");
    assertTrue(
        report.resultLine().contains(" declines=51:" + to2 + ",61:" + to3 + " "),
        report.resultLine());
    assertEquals((300.0 - to2 - to3), report.approvedPerSecond());
  }

  @Test
  @DisplayName(
      "payments never answered: counted as timeouts and unanswered, their keys written apart")
  void unanswered() throws Exception {
    OpenLoopReport report =
        run(
            (request, at) ->
                FakePeer.mti(request).equals("0200") && request.getString(37).endsWith("0")
                    ? null
                    : new FakePeer.Answer(at + MS, "00"),
            "--rate=100",
            "--warmup=0",
            "--duration=1",
            "--terminals=T0000001",
            "--max-in-flight=100",
            "--timeout-ms=50");

    assertEquals(10, report.measured().unanswered());
    assertEquals(10, report.timeouts());
    assertEquals(90, report.approved());
    assertEquals(10, unanswered.size());
    assertTrue(unanswered.stream().allMatch(k -> k.endsWith("0")));
    assertEquals(Set.of(), intersection(approved, unanswered));
    assertFalse(report.consistent());
  }

  @Test
  @DisplayName(
      "a connection that ends: what it had in flight is lost, what came after is never sent,"
          + " and every payment is accounted for once")
  void connectionEnds() throws Exception {
    long[] origin = {-1};
    OpenLoopReport report =
        run(
            (request, at) -> {
              if (FakePeer.mti(request).equals("0200") && origin[0] < 0) {
                origin[0] = at;
              }
              return new FakePeer.Answer(at + 5 * MS, "00");
            },
            peer -> peer.endAt(1, ticker.nanos() + 500 * MS),
            "--rate=100",
            "--warmup=0",
            "--duration=1",
            "--terminals=T0000001,T0000002",
            "--connections=2");

    OpenLoopRecorder.Counts c = report.measured();
    assertEquals(100, c.scheduled());
    assertEquals(c.scheduled(), c.sent() + c.notSent());
    assertEquals(c.sent(), c.answered() + c.unanswered() + c.lost());
    assertTrue(c.lost() > 0, "in flight when it ended: " + c.lost());
    assertTrue(c.unsendable() > 0, "due after it ended: " + c.unsendable());
    assertEquals(c.lost() + c.unsendable(), c.errors());
    assertEquals(c.lost() + c.notSent(), report.timeouts());
    assertFalse(report.consistent());
    assertEquals(c.answered(), approved.size());
    assertEquals(c.lost(), unanswered.size(), "lost payments may have been posted: listed");
  }

  @Test
  @DisplayName("a terminal whose sign-on is refused stops the run before any payment")
  void signOnRefused() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                run(
                    (request, at) -> new FakePeer.Answer(at + MS, "63"),
                    "--rate=10",
                    "--duration=1",
                    "--terminals=T0000001"));
    assertTrue(refused.getMessage().contains("T0000001"), refused.getMessage());
    assertTrue(lastPeer.payments.isEmpty());
  }

  @Test
  @DisplayName("a connection that ends during the sign-on stops the run, naming the terminal")
  void endsDuringSignOn() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                run(
                    (request, at) -> new FakePeer.Answer(at + 5 * MS, "00"),
                    peer -> peer.endAt(0, ticker.nanos() + MS),
                    "--rate=10",
                    "--duration=1",
                    "--terminals=T0000001"));
    assertTrue(
        refused.getMessage().contains("T0000001 did not sign on: no answer"), refused.getMessage());
  }

  private static Set<String> intersection(List<String> a, List<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(new HashSet<>(b));
    return both;
  }
}
