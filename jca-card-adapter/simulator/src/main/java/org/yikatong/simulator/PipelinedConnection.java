package org.yikatong.simulator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * One gateway connection of the open-loop benchmark: writes frames as they are given, and hands
 * every frame it reads to the {@link OpenLoopDriver.Answers} with the time it arrived. A reader
 * thread of its own reads until the connection ends, then reports the end once.
 *
 * <p>Each frame goes out in one write with its length, and Nagle's algorithm is off, so that a
 * frame never waits in the kernel for the acknowledgement of the one before.
 */
final class PipelinedConnection implements OpenLoopDriver.Transport {

  private final Socket socket;
  private final OutputStream out;
  private final Ticker ticker;
  private final OpenLoopDriver.Answers answers;
  private volatile boolean closing;

  PipelinedConnection(
      String host, int port, int index, Ticker ticker, OpenLoopDriver.Answers answers)
      throws IOException {
    this.socket = new Socket(host, port);
    this.ticker = ticker;
    this.answers = answers;
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
    Thread reader = new Thread(this::read, "open-loop-reader-" + index);
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void write(byte[] message) throws IOException {
    write(out, message);
  }

  /**
   * Writes one frame, its two-byte length first, in a single write, so that a frame never waits in
   * the kernel for the acknowledgement of the one before.
   */
  static void write(OutputStream out, byte[] message) throws IOException {
    if (message.length > 0xFFFF) {
      throw new IllegalArgumentException("A frame holds at most 65535 bytes");
    }
    byte[] frame = new byte[message.length + 2];
    frame[0] = (byte) (message.length >>> 8);
    frame[1] = (byte) message.length;
    System.arraycopy(message, 0, frame, 2, message.length);
    synchronized (out) {
      out.write(frame);
      out.flush();
    }
  }

  private void read() {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
      while (true) {
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        answers.answer(frame, ticker.nanos());
      }
    } catch (IOException e) {
      answers.ended(closing ? new IOException("closed at the end of the run") : e);
    }
  }

  @Override
  public void close() {
    closing = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing at the end of a run: nothing is waiting on this connection any more
    }
  }
}
