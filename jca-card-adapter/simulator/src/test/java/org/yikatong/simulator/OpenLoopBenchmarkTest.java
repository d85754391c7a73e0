package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * The command over real sockets, against a loopback peer in this process that answers every request
 * at once, approved, with the demo terminals' MACs.
 */
class OpenLoopBenchmarkTest {

  private final ServerSocket server;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);

  OpenLoopBenchmarkTest() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "loopback-adapter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread t = new Thread(() -> serve(socket), "loopback-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed at the end of the test
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
      while (true) {
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        ISOMsg request = codec.unpack(frame);
        ISOMsg response = (ISOMsg) request.clone();
        response.setMTI(request.getMTI().substring(0, 2) + "10");
        response.unset(64);
        response.set(39, "00");
        String terminal = request.getString(41);
        authenticator.sign(response, TerminalKeys.derive(SimulatorOptions.demoSecret(terminal)));
        byte[] answer = codec.pack(response);
        out.writeShort(answer.length);
        out.write(answer);
        out.flush();
      }
    } catch (Exception e) {
      // the driver closed the connection
    }
  }

  @Test
  @DisplayName(
      "a short run over two connections: every payment approved, exit status 0, a RESULT line,"
          + " every approved key in the file once, the latency distribution written")
  void loopback(@TempDir Path dir) throws Exception {
    Path approved = dir.resolve("approved.csv");
    Path histogram = dir.resolve("latency.hgrm");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        OpenLoopBenchmark.run(
            new String[] {
              "--port=" + server.getLocalPort(),
              "--rate=200",
              "--warmup=0",
              "--duration=1",
              "--connections=2",
              "--terminals=T0000001,T0000002,T0000003",
              "--approved-out=" + approved,
              "--histogram-out=" + histogram
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, report + err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains(" approved=200 "), report);
    assertTrue(report.contains(" errors=0 "), report);
    List<String> keys = Files.readAllLines(approved);
    assertEquals(200, keys.size());
    assertEquals(200, new HashSet<>(keys).size());
    assertTrue(keys.stream().allMatch(k -> k.matches("T000000[123],[0-9]{12}")), keys.get(0));
    assertTrue(Files.readString(histogram).contains("Percentile"));
  }

  @Test
  @DisplayName("--help lists the options; a bad option exits 2")
  void usage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, OpenLoopBenchmark.run(new String[] {"--rate=1", "--help"}, o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--approved-out=FILE"));
    assertEquals(2, OpenLoopBenchmark.run(new String[] {"--rate=x"}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rate must be"));
  }
}
