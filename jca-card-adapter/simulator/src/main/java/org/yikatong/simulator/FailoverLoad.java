package org.yikatong.simulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Payment load that survives the loss of a node, as real terminals and gateways do: each terminal
 * pays one payment after the other; a payment without an answer (its node died, or it timed out) is
 * sent again with the same key (field 37) until it is answered, on whichever node its gateway
 * reaches, so the server answers it as the first or posts it once. A gateway whose connection ends
 * connects to the next node's address and signs its terminals on again. Commands the server sends
 * (0620) are acknowledged (0630), as a terminal does.
 *
 * <p>Every payment's final answer goes to {@code --outcomes-out}, so that a check can hold the
 * journal against what the terminals saw: every payment answered 00 posted exactly once, no other.
 * Exit status: 0 when every payment was answered with a valid MAC, 1 otherwise, 2 for bad options.
 */
public final class FailoverLoad {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TRANSMISSION_TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HHmmss");
  private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("MMdd");

  private final FailoverOptions options;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final AtomicInteger stan = new AtomicInteger();
  private final long rrnBase = (System.currentTimeMillis() / 1000 % 100_000_000L) * 10_000L;
  private final Map<String, AtomicLong> rrns = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> codes = new ConcurrentHashMap<>();
  private final AtomicLong sends = new AtomicLong();
  private final AtomicLong resent = new AtomicLong();
  private final AtomicLong unresolved = new AtomicLong();
  private final AtomicLong invalidMacs = new AtomicLong();
  private final List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
  final FailoverEvents events = new FailoverEvents();

  public FailoverLoad(FailoverOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
    FailoverOptions options;
    try {
      options = FailoverOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(FailoverOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      FailoverLoad load = new FailoverLoad(options);
      boolean sound = load.run();
      System.exit(sound ? 0 : 1);
    } catch (Exception e) {
      System.err.println("Failover load failed: " + e);
      System.exit(1);
    }
  }

  /** Runs the load, writes the outcomes and the report; true when every payment was answered. */
  public boolean run() throws Exception {
    List<FailoverGateway> gateways = new ArrayList<>();
    for (int g = 0; g < options.gateways(); g++) {
      gateways.add(new FailoverGateway(g, options, codec, authenticator, events, this::nextStan));
    }
    List<Thread> terminals = new ArrayList<>();
    int index = 0;
    long deadline = System.nanoTime() + options.duration().toNanos();
    for (Map.Entry<String, byte[]> terminal : options.secrets().entrySet()) {
      FailoverGateway gateway = gateways.get(index++ % gateways.size());
      TerminalKeys keys = TerminalKeys.derive(terminal.getValue());
      gateway.add(terminal.getKey(), keys);
      terminals.add(
          new Thread(
              () -> pay(gateway, terminal.getKey(), keys, deadline),
              "terminal-" + terminal.getKey()));
    }
    for (FailoverGateway gateway : gateways) {
      gateway.start();
    }
    terminals.forEach(Thread::start);
    for (Thread terminal : terminals) {
      terminal.join();
    }
    for (FailoverGateway gateway : gateways) {
      gateway.close();
    }
    write();
    report(System.out, gateways);
    return unresolved.get() == 0 && invalidMacs.get() == 0;
  }

  private void pay(FailoverGateway gateway, String terminal, TerminalKeys keys, long deadline) {
    Random random = new Random();
    while (System.nanoTime() < deadline) {
      String card = options.cards().get(random.nextInt(options.cards().size()));
      long amount = 1 + random.nextInt((int) options.maxAmountFen());
      ISOMsg payment = payment(terminal, card, amount, nextRrn(terminal), keys);
      FailoverGateway.Answer answer = gateway.resolve(payment, options.giveUp());
      String code;
      long answeredAt;
      String address;
      if (answer == null) {
        code = "none";
        answeredAt = System.currentTimeMillis();
        address = "";
        unresolved.incrementAndGet();
      } else {
        code = answer.message().getString(39);
        answeredAt = answer.answeredAtMillis();
        address = answer.address();
        if (!authenticator.verifyFrame(answer.frame(), answer.message(), keys)
            && "00".equals(code)) {
          invalidMacs.incrementAndGet();
        }
        if (answer.sends() > 1) {
          resent.addAndGet(answer.sends() - 1L);
        }
      }
      sends.addAndGet(answer == null ? 1 : answer.sends());
      codes.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
      outcomes.add(
          String.join(
              ",",
              terminal,
              payment.getString(37),
              card,
              Long.toString(amount),
              code,
              Long.toString(answeredAt),
              address,
              Integer.toString(answer == null ? 0 : answer.sends())));
      if (!options.pause().isZero()) {
        try {
          Thread.sleep(options.pause().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private ISOMsg payment(String terminal, String card, long amountFen, String rrn, TerminalKeys k) {
    LocalDateTime local = LocalDateTime.now(SHANGHAI);
    ISOMsg m = new ISOMsg("0200");
    m.set(2, card);
    m.set(3, "000000");
    m.set(4, "%012d".formatted(amountFen));
    m.set(7, TRANSMISSION_TIME.format(Instant.now()));
    m.set(11, nextStan());
    m.set(12, LOCAL_TIME.format(local));
    m.set(13, LOCAL_DATE.format(local));
    m.set(37, rrn);
    m.set(41, terminal);
    m.set(49, "156");
    authenticator.sign(m, k);
    return m;
  }

  private String nextStan() {
    return "%06d".formatted(stan.incrementAndGet() % 1_000_000);
  }

  private String nextRrn(String terminal) {
    long next = rrns.computeIfAbsent(terminal, t -> new AtomicLong()).incrementAndGet();
    return "%012d".formatted(rrnBase + next);
  }

  private void write() throws IOException {
    if (options.outcomesOut() != null) {
      List<String> lines = new ArrayList<>();
      lines.add("terminal,rrn,card,amount_fen,code,answered_at_ms,address,sends");
      synchronized (outcomes) {
        lines.addAll(outcomes);
      }
      Files.write(options.outcomesOut(), lines);
    }
    if (options.eventsOut() != null) {
      Files.write(options.eventsOut(), events.lines());
    }
  }

  private void report(java.io.PrintStream out, List<FailoverGateway> gateways) {
    PrintWriter w = new PrintWriter(out, true);
    Map<String, Long> byCode = new TreeMap<>();
    codes.forEach((code, n) -> byCode.put(code, n.get()));
    w.println("payments by final answer: " + byCode);
    w.println("payments sent again with the same key: " + resent.get());
    w.println("payments never answered: " + unresolved.get());
    w.println("approvals with an invalid MAC: " + invalidMacs.get());
    int commands = gateways.stream().mapToInt(FailoverGateway::commandsAcknowledged).sum();
    w.println("server commands acknowledged: " + commands);
    w.println("gateway moves: " + events.moves());
    w.printf(
        "RESULT payments=%d approved=%d resent=%d unresolved=%d invalid_macs=%d moves=%d"
            + " commands=%d%n",
        byCode.values().stream().mapToLong(Long::longValue).sum(),
        byCode.getOrDefault("00", 0L),
        resent.get(),
        unresolved.get(),
        invalidMacs.get(),
        events.moves(),
        commands);
  }
}
