package org.yikatong.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.cardadapter.api.CardNumber;

/**
 * What the open-loop benchmark is asked to do: offer card payments at a fixed rate, whatever the
 * answers, for a warm-up and then a measured duration.
 *
 * @param host the card adapter's address
 * @param port the card adapter's port
 * @param connections gateway connections; terminal {@code i} (in the order given) uses connection
 *     {@code i % connections}
 * @param secrets each terminal and its 32-byte secret, in order; payments go to them in turn
 * @param cards card numbers (field 2) the payments choose from at random
 * @param maxAmountFen payments are 1..maxAmountFen fen, at random
 * @param rate payments offered per second, over all terminals together
 * @param warmup seconds offered before the measured window, not measured
 * @param duration seconds of the measured window
 * @param timeout an answer later than this after the intended send time counts as a timeout; after
 *     the last payment's intended time the driver waits this long for the answers still open
 * @param maxInFlight requests one connection has sent and not yet had answered; a payment due while
 *     its connection has this many waits for a free slot (and is late)
 * @param seed seed of the random choice of cards and amounts
 * @param approvedOut where to write the key (terminal, RRN) of every payment answered 00, or null
 * @param unansweredOut where to write the key of every payment sent and never answered (unanswered
 *     at the end of the run or lost with its connection; the server may have posted it), or null
 * @param histogramOut where to write the measured latencies as an HdrHistogram log, or null
 * @param answersOut where to write the arrival time (epoch milliseconds), terminal, RRN and
 *     response code of every payment answered, or null
 * @param mti the message offered: {@code 0200}, online payments, or {@code 0220}, offline advices
 *     (payments a terminal made while offline, uploaded), answered 0230
 */
public record OpenLoopOptions(
    String host,
    int port,
    int connections,
    Map<String, byte[]> secrets,
    List<String> cards,
    long maxAmountFen,
    int rate,
    int warmup,
    int duration,
    Duration timeout,
    int maxInFlight,
    long seed,
    Path approvedOut,
    Path unansweredOut,
    Path histogramOut,
    Path answersOut,
    String mti) {

  static final String USAGE =
      """
      Usage: java -jar yikatong-gateway-simulator-cli.jar --rate=N [options]
      Open-loop benchmark: card payments (0200) are offered at a fixed rate whatever the answers;
      latency is measured from each payment's intended send time.
        --rate=N               payments per second, over all terminals together (required, 1..50000)
        --duration=S           seconds measured (default 60)
        --warmup=S             seconds offered before the measured window, not measured (default 15)
        --host=HOST            card adapter address (default 127.0.0.1)
        --port=PORT            card adapter port (default 9500)
        --connections=N        gateway connections, at most one per terminal (default 1)
        --terminals=ID,ID,...  POS terminals, paid at in turn (default T0000001..T0000007)
        --secret=ID:HEX        a terminal's 32-byte secret as 64 hex characters; without it a
                               terminal uses its demo secret, SHA-256("yikatong-demo-terminal:" + ID)
        --secrets-file=FILE    secrets as lines ID:HEX (blank lines and lines starting # skipped)
        --cards=NO,NO,...      card numbers to pay with, chosen at random
        --card-range=FIRST:COUNT
                               the card numbers of the cards with ids FIRST..FIRST+COUNT-1 (6288,
                               the id in 14 digits, a Luhn digit); default 1:100, the demo cards
        --card-ids=ID,ID,...   the card numbers of the cards with these ids
        --card-ids-file=FILE   the same, one id per line
        --max-amount=FEN       payments are 1..FEN fen, at random (default 100)
        --mti=MTI              0200 online payments (default) or 0220 offline advices: payments
                               made offline at the terminal, uploaded at the rate
        --timeout-ms=MS        an answer later than this after the intended send time is a timeout;
                               the wait for the last answers (default 2000, the contract's)
        --max-in-flight=N      requests in flight per connection (default 32, the adapter's)
        --seed=N               seed of the choice of cards and amounts (default from the clock)
        --approved-out=FILE    writes "terminal,rrn" of every payment answered 00, warm-up included
        --unanswered-out=FILE  writes "terminal,rrn" of every payment sent and never answered
                               (the server may have posted it)
        --histogram-out=FILE   writes the measured latencies as an HdrHistogram log (microseconds)
        --answers-out=FILE     writes "epoch-millis,terminal,rrn,code" of every payment answered,
                               as it arrives, warm-up included (e.g. to time an outage)
      """;

  /** The most payments per second; a terminal's RRNs (base + n) stay apart from run to run. */
  static final int MAX_RATE = 50_000;

  /**
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public static OpenLoopOptions parse(String... args) {
    String host = "127.0.0.1";
    int port = 9500;
    int connections = 1;
    List<String> terminals = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      terminals.add("T%07d".formatted(i));
    }
    Map<String, byte[]> explicitSecrets = new LinkedHashMap<>();
    List<String> cards = null;
    String cardRange = null;
    String cardIds = null;
    long maxAmount = 100;
    Integer rate = null;
    int warmup = 15;
    int duration = 60;
    long timeoutMs = 2000;
    int maxInFlight = 32;
    long seed = System.nanoTime();
    Path approvedOut = null;
    Path unansweredOut = null;
    Path histogramOut = null;
    Path answersOut = null;
    String mti = "0200";
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Not an option: " + arg);
      }
      String name = arg.substring(2, eq);
      String value = arg.substring(eq + 1);
      switch (name) {
        case "host" -> host = value;
        case "port" -> port = number(name, value, 1, 65535);
        case "connections" -> connections = number(name, value, 1, 1000);
        case "terminals" -> terminals = List.of(value.split(","));
        case "rate" -> rate = number(name, value, 1, MAX_RATE);
        case "warmup" -> warmup = number(name, value, 0, 3600);
        case "duration" -> duration = number(name, value, 1, 86_400);
        case "timeout-ms" -> timeoutMs = number(name, value, 1, 600_000);
        case "max-in-flight" -> maxInFlight = number(name, value, 1, 1024);
        case "max-amount" -> maxAmount = number(name, value, 1, 100_000);
        case "seed" -> {
          try {
            seed = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a number, was " + value);
          }
        }
        case "cards" -> {
          cards = List.of(value.split(","));
          for (String card : cards) {
            if (!card.matches("[0-9]{12,19}")) {
              throw new IllegalArgumentException("--cards: not a card number: " + card);
            }
          }
        }
        case "card-range" -> cardRange = value;
        case "card-ids" -> cardIds = value;
        case "card-ids-file" -> {
          try {
            cardIds =
                String.join(
                    ",",
                    Files.readAllLines(Path.of(value), StandardCharsets.US_ASCII).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList());
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--card-ids-file: cannot read " + value + ": " + e);
          }
          if (cardIds.isEmpty()) {
            throw new IllegalArgumentException("--card-ids-file: no card id in " + value);
          }
        }
        case "secret" -> secret(name, value, explicitSecrets);
        case "secrets-file" -> {
          List<String> lines;
          try {
            lines = Files.readAllLines(Path.of(value), StandardCharsets.US_ASCII);
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--secrets-file: cannot read " + value + ": " + e);
          }
          for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
              secret(name, line.strip(), explicitSecrets);
            }
          }
        }
        case "approved-out" -> approvedOut = path(name, value);
        case "unanswered-out" -> unansweredOut = path(name, value);
        case "histogram-out" -> histogramOut = path(name, value);
        case "answers-out" -> answersOut = path(name, value);
        case "mti" -> {
          if (!value.equals("0200") && !value.equals("0220")) {
            throw new IllegalArgumentException("--mti must be 0200 or 0220, was " + value);
          }
          mti = value;
        }
        default -> throw new IllegalArgumentException("Unknown option --" + name);
      }
    }
    if (rate == null) {
      throw new IllegalArgumentException("--rate is required");
    }
    if ((cards != null ? 1 : 0) + (cardRange != null ? 1 : 0) + (cardIds != null ? 1 : 0) > 1) {
      throw new IllegalArgumentException("--cards, --card-range and --card-ids exclude each other");
    }
    if (cardIds != null) {
      cards = cardIds(cardIds);
    } else if (cards == null) {
      cards = cardRange(cardRange == null ? "1:100" : cardRange);
    }
    Map<String, byte[]> secrets = new LinkedHashMap<>();
    for (String terminal : terminals) {
      if (!terminal.matches("[A-Z0-9]{8}")) {
        throw new IllegalArgumentException("--terminals: not a terminal id: " + terminal);
      }
      secrets.put(
          terminal,
          explicitSecrets.getOrDefault(terminal, SimulatorOptions.demoSecret(terminal)).clone());
    }
    if (connections > secrets.size()) {
      throw new IllegalArgumentException(
          "--connections="
              + connections
              + " is more than the "
              + secrets.size()
              + " terminals: a connection without a terminal is closed by the adapter");
    }
    return new OpenLoopOptions(
        host,
        port,
        connections,
        secrets,
        List.copyOf(cards),
        maxAmount,
        rate,
        warmup,
        duration,
        Duration.ofMillis(timeoutMs),
        maxInFlight,
        seed,
        approvedOut,
        unansweredOut,
        histogramOut,
        answersOut,
        mti);
  }

  /** The card numbers of the cards with ids FIRST..FIRST+COUNT-1. */
  static List<String> cardRange(String value) {
    String[] parts = value.split(":", 2);
    long first;
    int count;
    try {
      first = Long.parseLong(parts[0]);
      count = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
    } catch (NumberFormatException e) {
      first = -1;
      count = -1;
    }
    if (first < 1 || count < 1 || count > 1_000_000 || first + count - 1 > 99_999_999_999_999L) {
      throw new IllegalArgumentException(
          "--card-range takes FIRST:COUNT, card ids from 1 and a count from 1 to 1000000, was "
              + value);
    }
    List<String> cards = new ArrayList<>(count);
    for (long id = first; id < first + count; id++) {
      cards.add(CardNumber.of(id));
    }
    return cards;
  }

  /** The card numbers of the cards with these ids. */
  static List<String> cardIds(String value) {
    List<String> cards = new ArrayList<>();
    for (String id : value.split(",")) {
      try {
        cards.add(CardNumber.of(Long.parseLong(id.strip())));
      } catch (IllegalArgumentException e) { // NumberFormatException included
        throw new IllegalArgumentException("--card-ids: not a card id: " + id);
      }
    }
    return cards;
  }

  /** Payments offered in all: warm-up and measured window. */
  long totalPayments() {
    return (long) rate * (warmup + duration);
  }

  /** Reads {@code ID:HEX} (a terminal's 32-byte secret) into {@code secrets}. */
  static void secret(String option, String value, Map<String, byte[]> secrets) {
    String[] parts = value.split(":", 2);
    if (parts.length != 2 || !parts[1].matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "--" + option + " takes ID:HEX with 64 hex characters, was " + parts[0] + ":...");
    }
    secrets.put(parts[0], HexFormat.of().parseHex(parts[1]));
  }

  private static Path path(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " needs a file name");
    }
    return Path.of(value);
  }

  /** The value of option {@code name} as a number from {@code min} to {@code max}. */
  static int number(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw new IllegalArgumentException(
        "--" + name + " must be a number from " + min + " to " + max + ", was " + value);
  }
}
