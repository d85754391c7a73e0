package org.yikatong.cardadapter.inbound;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.cardadapter.api.GatewayConnectionEvent.CloseReason;
import org.yikatong.cardadapter.inbound.RequestDispatcher.Outcome;
import org.yikatong.cardadapter.inbound.RequestDispatcher.Verdict;
import org.yikatong.cardadapter.protocol.MalformedMessageException;

/**
 * One gateway connection and the Work that reads it.
 *
 * <p>Frames are a 2-byte big-endian unsigned length followed by that many bytes (see {@code
 * docs/terminal-protocol.md}). Lifecycle: the reader reports {@code gatewayConnected}, reads frames
 * until the connection ends, then reports {@code gatewayDisconnected} exactly once with the first
 * reason that ended it.
 *
 * <p>Each frame is a request, served by the {@link RequestDispatcher} in a Work of its own so that
 * a gateway can have many requests in flight (at most {@code maxInFlight}; reading waits beyond
 * that), and answered on the same connection as soon as it is done, in any order. A frame that is
 * not a request of the contract closes the connection as {@link CloseReason#MALFORMED_FRAME}.
 *
 * <p>Against hostile traffic: a connection is closed as {@link CloseReason#FIRST_FRAME_TIMEOUT}
 * when the server's deadline watch finds it without an authenticated request {@code
 * firstFrameTimeoutMillis} after accept, and as {@link CloseReason#TOO_MANY_REFUSALS} after {@code
 * maxRefusedFramesPerConnection} refused frames (58, 63) since its last authenticated request. The
 * count starts again at each authenticated request, so a gateway carrying one disabled terminal
 * among working ones keeps its connection; a sender with no key never resets it.
 */
final class GatewayConnection extends LongRunningWork {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(GatewayConnection.class.getName());

  private final String id;
  private final transient Socket socket;
  private final ServerSettings settings;
  private final transient EndpointRegistry endpoints;
  private final transient GatewayServer server;
  private final transient Clock clock;
  private final transient RequestDispatcher dispatcher;
  private final transient WorkManager workManager;
  private final transient Semaphore inFlight;
  private transient volatile DataOutputStream out;
  private volatile boolean authenticated;
  private final AtomicInteger refusedSinceAuthenticated = new AtomicInteger();
  private final AtomicReference<CloseReason> closeReason = new AtomicReference<>();

  GatewayConnection(
      String id,
      Socket socket,
      ServerSettings settings,
      EndpointRegistry endpoints,
      GatewayServer server,
      RequestDispatcher dispatcher,
      WorkManager workManager,
      Clock clock) {
    super("yikatong-gateway-" + id);
    this.id = id;
    this.socket = socket;
    this.settings = settings;
    this.endpoints = endpoints;
    this.server = server;
    this.clock = clock;
    this.dispatcher = dispatcher;
    this.workManager = workManager;
    this.inFlight = new Semaphore(settings.maxInFlight());
  }

  String id() {
    return id;
  }

  /** The address the connection comes from. */
  InetAddress source() {
    return socket.getInetAddress();
  }

  /** Closes the connection unless it has delivered an authenticated request by now. */
  void firstFrameDeadline() {
    if (!authenticated) {
      close(CloseReason.FIRST_FRAME_TIMEOUT);
    }
  }

  /** Closes the connection for the given reason unless it is already closing for another. */
  void close(CloseReason reason) {
    closeReason.compareAndSet(null, reason);
    GatewayServer.closeQuietly(socket);
  }

  @Override
  public void run() {
    String remote = socket.getRemoteSocketAddress().toString().replaceFirst("^/", "");
    String local = server.localAddress();
    endpoints.deliver(
        "connect of " + id,
        l ->
            l.gatewayConnected(
                new GatewayConnectionEvent(id, remote, local, clock.instant(), null)));
    try {
      socket.setSoTimeout(settings.idleTimeoutSeconds() * 1000);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      serve(in);
    } catch (SocketTimeoutException e) {
      close(CloseReason.IDLE_TIMEOUT);
    } catch (EOFException e) {
      close(CloseReason.PEER_CLOSED);
    } catch (IOException e) {
      if (closeReason.get() == null) {
        LOG.log(Level.FINE, "I/O error on gateway connection " + id, e);
      }
      close(CloseReason.IO_ERROR);
    } finally {
      server.forget(this);
      CloseReason reason = closeReason.get();
      LOG.info(() -> "Gateway connection " + id + " from " + remote + " closed: " + reason);
      endpoints.deliver(
          "disconnect of " + id,
          l ->
              l.gatewayDisconnected(
                  new GatewayConnectionEvent(id, remote, local, clock.instant(), reason)));
    }
  }

  private void serve(DataInputStream in) throws IOException {
    while (true) {
      int first = in.read();
      if (first < 0) {
        close(CloseReason.PEER_CLOSED);
        return;
      }
      int length = (first << 8) | in.readUnsignedByte();
      if (length == 0 || length > settings.maxFrameBytes()) {
        server
            .refusedFrames()
            .warn(
                n ->
                    "Gateway connection "
                        + id
                        + " announced a frame of "
                        + length
                        + " bytes (setting maxFrameBytes="
                        + settings.maxFrameBytes()
                        + ")"
                        + RateLimitedLog.passedOver(n));
        close(CloseReason.FRAME_TOO_LARGE);
        return;
      }
      byte[] frame = new byte[length];
      in.readFully(frame);
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close(CloseReason.ADAPTER_STOPPED);
        return;
      }
      try {
        workManager.scheduleWork(new RequestWork(frame));
      } catch (WorkException e) {
        inFlight.release();
        LOG.log(Level.WARNING, "No thread for a request on gateway connection " + id, e);
        close(CloseReason.IO_ERROR);
        return;
      }
    }
  }

  /**
   * Writes one frame (a response, or a command for a terminal); frames written at once never
   * interleave.
   *
   * @throws IOException also when the connection is not serving yet or is closed
   */
  void write(byte[] response) throws IOException {
    DataOutputStream out = this.out;
    if (out == null || closeReason.get() != null) {
      throw new IOException("Gateway connection " + id + " is not open");
    }
    synchronized (out) {
      out.writeShort(response.length);
      out.write(response);
      out.flush();
    }
  }

  /** Serves one request and writes its response; many may run at once for one connection. */
  private final class RequestWork implements Work {
    private final byte[] frame;

    RequestWork(byte[] frame) {
      this.frame = frame;
    }

    @Override
    public void run() {
      try {
        Outcome outcome = dispatcher.dispatch(id, frame);
        boolean limitReached = judged(outcome.verdict());
        if (outcome.response() != null) {
          write(outcome.response());
        }
        if (limitReached) {
          server
              .refusedFrames()
              .warn(
                  n ->
                      "Gateway connection "
                          + id
                          + " closed after "
                          + settings.maxRefusedFramesPerConnection()
                          + " refused frames (setting maxRefusedFramesPerConnection)"
                          + RateLimitedLog.passedOver(n));
          close(CloseReason.TOO_MANY_REFUSALS);
        }
      } catch (MalformedMessageException e) {
        server
            .refusedFrames()
            .warn(
                n ->
                    "Gateway connection "
                        + id
                        + " sent a malformed frame: "
                        + e.getMessage()
                        + RateLimitedLog.passedOver(n));
        close(CloseReason.MALFORMED_FRAME);
      } catch (IOException e) {
        LOG.log(Level.FINE, "Response lost on gateway connection " + id, e);
        close(CloseReason.IO_ERROR);
      } finally {
        inFlight.release();
      }
    }

    @Override
    public void release() {
      // Nothing to interrupt: dispatching a request is short.
    }
  }

  /**
   * Notes the verdict on one frame's sender.
   *
   * @return true when this refusal reaches the limit of refused frames
   */
  private boolean judged(Verdict verdict) {
    switch (verdict) {
      case AUTHENTICATED -> {
        authenticated = true;
        refusedSinceAuthenticated.set(0);
        return false;
      }
      case REFUSED -> {
        return refusedSinceAuthenticated.incrementAndGet()
            >= settings.maxRefusedFramesPerConnection();
      }
      default -> {
        return false;
      }
    }
  }

  @Override
  public void release() {
    close(CloseReason.ADAPTER_STOPPED);
  }
}
