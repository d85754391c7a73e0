package org.yikatong.simulator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MalformedMessageException;

/**
 * One gateway connection: sends requests without waiting (many in flight) and matches each response
 * to its request by field 41 and field 11, as the contract says. A reader thread of its own
 * completes the futures; closing the connection fails those still open.
 */
final class GatewayClient implements AutoCloseable {

  private final IsoCodec codec;
  private final Socket socket;
  private final DataOutputStream out;
  private final Map<String, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
  private final Thread reader;

  GatewayClient(String host, int port, IsoCodec codec) throws IOException {
    this.codec = codec;
    this.socket = new Socket(host, port);
    this.out = new DataOutputStream(socket.getOutputStream());
    this.reader = new Thread(this::readResponses, "gateway-reader-" + socket.getLocalPort());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * A response as received and as unpacked.
   *
   * @param frame the bytes of the response, for checking its MAC as sent
   * @param message the response unpacked
   */
  record Response(byte[] frame, ISOMsg message) {}

  /** Sends a request; the future completes with its response. */
  CompletableFuture<Response> send(ISOMsg request) throws IOException {
    CompletableFuture<Response> response = new CompletableFuture<>();
    pending.put(key(request), response);
    byte[] frame = codec.pack(request);
    synchronized (out) {
      out.writeShort(frame.length);
      out.write(frame);
      out.flush();
    }
    return response;
  }

  private void readResponses() {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
      while (true) {
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        ISOMsg response = codec.unpack(frame);
        CompletableFuture<Response> waiting = pending.remove(key(response));
        if (waiting != null) {
          waiting.complete(new Response(frame, response));
        }
      }
    } catch (IOException | MalformedMessageException e) {
      IOException closed = new IOException("connection ended: " + e.getMessage(), e);
      pending.values().forEach(f -> f.completeExceptionally(closed));
    }
  }

  /**
   * How the contract matches a response to its request: MTI class (08 for 0800/0810, ...), field 41
   * and field 11. A command from the server (0620) matches no request and is passed over.
   */
  private static String key(ISOMsg message) {
    String mti;
    try {
      mti = message.getMTI();
    } catch (org.jpos.iso.ISOException e) {
      mti = "??";
    }
    return mti.substring(0, 2) + "/" + message.getString(41) + "/" + message.getString(11);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
