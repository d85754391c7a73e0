package org.yikatong.cardadapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionEvent.CloseReason;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.cardadapter.protocol.IsoCodec;

/**
 * The listening socket for gateway connections and the set of open connections.
 *
 * <p>Lifecycle: {@link #start()} binds the socket on the caller's thread (so a port already in use
 * fails the endpoint activation with a clear message) and schedules the accept loop as a Work;
 * {@link #stop()} closes the listening socket and every open connection, which ends their Works.
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
  private volatile ServerSocket serverSocket;

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
      workManager.scheduleWork(new AcceptLoop());
    } catch (WorkException e) {
      closeQuietly(serverSocket);
      throw new ResourceException("Card adapter cannot schedule its accept loop", e);
    }
    LOG.info(() -> "Card adapter listening for gateways on " + localAddress());
  }

  public void stop() {
    ServerSocket socket = serverSocket;
    serverSocket = null;
    closeQuietly(socket);
    connections.values().forEach(c -> c.close(CloseReason.ADAPTER_STOPPED));
    LOG.info("Card adapter stopped listening for gateways");
  }

  /** Number of connections currently open. */
  public int connectionCount() {
    return connections.size();
  }

  String localAddress() {
    ServerSocket socket = serverSocket;
    return socket == null
        ? settings.bindAddress() + ":" + settings.port()
        : socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  void forget(GatewayConnection connection) {
    connections.remove(connection.id());
    routes.forgetConnection(connection.id());
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
    if (connections.size() >= settings.maxConnections()) {
      LOG.warning(
          () ->
              "Refused gateway connection from "
                  + socket.getRemoteSocketAddress()
                  + ": already "
                  + settings.maxConnections()
                  + " connections (setting maxConnections)");
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
    try {
      workManager.scheduleWork(connection);
    } catch (WorkException e) {
      LOG.log(Level.WARNING, "No thread for gateway connection " + connection.id(), e);
      connections.remove(connection.id());
      closeQuietly(socket);
    }
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

  private final class AcceptLoop extends LongRunningWork {
    private static final long serialVersionUID = 1L;

    AcceptLoop() {
      super("yikatong-gateway-accept");
    }

    @Override
    public void run() {
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
    }

    @Override
    public void release() {
      closeQuietly(serverSocket);
    }
  }
}
