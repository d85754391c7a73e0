package org.yikatong.simulator;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of the failover load ({@link FailoverLoad}): terminals that pay one payment after the
 * other, as a real terminal does, over gateways that know every node's address.
 *
 * @param addresses the card adapters of all nodes; gateway <i>g</i> starts at address <i>g</i> mod
 *     n and moves to the next one when its node stops answering
 * @param secrets each terminal and its 32-byte secret, in order; spread over the gateways in turn
 * @param gateways gateway connections
 * @param duration how long new payments are started; the ones under way are then finished
 * @param cards card numbers to pay with
 * @param maxAmountFen payments are 1..this many fen
 * @param answerTimeout how long a terminal waits for an answer before it sends the payment again
 * @param giveUp how long a terminal keeps sending one payment again before it counts it unresolved
 * @param heartbeat how often each terminal sends a heartbeat (0800/301)
 * @param pause pause of a terminal between two payments
 * @param outcomesOut where each payment's outcome goes as CSV, or null
 * @param eventsOut where the gateways' connection events go, or null
 */
public record FailoverOptions(
    List<InetSocketAddress> addresses,
    Map<String, byte[]> secrets,
    int gateways,
    Duration duration,
    List<String> cards,
    long maxAmountFen,
    Duration answerTimeout,
    Duration giveUp,
    Duration heartbeat,
    Duration pause,
    Path outcomesOut,
    Path eventsOut) {

  static final String USAGE =
      """
      usage: java -cp yikatong-gateway-simulator-cli.jar org.yikatong.simulator.FailoverLoad \\
               --addresses=HOST:PORT,HOST:PORT [options]
        --addresses=H:P,...    card adapters of all nodes (required); a gateway whose node stops
                               answering moves to the next address
        --terminals=ID,...     POS terminals (default T0000001..T0000007), demo secrets
        --secret=ID:HEX        a terminal's 32-byte secret (64 hex characters)
        --gateways=N           gateway connections (default 2), terminals spread over them in turn
        --duration=S           seconds during which new payments start (default 30)
        --card-range=F:C       cards with ids F..F+C-1 (default 1:100, the demo cards)
        --max-amount=FEN       payments are 1..FEN fen (default 10)
        --answer-timeout-ms=MS wait for an answer before sending the payment again (default 2000)
        --give-up-s=S          stop sending one payment again after S seconds (default 120)
        --heartbeat-ms=MS      heartbeat interval per terminal (default 5000)
        --pause-ms=MS          pause between a terminal's payments (default 0)
        --outcomes-out=FILE    CSV: terminal,rrn,card,amount_fen,code,answered_at_ms,address,sends
        --events-out=FILE      CSV: at_ms,gateway,event,address (lost, connected, served)
      """;

  public static FailoverOptions parse(String... args) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    List<String> terminals = List.of();
    Map<String, byte[]> explicitSecrets = new LinkedHashMap<>();
    int gateways = 2;
    int duration = 30;
    List<String> cards = OpenLoopOptions.cardRange("1:100");
    int maxAmount = 10;
    int answerTimeout = 2000;
    int giveUp = 120;
    int heartbeat = 5000;
    int pause = 0;
    Path outcomes = null;
    Path events = null;
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Options are --name=value, was " + arg);
      }
      String name = arg.substring(2, arg.indexOf('='));
      String value = arg.substring(arg.indexOf('=') + 1);
      switch (name) {
        case "addresses" -> addresses = addresses(value);
        case "terminals" -> terminals = List.of(value.split(","));
        case "secret" -> OpenLoopOptions.secret(name, value, explicitSecrets);
        case "gateways" -> gateways = OpenLoopOptions.number(name, value, 1, 64);
        case "duration" -> duration = OpenLoopOptions.number(name, value, 1, 86_400);
        case "card-range" -> cards = OpenLoopOptions.cardRange(value);
        case "max-amount" -> maxAmount = OpenLoopOptions.number(name, value, 1, 1_000_000);
        case "answer-timeout-ms" ->
            answerTimeout = OpenLoopOptions.number(name, value, 100, 600_000);
        case "give-up-s" -> giveUp = OpenLoopOptions.number(name, value, 1, 86_400);
        case "heartbeat-ms" -> heartbeat = OpenLoopOptions.number(name, value, 100, 3_600_000);
        case "pause-ms" -> pause = OpenLoopOptions.number(name, value, 0, 600_000);
        case "outcomes-out" -> outcomes = Path.of(value);
        case "events-out" -> events = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option --" + name);
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("--addresses is required (HOST:PORT,HOST:PORT)");
    }
    if (terminals.isEmpty()) {
      terminals = new ArrayList<>();
      for (int i = 1; i <= 7; i++) {
        terminals.add("T%07d".formatted(i));
      }
    }
    Map<String, byte[]> secrets = new LinkedHashMap<>();
    for (String terminal : terminals) {
      if (!terminal.matches("[A-Z0-9]{8}")) {
        throw new IllegalArgumentException(
            "A terminal id has 8 letters or digits, was " + terminal);
      }
      secrets.put(
          terminal, explicitSecrets.getOrDefault(terminal, SimulatorOptions.demoSecret(terminal)));
    }
    if (gateways > secrets.size()) {
      throw new IllegalArgumentException(
          "--gateways=" + gateways + " is more than the " + secrets.size() + " terminals");
    }
    return new FailoverOptions(
        List.copyOf(addresses),
        secrets,
        gateways,
        Duration.ofSeconds(duration),
        cards,
        maxAmount,
        Duration.ofMillis(answerTimeout),
        Duration.ofSeconds(giveUp),
        Duration.ofMillis(heartbeat),
        Duration.ofMillis(pause),
        outcomes,
        events);
  }

  private static List<InetSocketAddress> addresses(String value) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String address : value.split(",")) {
      int colon = address.lastIndexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("--addresses takes HOST:PORT,..., was " + address);
      }
      int port = OpenLoopOptions.number("addresses", address.substring(colon + 1), 1, 65_535);
      addresses.add(InetSocketAddress.createUnresolved(address.substring(0, colon), port));
    }
    return addresses;
  }
}
