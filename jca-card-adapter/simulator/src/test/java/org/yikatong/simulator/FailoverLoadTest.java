package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Two nodes over real sockets sharing one "journal": the first dies after it has posted a payment
 * but before it answers it. The load must move to the second node, send that payment again with its
 * key, get the first answer back, and end with every payment answered and posted exactly once; it
 * acknowledges the second node's command.
 */
class FailoverLoadTest {

  @TempDir Path dir;

  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final Map<String, String> journal = new ConcurrentHashMap<>();
  private final AtomicInteger postings = new AtomicInteger();

  @Test
  void movesToTheSurvivorAndSendsTheUnansweredPaymentAgainWithItsKey() throws Exception {
    try (Node first = new Node(5, false);
        Node second = new Node(Integer.MAX_VALUE, true)) {
      Path outcomes = dir.resolve("outcomes.csv");
      Path events = dir.resolve("events.csv");
      FailoverOptions options =
          FailoverOptions.parse(
              "--addresses=127.0.0.1:" + first.port() + ",127.0.0.1:" + second.port(),
              "--terminals=T0000001",
              "--gateways=1",
              "--duration=2",
              "--answer-timeout-ms=1000",
              "--heartbeat-ms=200",
              "--outcomes-out=" + outcomes,
              "--events-out=" + events);
      FailoverLoad load = new FailoverLoad(options);

      assertTrue(load.run(), "every payment answered with a valid MAC");

      List<String> lines = Files.readAllLines(outcomes);
      List<String> payments = lines.subList(1, lines.size());
      assertTrue(payments.size() > 10, "payments went on after the move: " + payments.size());
      assertTrue(payments.stream().allMatch(l -> l.split(",")[4].equals("00")), "all approved");
      assertEquals(payments.size(), journal.size(), "each approved payment posted");
      assertEquals(journal.size(), postings.get(), "none posted twice");
      String resent = payments.stream().filter(l -> l.endsWith(",2")).findFirst().orElseThrow();
      assertTrue(
          resent.contains(",127.0.0.1:" + second.port() + ","),
          "the payment the first node died on was answered by the second: " + resent);
      String eventLog = Files.readString(events);
      assertTrue(eventLog.contains(",0,lost,127.0.0.1:" + first.port()), eventLog);
      assertTrue(eventLog.contains(",0,connected,127.0.0.1:" + second.port()), eventLog);
      assertTrue(eventLog.contains(",0,served,127.0.0.1:" + second.port()), eventLog);
      assertEquals(1, second.acknowledged.get(), "the command of the second node acknowledged");
    }
  }

  /** A node that answers payments once each, posting them in the shared journal. */
  private final class Node implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final int dieAfter;
    private final boolean sendsCommand;
    private final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    private final TerminalKeys keys = TerminalKeys.derive(SimulatorOptions.demoSecret("T0000001"));

    Node(int dieAfter, boolean sendsCommand) throws IOException {
      this.dieAfter = dieAfter;
      this.sendsCommand = sendsCommand;
      Thread accept = new Thread(this::accept);
      accept.setDaemon(true);
      accept.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      try {
        while (true) {
          Socket socket = server.accept();
          sockets.add(socket);
          Thread serve = new Thread(() -> serve(socket));
          serve.setDaemon(true);
          serve.start();
        }
      } catch (IOException e) {
        // closed: the node is gone
      }
    }

    private void serve(Socket socket) {
      try (DataInputStream in =
              new DataInputStream(new BufferedInputStream(socket.getInputStream()));
          DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
        boolean commandSent = false;
        while (true) {
          byte[] frame = new byte[in.readUnsignedShort()];
          in.readFully(frame);
          ISOMsg request = codec.unpack(frame);
          String mti = request.getMTI();
          if ("0630".equals(mti)) {
            acknowledged.incrementAndGet();
            continue;
          }
          ISOMsg response = (ISOMsg) request.clone();
          response.unset(64);
          if ("0800".equals(mti)) {
            response.setMTI("0810");
          } else {
            String key = request.getString(41) + ":" + request.getString(37);
            String first = journal.get(key);
            if (first == null) {
              journal.put(key, "00");
              postings.incrementAndGet();
            }
            if (answered.incrementAndGet() > dieAfter) {
              close(); // posted, never answered: the node dies here
              return;
            }
            response.setMTI("0210");
          }
          response.set(39, "00");
          authenticator.sign(response, keys);
          write(out, codec.pack(response));
          if (sendsCommand && !commandSent) {
            commandSent = true;
            ISOMsg command = new ISOMsg("0620");
            command.set(11, "900001");
            command.set(41, "T0000001");
            command.set(60, "NOTICE");
            command.set(61, "test");
            authenticator.sign(command, keys);
            write(out, codec.pack(command));
          }
        }
      } catch (Exception e) {
        // the connection or the node ended
      }
    }

    private void write(DataOutputStream out, byte[] message) throws IOException {
      synchronized (out) {
        out.writeShort(message.length);
        out.write(message);
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket socket : new ArrayList<>(sockets)) {
        socket.close();
      }
    }
  }
}
