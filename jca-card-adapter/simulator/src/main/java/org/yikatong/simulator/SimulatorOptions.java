package org.yikatong.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulator is asked to do.
 *
 * @param host the card adapter's address
 * @param port the card adapter's port
 * @param connections how many gateway connections to open; terminals are spread over them
 * @param secrets each simulated terminal and its 32-byte secret, in order
 * @param echoes heartbeats (0800/301) each terminal sends between sign-on and sign-off
 * @param timeout how long to wait for each response
 */
public record SimulatorOptions(
    String host,
    int port,
    int connections,
    Map<String, byte[]> secrets,
    int echoes,
    Duration timeout,
    List<String> cards,
    int payments,
    long maxAmountFen,
    int retryPercent,
    int reversalPercent,
    int offline,
    int malformed) {

  static final String USAGE =
      """
      Usage: java -jar yikatong-gateway-simulator-cli.jar [options]
        --host=HOST            card adapter address (default 127.0.0.1)
        --port=PORT            card adapter port (default 9500)
        --connections=N        gateway connections to open (default 1)
        --terminals=ID,ID,...  terminals to play (default the demo terminals T0000001..T0000007)
        --secret=ID:HEX        a terminal's 32-byte secret as 64 hex characters; without it a
                               terminal uses its demo secret, SHA-256("yikatong-demo-terminal:" + ID)
        --echoes=N             heartbeats per terminal between sign-on and sign-off (default 3)
        --timeout-ms=MS        wait for each response at most this long (default 5000)
        --payments=N           card payments (0200) per terminal after the heartbeats (default 0)
        --cards=NO,NO,...      card numbers to pay with, chosen at random (default the demo cards
                               with ids 1..20: 6288000000000000013, ...)
        --max-amount=FEN       payments are 1..FEN fen (default 2000)
        --retries=PERCENT      payments sent a second time with the same key; the answer must be
                               the first one's (default 10)
        --reversals=PERCENT    payments followed by a reversal, as after a timeout (default 5)
        --offline=N            offline advices (0220) per terminal, uploaded twice, the second
                               time in reverse order; each must post once (default 0)
        --malformed=N          malformed frames, each on a connection of its own; each connection
                               must be closed by the server (default 0)
      With --rate=N the open-loop benchmark runs instead: payments offered at a fixed rate, latency
      from the intended send time; --rate=N --help lists its options.
      """;

  /** Prefix of the demo secret derivation (docs/demo-data.md). */
  static final String DEMO_SECRET_PREFIX = "yikatong-demo-terminal:";

  /**
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public static SimulatorOptions parse(String... args) {
    String host = "127.0.0.1";
    int port = 9500;
    int connections = 1;
    int echoes = 3;
    long timeoutMs = 5000;
    List<String> terminals = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      terminals.add("T%07d".formatted(i));
    }
    Map<String, byte[]> explicitSecrets = new LinkedHashMap<>();
    List<String> cards = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      cards.add(org.yikatong.cardadapter.api.CardNumber.of(id));
    }
    int payments = 0;
    long maxAmount = 2000;
    int retries = 10;
    int reversals = 5;
    int offline = 0;
    int malformed = 0;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Not an option: " + arg);
      }
      String name = arg.substring(2, eq);
      String value = arg.substring(eq + 1);
      switch (name) {
        case "host" -> host = value;
        case "port" -> port = OpenLoopOptions.number(name, value, 1, 65535);
        case "connections" -> connections = OpenLoopOptions.number(name, value, 1, 1000);
        case "echoes" -> echoes = OpenLoopOptions.number(name, value, 0, 100_000);
        case "timeout-ms" -> timeoutMs = OpenLoopOptions.number(name, value, 1, 600_000);
        case "terminals" -> terminals = List.of(value.split(","));
        case "payments" -> payments = OpenLoopOptions.number(name, value, 0, 1_000_000);
        case "max-amount" -> maxAmount = OpenLoopOptions.number(name, value, 1, 100_000);
        case "retries" -> retries = OpenLoopOptions.number(name, value, 0, 100);
        case "reversals" -> reversals = OpenLoopOptions.number(name, value, 0, 100);
        case "offline" -> offline = OpenLoopOptions.number(name, value, 0, 100_000);
        case "malformed" -> malformed = OpenLoopOptions.number(name, value, 0, 100_000);
        case "cards" -> {
          cards = List.of(value.split(","));
          for (String card : cards) {
            if (!card.matches("[0-9]{12,19}")) {
              throw new IllegalArgumentException("--cards: not a card number: " + card);
            }
          }
        }
        case "secret" -> {
          String[] parts = value.split(":", 2);
          if (parts.length != 2 || !parts[1].matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("--secret takes ID:HEX with 64 hex characters");
          }
          explicitSecrets.put(parts[0], HexFormat.of().parseHex(parts[1]));
        }
        default -> throw new IllegalArgumentException("Unknown option --" + name);
      }
    }
    Map<String, byte[]> secrets = new LinkedHashMap<>();
    for (String terminal : terminals) {
      if (!terminal.matches("[A-Z0-9]{8}")) {
        throw new IllegalArgumentException("--terminals: not a terminal id: " + terminal);
      }
      secrets.put(terminal, explicitSecrets.getOrDefault(terminal, demoSecret(terminal)));
    }
    return new SimulatorOptions(
        host,
        port,
        connections,
        secrets,
        echoes,
        Duration.ofMillis(timeoutMs),
        List.copyOf(cards),
        payments,
        maxAmount,
        retries,
        reversals,
        offline,
        malformed);
  }

  static byte[] demoSecret(String terminal) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((DEMO_SECRET_PREFIX + terminal).getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
