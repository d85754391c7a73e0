package org.yikatong.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Plays terminals against the card adapter: each terminal signs on, sends its heartbeats and signs
 * off, all terminals at once, spread over the gateway connections. Every response is checked (its
 * MAC under the terminal's key) and counted by response code.
 *
 * <p>Exit status: 0 when every request was answered 00 with a valid MAC, 1 otherwise, 2 for bad
 * options.
 *
 * <p>With {@code --rate=N} the command runs the open-loop benchmark instead ({@link
 * OpenLoopBenchmark}).
 */
public final class GatewaySimulator {

  private static final DateTimeFormatter TRANSMISSION_TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);

  private final SimulatorOptions options;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HHmmss");
  private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("MMdd");

  private final AtomicInteger stan = new AtomicInteger();
  private final Map<String, java.util.concurrent.atomic.AtomicLong> rrns =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final long rrnBase = (System.currentTimeMillis() / 1000 % 100_000_000L) * 10_000L;

  public GatewaySimulator(SimulatorOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
    if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--rate="))) {
      OpenLoopBenchmark.main(args); // the open-loop benchmark: payments at a fixed rate
      return;
    }
    SimulatorOptions options;
    try {
      options = SimulatorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(SimulatorOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      SimulationReport report = new GatewaySimulator(options).run();
      report.print(System.out);
      System.exit(report.consistent() ? 0 : 1);
    } catch (Exception e) {
      System.err.println("Simulation failed: " + e);
      System.exit(1);
    }
  }

  /** Runs the scenario and reports what the adapter answered. */
  public SimulationReport run() throws Exception {
    SimulationReport report = new SimulationReport();
    List<GatewayClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < options.connections(); i++) {
        clients.add(new GatewayClient(options.host(), options.port(), codec));
      }
      List<CompletableFuture<Void>> terminals = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, byte[]> terminal : options.secrets().entrySet()) {
        GatewayClient client = clients.get(index++ % clients.size());
        TerminalKeys keys = TerminalKeys.derive(terminal.getValue());
        terminals.add(
            CompletableFuture.runAsync(
                () -> playTerminal(client, terminal.getKey(), keys, report)));
      }
      CompletableFuture.allOf(terminals.toArray(CompletableFuture[]::new)).join();
      for (int i = 0; i < options.malformed(); i++) {
        sendMalformed(i, report);
      }
    } finally {
      for (GatewayClient client : clients) {
        client.close();
      }
    }
    return report;
  }

  private void playTerminal(
      GatewayClient client, String terminal, TerminalKeys keys, SimulationReport report) {
    exchange(client, networkRequest(terminal, "001", keys), keys, report);
    for (int i = 0; i < options.echoes(); i++) {
      exchange(client, networkRequest(terminal, "301", keys), keys, report);
    }
    Random random = new Random();
    for (int i = 0; i < options.payments(); i++) {
      String card = options.cards().get(random.nextInt(options.cards().size()));
      long amount = 1 + random.nextInt((int) options.maxAmountFen());
      ISOMsg payment =
          financial(
              "0200", terminal, card, amount, nextRrn(terminal), LocalDateTime.now(SHANGHAI), keys);
      ISOMsg first = exchange(client, payment, keys, report);
      if (first != null && random.nextInt(100) < options.retryPercent()) {
        ISOMsg again = exchange(client, payment, keys, report);
        report.recordRepeat(
            again != null
                && first.getString(39).equals(again.getString(39))
                && java.util.Objects.equals(first.getString(38), again.getString(38)),
            terminal + " " + payment.getString(37));
      }
      if (first != null && random.nextInt(100) < options.reversalPercent()) {
        exchange(
            client,
            financial(
                "0400",
                terminal,
                card,
                amount,
                payment.getString(37),
                LocalDateTime.now(SHANGHAI),
                keys),
            keys,
            report);
      }
    }
    List<ISOMsg> batch = new ArrayList<>();
    LocalDateTime offlineFrom = LocalDateTime.now(SHANGHAI).minusHours(1);
    for (int i = 0; i < options.offline(); i++) {
      String card = options.cards().get(random.nextInt(options.cards().size()));
      long amount = 1 + random.nextInt((int) options.maxAmountFen());
      batch.add(
          financial(
              "0220", terminal, card, amount, nextRrn(terminal), offlineFrom.plusSeconds(i), keys));
    }
    List<ISOMsg> firstAnswers = new ArrayList<>();
    for (ISOMsg advice : batch) {
      firstAnswers.add(exchange(client, advice, keys, report));
    }
    for (int i = batch.size() - 1; i >= 0; i--) {
      ISOMsg again = exchange(client, batch.get(i), keys, report);
      ISOMsg first = firstAnswers.get(i);
      report.recordRepeat(
          first != null
              && again != null
              && first.getString(39).equals(again.getString(39))
              && java.util.Objects.equals(first.getString(38), again.getString(38)),
          terminal + " offline " + batch.get(i).getString(37));
    }
    exchange(client, networkRequest(terminal, "002", keys), keys, report);
  }

  /** Sends a request, records its answer; null when none came in time. */
  private ISOMsg exchange(
      GatewayClient client, ISOMsg request, TerminalKeys keys, SimulationReport report) {
    long started = System.nanoTime();
    try {
      GatewayClient.Response response =
          client.send(request).get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      boolean macValid = authenticator.verifyFrame(response.frame(), response.message(), keys);
      report.record(response.message().getString(39), macValid, System.nanoTime() - started);
      return response.message();
    } catch (Exception e) {
      report.recordFailure(IsoCodec.describe(request) + ": " + e);
      return null;
    }
  }

  /** A financial request of the contract (0200 payment, 0220 offline advice, 0400 reversal). */
  private ISOMsg financial(
      String mti,
      String terminal,
      String card,
      long amountFen,
      String rrn,
      LocalDateTime localTime,
      TerminalKeys keys) {
    ISOMsg m = new ISOMsg(mti);
    m.set(2, card);
    m.set(3, "000000");
    m.set(4, "%012d".formatted(amountFen));
    m.set(7, TRANSMISSION_TIME.format(Instant.now()));
    m.set(11, "%06d".formatted(stan.incrementAndGet() % 1_000_000));
    m.set(12, LOCAL_TIME.format(localTime));
    m.set(13, LOCAL_DATE.format(localTime));
    m.set(37, rrn);
    m.set(41, terminal);
    m.set(49, "156");
    authenticator.sign(m, keys);
    return m;
  }

  /** A terminal's RRNs run up by one, from a base rising from run to run (12 digits). */
  private String nextRrn(String terminal) {
    long next =
        rrns.computeIfAbsent(terminal, t -> new java.util.concurrent.atomic.AtomicLong())
            .incrementAndGet();
    return "%012d".formatted(rrnBase + next);
  }

  /** Writes a frame jPOS cannot unpack on a connection of its own; the server must close it. */
  private void sendMalformed(int index, SimulationReport report) {
    byte[] garbage = new byte[16 + index % 48];
    new Random(index).nextBytes(garbage);
    garbage[0] = (byte) 0x99; // never a valid BCD MTI
    try (java.net.Socket socket = new java.net.Socket(options.host(), options.port())) {
      socket.setSoTimeout((int) options.timeout().toMillis());
      java.io.DataOutputStream out = new java.io.DataOutputStream(socket.getOutputStream());
      out.writeShort(garbage.length);
      out.write(garbage);
      out.flush();
      boolean closed = socket.getInputStream().read() < 0;
      report.recordMalformed(closed, "malformed frame " + index);
    } catch (java.net.SocketTimeoutException e) {
      report.recordMalformed(false, "malformed frame " + index + ": connection left open");
    } catch (java.io.IOException e) {
      report.recordMalformed(true, "malformed frame " + index); // reset by the server: closed
    }
  }

  private ISOMsg networkRequest(String terminal, String function, TerminalKeys keys) {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, TRANSMISSION_TIME.format(Instant.now()));
    m.set(11, "%06d".formatted(stan.incrementAndGet() % 1_000_000));
    m.set(41, terminal);
    m.set(70, function);
    authenticator.sign(m, keys);
    return m;
  }
}
