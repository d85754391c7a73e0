package org.yikatong.simulator;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MalformedMessageException;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Runs an open-loop benchmark: the terminals sign on, then card payments (0200) go out at the times
 * the {@link OpenLoopPlan} gives, whatever the answers to earlier ones; the terminals sign off at
 * the end.
 *
 * <p>Each gateway connection carries its terminals' requests pipelined, as the contract allows, and
 * answers are matched by MTI class, field 41 and field 11. A connection has at most {@code
 * maxInFlight} requests unanswered, the card adapter's own limit: a payment due while its
 * connection is full waits for a free slot, in order, and is recorded as held back. Its latency
 * still runs from its intended time (see {@link OpenLoopRecorder}), so a server that stalls shows
 * in the latencies rather than in a quietly lower request rate.
 *
 * <p>After the last payment's intended time the driver waits for the open answers at most the
 * timeout; what is left then is reported unanswered (sent) or not sent (still waiting for a slot).
 * Lifecycle: one {@link #run()} per driver; the connections are closed when it returns.
 */
final class OpenLoopDriver {

  /** One gateway connection's sending side. */
  interface Transport {
    /** Writes one message with its 2-byte length; frames written at once never interleave. */
    void write(byte[] message) throws IOException;

    void close();
  }

  /** What a connection's reader hands back: each frame read, and the connection's end. */
  interface Answers {
    /**
     * @param arrivedAt ticker time at which the whole frame had been read
     */
    void answer(byte[] frame, long arrivedAt);

    void ended(IOException cause);
  }

  /** Opens gateway connection {@code index}, whose reader reports to {@code answers}. */
  interface Connector {
    Transport open(int index, Answers answers) throws IOException;
  }

  /** Progress message at the start of the measured window. */
  static final String WINDOW_STARTS = "measured window starts";

  /** Progress message at the end of the measured window. */
  static final String WINDOW_ENDS = "measured window ends";

  /** How long terminals have to sign on before the schedule starts. */
  static final long SIGN_ON_WAIT_NANOS = 30_000_000_000L;

  private static final long POLL_NANOS = 1_000_000L;
  private static final DateTimeFormatter TRANSMISSION_TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HHmmss");
  private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("MMdd");

  private final OpenLoopOptions options;
  private final Ticker ticker;
  private final Clock clock;
  private final Connector connector;
  private final BiConsumer<String, String> approvedKeys;
  private final BiConsumer<String, String> unansweredKeys;
  private final AnswerLog answers;
  private final Consumer<String> progress;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final List<Terminal> terminals = new ArrayList<>();
  private final List<Lane> lanes = new ArrayList<>();
  private final long timeoutNanos;
  private final long rrnBase;
  private int stan;
  private volatile OpenLoopRecorder recorder;

  /**
   * @param ticker the time the schedule runs on and latencies are measured with
   * @param clock the wall clock for the messages' time fields (7, 12, 13) and the RRN base
   * @param approvedKeys given terminal and RRN of every payment answered 00, from the readers'
   *     threads
   * @param unansweredKeys given terminal and RRN of every payment sent and never answered:
   *     unanswered at the end, or lost with its connection
   * @param answers told every payment's answer as it arrives, from the readers' threads
   * @param progress told {@value #WINDOW_STARTS} when the measured window starts and {@value
   *     #WINDOW_ENDS} when it ends, at those times, so that a script can sample the server then
   */
  OpenLoopDriver(
      OpenLoopOptions options,
      Ticker ticker,
      Clock clock,
      Connector connector,
      BiConsumer<String, String> approvedKeys,
      BiConsumer<String, String> unansweredKeys,
      AnswerLog answers,
      Consumer<String> progress) {
    this.options = options;
    this.ticker = ticker;
    this.clock = clock;
    this.connector = connector;
    this.approvedKeys = approvedKeys;
    this.unansweredKeys = unansweredKeys;
    this.answers = answers;
    this.progress = progress;
    this.timeoutNanos = options.timeout().toNanos();
    // RRNs are this base plus a terminal's count. The base rises by 100,000 a second, more than a
    // terminal is ever offered in a second (at most MAX_RATE), so runs one after the other never
    // reuse an RRN; 12 digits, wrapping after 115 days.
    this.rrnBase = (clock.millis() / 1000 % 10_000_000L) * 100_000L;
  }

  /**
   * Signs the terminals on, runs the schedule, waits for the last answers, signs off.
   *
   * @throws IOException when a connection cannot be opened
   * @throws IllegalStateException when a terminal's sign-on is not answered 00 in time
   */
  OpenLoopReport run() throws IOException, InterruptedException {
    int i = 0;
    for (Map.Entry<String, byte[]> t : options.secrets().entrySet()) {
      terminals.add(new Terminal(t.getKey(), TerminalKeys.derive(t.getValue()), i++));
    }
    try {
      for (int c = 0; c < options.connections(); c++) {
        Lane lane = new Lane();
        lanes.add(lane);
        lane.transport = connector.open(c, lane);
      }
      signOn();
      OpenLoopPlan plan =
          new OpenLoopPlan(
              options.rate(),
              options.warmup(),
              options.duration(),
              terminals.size(),
              options.cards(),
              options.maxAmountFen(),
              options.seed());
      long start = ticker.nanos();
      recorder =
          new OpenLoopRecorder(
              new OpenLoopRecorder.Settings(
                  options.rate(),
                  options.warmup(),
                  options.duration(),
                  terminals.size(),
                  options.connections(),
                  options.maxInFlight(),
                  options.timeout().toMillis(),
                  options.seed()),
              start + plan.measuredFromNanos(),
              start + plan.measuredToNanos());
      long lastIntended = start;
      boolean measuring = false;
      while (plan.hasNext()) {
        OpenLoopPlan.Payment payment = plan.next();
        lastIntended = start + payment.offsetNanos();
        Terminal terminal = terminals.get(payment.terminal());
        // Packed and MACed before its time, so that the driver's own work does not make it late.
        InFlight request = payment(terminal, payment, lastIntended);
        ticker.awaitNanos(lastIntended);
        if (payment.measured() && !measuring) {
          measuring = true;
          progress.accept(WINDOW_STARTS);
        }
        recorder.scheduled(payment.measured());
        laneOf(terminal).submit(request);
      }
      ticker.awaitNanos(start + plan.measuredToNanos());
      progress.accept(WINDOW_ENDS);
      awaitIdle(lastIntended + timeoutNanos);
      for (Lane lane : lanes) {
        lane.finish();
      }
      signOff();
      return recorder.report();
    } finally {
      for (Lane lane : lanes) {
        if (lane.transport != null) {
          lane.transport.close();
        }
      }
    }
  }

  private void signOn() throws InterruptedException {
    Map<String, CompletableFuture<String>> answers = new HashMap<>();
    for (Terminal terminal : terminals) {
      InFlight request = network(terminal, "001");
      answers.put(terminal.id, request.networkAnswer);
      laneOf(terminal).submit(request);
    }
    awaitAll(answers.values(), ticker.nanos() + SIGN_ON_WAIT_NANOS);
    for (Map.Entry<String, CompletableFuture<String>> answer : answers.entrySet()) {
      String code = answer.getValue().exceptionally(ended -> null).getNow(null);
      if (!"00".equals(code)) {
        throw new IllegalStateException(
            "Terminal "
                + answer.getKey()
                + " did not sign on: "
                + (code == null ? "no answer" : "answered " + code)
                + " (a wrong secret is answered 63, an unknown terminal 58)");
      }
    }
  }

  /**
   * Sign-off on the connections that are still open and idle; not waited for beyond the timeout.
   */
  private void signOff() throws InterruptedException {
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (Terminal terminal : terminals) {
      Lane lane = laneOf(terminal);
      if (lane.usable()) {
        InFlight request = network(terminal, "002");
        answers.add(request.networkAnswer);
        lane.submit(request);
      }
    }
    awaitAll(answers, ticker.nanos() + timeoutNanos);
  }

  private void awaitAll(Iterable<CompletableFuture<String>> futures, long deadline)
      throws InterruptedException {
    while (ticker.nanos() < deadline) {
      boolean done = true;
      for (CompletableFuture<String> f : futures) {
        done &= f.isDone();
      }
      if (done) {
        return;
      }
      ticker.awaitNanos(Math.min(deadline, ticker.nanos() + POLL_NANOS));
    }
  }

  private void awaitIdle(long deadline) throws InterruptedException {
    while (ticker.nanos() < deadline && !lanes.stream().allMatch(Lane::idle)) {
      ticker.awaitNanos(Math.min(deadline, ticker.nanos() + POLL_NANOS));
    }
  }

  private Lane laneOf(Terminal terminal) {
    return lanes.get(terminal.index % lanes.size());
  }

  private InFlight payment(Terminal terminal, OpenLoopPlan.Payment payment, long intended) {
    String rrn = "%012d".formatted((rrnBase + ++terminal.count) % 1_000_000_000_000L);
    LocalDateTime local = LocalDateTime.now(clock.withZone(SHANGHAI));
    ISOMsg m = new ISOMsg(options.mti());
    m.set(2, payment.card());
    m.set(3, "000000");
    m.set(4, "%012d".formatted(payment.amountFen()));
    m.set(7, TRANSMISSION_TIME.format(clock.instant()));
    m.set(11, nextStan());
    m.set(12, LOCAL_TIME.format(local));
    m.set(13, LOCAL_DATE.format(local));
    m.set(37, rrn);
    m.set(41, terminal.id);
    m.set(49, "156");
    authenticator.sign(m, terminal.keys);
    return new InFlight(
        key("02", terminal.id, m.getString(11)),
        terminal,
        rrn,
        codec.pack(m),
        payment.measured(),
        intended,
        null);
  }

  private InFlight network(Terminal terminal, String function) {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, TRANSMISSION_TIME.format(clock.instant()));
    m.set(11, nextStan());
    m.set(41, terminal.id);
    m.set(70, function);
    authenticator.sign(m, terminal.keys);
    return new InFlight(
        key("08", terminal.id, m.getString(11)),
        terminal,
        null,
        codec.pack(m),
        false,
        ticker.nanos(),
        new CompletableFuture<>());
  }

  private synchronized String nextStan() {
    stan = stan % 999_999 + 1;
    return "%06d".formatted(stan);
  }

  /** Told each payment's answer: when it arrived (wall clock), whose it is and its code. */
  @FunctionalInterface
  interface AnswerLog {
    void answered(long epochMillis, String terminal, String rrn, String code);
  }

  /** How the contract matches a response to its request: MTI class, field 41 and field 11. */
  static String key(String mtiClass, String terminal, String stan) {
    return mtiClass + "/" + terminal + "/" + stan;
  }

  private static String keyOf(ISOMsg message) {
    String mti;
    try {
      mti = message.getMTI();
    } catch (ISOException e) {
      mti = "??";
    }
    return key(mti.substring(0, 2), message.getString(41), message.getString(11));
  }

  /** A simulated terminal: its keys and the count its RRNs run up by. */
  private static final class Terminal {
    final String id;
    final TerminalKeys keys;
    final int index;
    long count;

    Terminal(String id, TerminalKeys keys, int index) {
      this.id = id;
      this.keys = keys;
      this.index = index;
    }
  }

  /** A request on its way: a payment, or a sign-on or sign-off whose answer someone awaits. */
  private static final class InFlight {
    final String key;
    final Terminal terminal;
    final String rrn;
    final byte[] frame;
    final boolean measured;
    final long intended;
    final CompletableFuture<String> networkAnswer;
    boolean heldBack;

    InFlight(
        String key,
        Terminal terminal,
        String rrn,
        byte[] frame,
        boolean measured,
        long intended,
        CompletableFuture<String> networkAnswer) {
      this.key = key;
      this.terminal = terminal;
      this.rrn = rrn;
      this.frame = frame;
      this.measured = measured;
      this.intended = intended;
      this.networkAnswer = networkAnswer;
    }

    boolean isPayment() {
      return networkAnswer == null;
    }
  }

  /**
   * One gateway connection: the requests it has in flight (at most maxInFlight) and those waiting
   * for a slot, in order. Sending happens under the lane's lock, so that the frames of one
   * connection leave in the order their slots were given.
   */
  private final class Lane implements Answers {
    Transport transport;
    private final Map<String, InFlight> inFlight = new HashMap<>();
    private final ArrayDeque<InFlight> waiting = new ArrayDeque<>();
    private boolean ended;
    private boolean finished;

    synchronized void submit(InFlight request) {
      if (ended || finished) {
        refuse(request);
      } else if (inFlight.size() >= options.maxInFlight() || !waiting.isEmpty()) {
        request.heldBack = true;
        waiting.add(request);
      } else {
        transmit(request);
      }
    }

    /** Sends one request; the caller holds the lane's lock and a slot is free. */
    private void transmit(InFlight request) {
      inFlight.put(request.key, request);
      long sentAt = ticker.nanos();
      try {
        transport.write(request.frame);
      } catch (IOException e) {
        inFlight.remove(request.key);
        refuse(request);
        end(e);
        return;
      }
      if (request.isPayment()) {
        recorder.sent(request.measured, request.intended, sentAt, request.heldBack);
      }
    }

    private void refuse(InFlight request) {
      if (request.isPayment()) {
        recorder.unsendable(request.measured);
      } else {
        request.networkAnswer.completeExceptionally(new IOException("connection ended"));
      }
    }

    @Override
    public void answer(byte[] frame, long arrivedAt) {
      ISOMsg message;
      try {
        message = codec.unpack(frame);
      } catch (MalformedMessageException e) {
        unmatched();
        return;
      }
      InFlight request;
      synchronized (this) {
        request = inFlight.remove(keyOf(message));
        while (!ended && inFlight.size() < options.maxInFlight() && !waiting.isEmpty()) {
          transmit(waiting.poll());
        }
      }
      if (request == null) {
        unmatched(); // a command from the server (0620), or an answer after the run's end
        return;
      }
      String code = message.getString(39);
      if (!request.isPayment()) {
        request.networkAnswer.complete(code);
        return;
      }
      boolean macValid = authenticator.verifyFrame(frame, message, request.terminal.keys);
      recorder.answered(request.measured, request.intended, arrivedAt, code, macValid);
      answers.answered(clock.millis(), request.terminal.id, request.rrn, code);
      if ("00".equals(code)) {
        approvedKeys.accept(request.terminal.id, request.rrn);
      }
    }

    private void unmatched() {
      OpenLoopRecorder r = recorder;
      if (r != null) {
        r.unmatched();
      }
    }

    @Override
    public synchronized void ended(IOException cause) {
      if (!finished) {
        end(cause);
      }
    }

    /** The connection is gone: what it had in flight is lost, what waited is never sent. */
    private void end(IOException cause) {
      if (ended) {
        return;
      }
      ended = true;
      for (InFlight request : inFlight.values()) {
        if (request.isPayment()) {
          recorder.lost(request.measured);
          unansweredKeys.accept(request.terminal.id, request.rrn); // the server may have posted it
        } else {
          request.networkAnswer.completeExceptionally(cause);
        }
      }
      inFlight.clear();
      while (!waiting.isEmpty()) {
        refuse(waiting.poll());
      }
    }

    synchronized boolean idle() {
      return ended || (inFlight.isEmpty() && waiting.isEmpty());
    }

    synchronized boolean usable() {
      return !ended && !finished && inFlight.isEmpty() && waiting.isEmpty();
    }

    /**
     * The run is over: payments still in flight are unanswered, those still waiting never sent. The
     * lane stays open for the sign-off.
     */
    synchronized void finish() {
      for (InFlight request : inFlight.values()) {
        if (request.isPayment()) {
          recorder.unanswered(request.measured);
          unansweredKeys.accept(request.terminal.id, request.rrn);
        }
      }
      for (InFlight request : waiting) {
        if (request.isPayment()) {
          recorder.neverSent(request.measured);
        }
      }
      boolean clean = inFlight.isEmpty() && waiting.isEmpty();
      inFlight.clear();
      waiting.clear();
      if (!clean) {
        finished = true; // answers still due would take slots the sign-off cannot count on
      }
    }
  }
}
