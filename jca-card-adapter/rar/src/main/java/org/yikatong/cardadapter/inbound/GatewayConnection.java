package org.yikatong.cardadapter.inbound;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.cardadapter.api.GatewayConnectionEvent.CloseReason;
import org.yikatong.cardadapter.protocol.MalformedMessageException;

/**
 * One gateway connection and the Work that reads it.
 *
 * <p>Frames are a 2-byte big-endian unsigned length followed by that many bytes (see {@code
 * docs/terminal-protocol.md}). Lifecycle: the reader reports {@code gatewayConnected}, reads frames
 * until the connection ends, then reports {@code gatewayDisconnected} exactly once with the first
 * reason that ended it.
 *
 * <p>Each frame is a request, answered on the same connection by the {@link RequestDispatcher}
 * before the next is read; a frame that is not a request of the contract closes the connection as
 * {@link CloseReason#MALFORMED_FRAME}.
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
  private final AtomicReference<CloseReason> closeReason = new AtomicReference<>();

  GatewayConnection(
      String id,
      Socket socket,
      ServerSettings settings,
      EndpointRegistry endpoints,
      GatewayServer server,
      RequestDispatcher dispatcher,
      Clock clock) {
    super("yikatong-gateway-" + id);
    this.id = id;
    this.socket = socket;
    this.settings = settings;
    this.endpoints = endpoints;
    this.server = server;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  String id() {
    return id;
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
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      serve(in, out);
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

  private void serve(DataInputStream in, DataOutputStream out) throws IOException {
    while (true) {
      int first = in.read();
      if (first < 0) {
        close(CloseReason.PEER_CLOSED);
        return;
      }
      int length = (first << 8) | in.readUnsignedByte();
      if (length == 0 || length > settings.maxFrameBytes()) {
        LOG.warning(
            () ->
                "Gateway connection "
                    + id
                    + " announced a frame of "
                    + length
                    + " bytes (setting maxFrameBytes="
                    + settings.maxFrameBytes()
                    + ")");
        close(CloseReason.FRAME_TOO_LARGE);
        return;
      }
      byte[] frame = new byte[length];
      in.readFully(frame);
      byte[] response;
      try {
        response = dispatcher.dispatch(id, frame);
      } catch (MalformedMessageException e) {
        LOG.warning(
            () -> "Gateway connection " + id + " sent a malformed frame: " + e.getMessage());
        close(CloseReason.MALFORMED_FRAME);
        return;
      }
      out.writeShort(response.length);
      out.write(response);
      out.flush();
    }
  }

  @Override
  public void release() {
    close(CloseReason.ADAPTER_STOPPED);
  }
}
