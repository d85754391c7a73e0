package org.yikatong.cardadapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionEvent.CloseReason;
import org.yikatong.cardadapter.api.ListenerStatus;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.cardadapter.protocol.IsoCodec;

/**
 * The listening socket for gateway connections and the set of open connections.
 *
 * <p>Lifecycle: {@link #start()} binds the socket on the caller's thread (so a port already in use
 * fails the endpoint activation with a clear message) and schedules the accept loop as a Work;
 * {@link #stop()} closes the listening socket and every open connection, which ends their Works.
 *
 * <p>Limits against hostile traffic: at most {@code maxConnections} connections, and at most {@code
 * maxConnectionsPerAddress} from one source address; a connection beyond either is closed on
 * accept, with no event for the endpoints and a rate-limited warning, so that a flood of
 * connections writes neither a record nor a log line each. A second Work, the deadline watch,
 * closes every connection that has not delivered an authenticated request {@code
 * firstFrameTimeoutMillis} after accept.
 */
public final class GatewayServer {

  private static final Logger LOG = Logger.getLogger(GatewayServer.class.getName());

  private final ServerSettings settings;
  private final WorkManager workManager;
  private final EndpointRegistry endpoints;
  private final Clock clock;
  private final RequestDispatcher dispatcher;
  private final TerminalRoutes routes = new TerminalRoutes();
  private final Map<String, GatewayConnection> connections = new ConcurrentHashMap<>();
  private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
  private final DelayQueue<Deadline> deadlines = new DelayQueue<>();
  private final RateLimitedLog refusedConnections = new RateLimitedLog(LOG, 60_000);
  private final RateLimitedLog refusedFrames = new RateLimitedLog(LOG, 60_000);
  private volatile ServerSocket serverSocket;
  private volatile boolean acceptLoopRunning;

  public GatewayServer(
      ServerSettings settings, WorkManager workManager, EndpointRegistry endpoints, Clock clock) {
    this.settings = settings;
    this.workManager = workManager;
    this.endpoints = endpoints;
    this.clock = clock;
    this.dispatcher = new RequestDispatcher(new IsoCodec(), endpoints, clock, routes);
  }

  public void start() throws ResourceException {
    InetSocketAddress address = new InetSocketAddress(settings.bindAddress(), settings.port());
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(address, settings.maxConnections());
      serverSocket = socket;
    } catch (IOException e) {
      throw new ResourceException(
          "Card adapter cannot listen on " + address + " (settings bindAddress/port): " + e, e);
    }
    try {
      workManager.scheduleWork(new DeadlineWatch());
      acceptLoopRunning = true;
      workManager.scheduleWork(new AcceptLoop());
    } catch (WorkException e) {
      acceptLoopRunning = false;
      closeQuietly(serverSocket);
      deadlines.add(Deadline.STOP);
      throw new ResourceException("Card adapter cannot schedule its accept loop", e);
    }
    LOG.info(() -> "Card adapter listening for gateways on " + localAddress());
  }

  public void stop() {
    ServerSocket socket = serverSocket;
    serverSocket = null;
    closeQuietly(socket);
    deadlines.add(Deadline.STOP);
    connections.values().forEach(c -> c.close(CloseReason.ADAPTER_STOPPED));
    LOG.info("Card adapter stopped listening for gateways");
  }

  /** Number of connections currently open. */
  public int connectionCount() {
    return connections.size();
  }

  /**
   * Whether this server takes connections now: its socket bound and open, its accept loop scheduled
   * and not ended (a loop that ended, e.g. its Work released by the work manager, takes none
   * whatever the socket).
   */
  public ListenerStatus status() {
    ServerSocket socket = serverSocket;
    boolean accepting =
        socket != null && socket.isBound() && !socket.isClosed() && acceptLoopRunning;
    return new ListenerStatus(accepting, localAddress(), connections.size());
  }

  String localAddress() {
    ServerSocket socket = serverSocket;
    return socket == null
        ? settings.bindAddress() + ":" + settings.port()
        : socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  void forget(GatewayConnection connection) {
    if (connections.remove(connection.id()) != null) {
      release(connection.source());
    }
    routes.forgetConnection(connection.id());
  }

  /** The warning for refused frames, shared by all connections so that a flood logs a sample. */
  RateLimitedLog refusedFrames() {
    return refusedFrames;
  }

  /**
   * Sends a command to a terminal as 0620 on the connection that last carried it.
   *
   * @return false when no open connection carries the terminal, or writing failed
   */
  public boolean send(TerminalCommandMessage command) {
    Optional<TerminalRoutes.Route> route = routes.of(command.terminalId());
    GatewayConnection connection = route.map(r -> connections.get(r.connectionId())).orElse(null);
    if (connection == null) {
      return false;
    }
    try {
      connection.write(dispatcher.command(command, route.get().keys()));
      LOG.fine(
          () -> "Sent " + command.command() + " " + command.stan() + " to " + command.terminalId());
      return true;
    } catch (IOException e) {
      LOG.log(Level.FINE, "Command for " + command.terminalId() + " not sent", e);
      return false;
    }
  }

  private void accepted(Socket socket) {
    InetAddress source = socket.getInetAddress();
    if (connections.size() >= settings.maxConnections()) {
      refusedConnections.warn(
          n ->
              "Refused gateway connection from "
                  + socket.getRemoteSocketAddress()
                  + ": already "
                  + settings.maxConnections()
                  + " connections (setting maxConnections)"
                  + RateLimitedLog.passedOver(n));
      closeQuietly(socket);
      return;
    }
    if (!reserve(source)) {
      refusedConnections.warn(
          n ->
              "Refused gateway connection from "
                  + socket.getRemoteSocketAddress()
                  + ": already "
                  + settings.maxConnectionsPerAddress()
                  + " connections from "
                  + source.getHostAddress()
                  + " (setting maxConnectionsPerAddress)"
                  + RateLimitedLog.passedOver(n));
      closeQuietly(socket);
      return;
    }
    GatewayConnection connection =
        new GatewayConnection(
            UUID.randomUUID().toString(),
            socket,
            settings,
            endpoints,
            this,
            dispatcher,
            workManager,
            clock);
    connections.put(connection.id(), connection);
    deadlines.add(
        new Deadline(
            connection,
            System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.firstFrameTimeoutMillis())));
    try {
      workManager.scheduleWork(connection);
    } catch (WorkException e) {
      LOG.log(Level.WARNING, "No thread for gateway connection " + connection.id(), e);
      if (connections.remove(connection.id()) != null) {
        release(source);
      }
      closeQuietly(socket);
    }
  }

  /** Counts a connection from the address; false when the address already has its most. */
  private boolean reserve(InetAddress source) {
    boolean[] reserved = {false};
    perAddress.compute(
        source,
        (address, held) -> {
          int count = held == null ? 0 : held;
          if (count >= settings.maxConnectionsPerAddress()) {
            return held;
          }
          reserved[0] = true;
          return count + 1;
        });
    return reserved[0];
  }

  private void release(InetAddress source) {
    perAddress.computeIfPresent(source, (address, held) -> held <= 1 ? null : held - 1);
  }

  static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Close failed", e);
    }
  }

  /**
   * The moment a connection must have delivered an authenticated request by, in {@link
   * System#nanoTime()} terms: a deadline is real elapsed time, like the socket timeouts.
   */
  private record Deadline(GatewayConnection connection, long dueNanos) implements Delayed {
    /** Ends the deadline watch. */
    static final Deadline STOP = new Deadline(null, Long.MIN_VALUE);

    @Override
    public long getDelay(TimeUnit unit) {
      return connection == null
          ? 0
          : unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      Deadline that = (Deadline) other;
      if (connection == null || that.connection == null) {
        return Boolean.compare(connection != null, that.connection != null);
      }
      return Long.signum(dueNanos - that.dueNanos); // nanoTime values compare by difference
    }
  }

  /**
   * Closes each connection that has no authenticated request when its deadline comes. A deadline
   * stays queued after its connection closed, until it is due: the queue holds at most the
   * connections accepted within one {@code firstFrameTimeoutMillis}.
   */
  private final class DeadlineWatch extends LongRunningWork {
    private static final long serialVersionUID = 1L;

    DeadlineWatch() {
      super("yikatong-gateway-deadlines");
    }

    @Override
    public void run() {
      try {
        for (Deadline due = deadlines.take(); due.connection() != null; due = deadlines.take()) {
          due.connection().firstFrameDeadline();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void release() {
      deadlines.add(Deadline.STOP);
    }
  }

  private final class AcceptLoop extends LongRunningWork {
    private static final long serialVersionUID = 1L;

    AcceptLoop() {
      super("yikatong-gateway-accept");
    }

    @Override
    public void run() {
      try {
        ServerSocket socket;
        while ((socket = serverSocket) != null) {
          try {
            accepted(socket.accept());
          } catch (IOException e) {
            if (serverSocket != null) {
              LOG.log(Level.WARNING, "Accepting a gateway connection failed", e);
            }
          }
        }
      } finally {
        acceptLoopRunning = false;
      }
    }

    @Override
    public void release() {
      closeQuietly(serverSocket);
    }
  }
}
