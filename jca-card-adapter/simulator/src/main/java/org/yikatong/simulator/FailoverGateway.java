package org.yikatong.simulator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MalformedMessageException;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * One gateway of the failover load: a connection to one node at a time, carrying its terminals'
 * requests (many in flight, matched by MTI class, field 41 and field 11). When the connection ends,
 * or three answers in a row come too late, it connects to the next node's address, trying each in
 * turn, and signs its terminals on there. It answers the server's commands (0620) with 0630 and
 * sends each terminal's heartbeats.
 */
final class FailoverGateway {

  /** A request's answer as received: on which connection, after how many sends. */
  record Answer(byte[] frame, ISOMsg message, long answeredAtMillis, String address, int sends) {}

  private record Raw(byte[] frame, ISOMsg message, long atMillis) {}

  private static final DateTimeFormatter TRANSMISSION_TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);
  private static final int LATE_ANSWERS_BEFORE_MOVING = 3;

  private final int index;
  private final FailoverOptions options;
  private final IsoCodec codec;
  private final MessageAuthenticator authenticator;
  private final FailoverEvents events;
  private final Supplier<String> stans;
  private final Map<String, TerminalKeys> terminals = new LinkedHashMap<>();
  private final AtomicInteger commandsAcknowledged = new AtomicInteger();
  private final Object connecting = new Object();
  private volatile Link link;
  private volatile boolean closed;
  private int nextAddress;
  private Thread heartbeats;

  FailoverGateway(
      int index,
      FailoverOptions options,
      IsoCodec codec,
      MessageAuthenticator authenticator,
      FailoverEvents events,
      Supplier<String> stans) {
    this.index = index;
    this.options = options;
    this.codec = codec;
    this.authenticator = authenticator;
    this.events = events;
    this.stans = stans;
    this.nextAddress = index % options.addresses().size();
  }

  void add(String terminal, TerminalKeys keys) {
    terminals.put(terminal, keys);
  }

  void start() {
    awaitLink(System.nanoTime() + options.giveUp().toNanos());
    heartbeats = daemon("heartbeats-" + index, this::beat);
  }

  int commandsAcknowledged() {
    return commandsAcknowledged.get();
  }

  /**
   * Sends a request until it is answered, again with the same fields after a lost connection or a
   * late answer, for at most {@code giveUp}.
   *
   * @return the answer, or null when none came in time
   */
  Answer resolve(ISOMsg request, Duration giveUp) {
    long end = System.nanoTime() + giveUp.toNanos();
    int sends = 0;
    while (System.nanoTime() < end) {
      Link current = awaitLink(end);
      if (current == null) {
        return null;
      }
      CompletableFuture<Raw> answer;
      try {
        sends++;
        answer = current.send(request);
      } catch (IOException e) {
        current.end("write failed: " + e.getMessage());
        continue;
      }
      try {
        Raw raw = answer.get(options.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        current.lateAnswers.set(0);
        return new Answer(raw.frame(), raw.message(), raw.atMillis(), current.address, sends);
      } catch (TimeoutException e) {
        if (current.lateAnswers.incrementAndGet() >= LATE_ANSWERS_BEFORE_MOVING) {
          current.end(LATE_ANSWERS_BEFORE_MOVING + " answers in a row too late");
        }
      } catch (ExecutionException e) {
        // the connection ended; the next round connects again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** The live connection, connecting (to the next address after a lost one) when there is none. */
  private Link awaitLink(long endNanos) {
    Link current = link;
    if (current != null && !current.ended) {
      return current;
    }
    synchronized (connecting) {
      current = link;
      if (current != null && !current.ended) {
        return current;
      }
      boolean move = current != null;
      if (move) { // a node that stopped answering is tried last
        nextAddress =
            (options.addresses().indexOf(current.socketAddress) + 1) % options.addresses().size();
      }
      int tried = 0;
      while (!closed && System.nanoTime() < endNanos) {
        InetSocketAddress address = options.addresses().get(nextAddress);
        String name = address.getHostString() + ":" + address.getPort();
        try {
          Link fresh =
              new Link(name, address, new Socket(address.getHostString(), address.getPort()));
          if (signOn(fresh)) {
            link = fresh;
            events.connected(index, name, move);
            return fresh;
          }
          fresh.end("sign-on unanswered");
        } catch (IOException e) {
          // this node does not take connections now: try the next one
        }
        nextAddress = (nextAddress + 1) % options.addresses().size();
        if (++tried % options.addresses().size() == 0) {
          pause(200);
        }
      }
      return null;
    }
  }

  private boolean signOn(Link fresh) {
    for (Map.Entry<String, TerminalKeys> terminal : terminals.entrySet()) {
      try {
        fresh
            .send(network(terminal.getKey(), "001", terminal.getValue()))
            .get(options.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (IOException | ExecutionException | TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private void beat() {
    while (!closed) {
      pause(options.heartbeat().toMillis());
      Link current = link;
      if (current == null || current.ended) {
        continue;
      }
      for (Map.Entry<String, TerminalKeys> terminal : terminals.entrySet()) {
        try {
          current.send(network(terminal.getKey(), "301", terminal.getValue()));
        } catch (IOException e) {
          current.end("heartbeat failed: " + e.getMessage());
          break;
        }
      }
    }
  }

  private ISOMsg network(String terminal, String function, TerminalKeys keys) {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, TRANSMISSION_TIME.format(Instant.now()));
    m.set(11, stans.get());
    m.set(41, terminal);
    m.set(70, function);
    authenticator.sign(m, keys);
    return m;
  }

  void close() {
    closed = true;
    if (heartbeats != null) {
      heartbeats.interrupt();
    }
    Link current = link;
    if (current != null) {
      current.closeQuietly();
    }
  }

  private static Thread daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String key(ISOMsg message) {
    String mti;
    try {
      mti = message.getMTI();
    } catch (ISOException e) {
      mti = "??";
    }
    return mti.substring(0, 2) + "/" + message.getString(41) + "/" + message.getString(11);
  }

  /** One connection to one node. */
  private final class Link {
    final String address;
    final InetSocketAddress socketAddress;
    final Socket socket;
    final OutputStream out;
    final Map<String, CompletableFuture<Raw>> pending = new ConcurrentHashMap<>();
    final AtomicInteger lateAnswers = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicBoolean over =
        new java.util.concurrent.atomic.AtomicBoolean();
    volatile boolean ended;
    private boolean served;

    Link(String address, InetSocketAddress socketAddress, Socket socket) throws IOException {
      this.address = address;
      this.socketAddress = socketAddress;
      this.socket = socket;
      socket.setTcpNoDelay(true);
      this.out = socket.getOutputStream();
      daemon("gateway-" + index + "-reader", this::read);
    }

    CompletableFuture<Raw> send(ISOMsg request) throws IOException {
      if (ended) {
        throw new IOException("connection to " + address + " ended");
      }
      CompletableFuture<Raw> answer = new CompletableFuture<>();
      pending.put(key(request), answer);
      write(codec.pack(request));
      return answer;
    }

    private void write(byte[] message) throws IOException {
      PipelinedConnection.write(out, message);
    }

    private void read() {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
        while (true) {
          byte[] frame = new byte[in.readUnsignedShort()];
          in.readFully(frame);
          long at = System.currentTimeMillis();
          ISOMsg message = codec.unpack(frame);
          String mti = message.getMTI();
          if ("0620".equals(mti)) {
            acknowledge(message);
            continue;
          }
          CompletableFuture<Raw> waiting = pending.remove(key(message));
          if (waiting != null) {
            if ("0210".equals(mti) && !served) {
              served = true;
              events.served(index, address, at);
            }
            waiting.complete(new Raw(frame, message, at));
          }
        }
      } catch (IOException | MalformedMessageException | ISOException e) {
        end(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }

    /** A terminal acknowledges a command it received (0630, 39 = 00). */
    private void acknowledge(ISOMsg command) throws IOException {
      TerminalKeys keys = terminals.get(command.getString(41));
      if (keys == null) {
        return;
      }
      ISOMsg ack = new ISOMsg("0630");
      ack.set(11, command.getString(11));
      ack.set(39, "00");
      ack.set(41, command.getString(41));
      authenticator.sign(ack, keys);
      write(codec.pack(ack));
      commandsAcknowledged.incrementAndGet();
    }

    void end(String why) {
      if (!over.compareAndSet(false, true)) {
        return;
      }
      ended = true;
      if (!closed) {
        events.lost(index, address, why);
      }
      closeQuietly();
      IOException lost = new IOException("connection to " + address + " ended: " + why);
      pending.values().forEach(f -> f.completeExceptionally(lost));
    }

    void closeQuietly() {
      try {
        socket.close();
      } catch (IOException e) {
        // ending anyway
      }
    }
  }
}
