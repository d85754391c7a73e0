package org.yikatong.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
public final class GatewaySimulator {

  private static final DateTimeFormatter TRANSMISSION_TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);

  private final SimulatorOptions options;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final AtomicInteger stan = new AtomicInteger();

  public GatewaySimulator(SimulatorOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
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
      System.exit(report.allApproved() ? 0 : 1);
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
    } finally {
      for (GatewayClient client : clients) {
        client.close();
      }
    }
    return report;
  }

  private void playTerminal(
      GatewayClient client, String terminal, TerminalKeys keys, SimulationReport report) {
    List<String> functions = new ArrayList<>();
    functions.add("001");
    for (int i = 0; i < options.echoes(); i++) {
      functions.add("301");
    }
    functions.add("002");
    for (String function : functions) {
      ISOMsg request = networkRequest(terminal, function, keys);
      long started = System.nanoTime();
      try {
        GatewayClient.Response response =
            client.send(request).get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        boolean macValid = authenticator.verifyFrame(response.frame(), response.message(), keys);
        report.record(response.message().getString(39), macValid, System.nanoTime() - started);
      } catch (Exception e) {
        report.recordFailure(terminal + " " + function + ": " + e);
      }
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
