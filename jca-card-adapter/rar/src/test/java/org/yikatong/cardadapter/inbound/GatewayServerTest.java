package org.yikatong.cardadapter.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.transaction.xa.XAResource;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.cardadapter.api.GatewayConnectionEvent.CloseReason;
import org.yikatong.cardadapter.api.GatewayConnectionListener;
import org.yikatong.cardadapter.api.KeyCheckValue;
import org.yikatong.cardadapter.api.RejectedMessage;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.cardadapter.api.TerminalMessageListener;
import org.yikatong.cardadapter.api.TerminalRequest;
import org.yikatong.cardadapter.api.TerminalResponse;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

class GatewayServerTest {

  private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

  private static final byte[] SECRET = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
  };

  /** A secret T0000002 had before SECRET. */
  private static final byte[] OLDER_SECRET = new byte[32];

  static {
    java.util.Arrays.fill(OLDER_SECRET, (byte) 7);
  }

  private static final TerminalKeys TERMINAL_KEYS = TerminalKeys.derive(SECRET);

  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);

  /** A request with this STAN is held until the test lets it finish. */
  /** A request with this STAN makes the test endpoint fail. */
  private static final String FAILING_STAN = "000096";

  private static final String SLOW_STAN = "000001";

  private final CountDownLatch slowRequestMayFinish = new CountDownLatch(1);

  /** The last response frame {@link #exchange} read, as received. */
  private byte[] lastFrame;

  private final BlockingQueue<TerminalRequest> requests = new LinkedBlockingQueue<>();
  private final BlockingQueue<RejectedMessage> rejections = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> acknowledgements = new LinkedBlockingQueue<>();
  private final BlockingQueue<GatewayConnectionEvent> events = new LinkedBlockingQueue<>();
  private final EndpointRegistry endpoints = new EndpointRegistry();
  private GatewayServer server;
  private int port;

  @BeforeEach
  void startServer() throws Exception {
    endpoints.add(
        new GatewayActivationSpec(),
        new Factory("recording", RecordingEndpoint.class, RecordingEndpoint::new));
    endpoints.add(
        new GatewayActivationSpec(),
        new Factory("terminal", TerminalEndpoint.class, TerminalEndpoint::new));
    port = freePort();
    server = newServer(port, 2, 256, 1);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  @DisplayName(
      "the listener reports itself accepting on its address while started, not once stopped")
  void listenerStatus() {
    org.yikatong.cardadapter.api.ListenerStatus started = server.status();
    assertTrue(started.accepting());
    assertEquals("127.0.0.1:" + port, started.address());
    assertEquals(0, started.connections());

    server.stop();

    assertFalse(server.status().accepting());
  }

  @Test
  @DisplayName("a gateway that connects and closes is reported connected, then peer-closed")
  void connectAndClose() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      GatewayConnectionEvent opened = next();
      assertNull(opened.closeReason());
      assertEquals(NOW, opened.occurredAt());
      assertEquals("127.0.0.1:" + port, opened.localAddress());
    }
    GatewayConnectionEvent closed = next();
    assertEquals(CloseReason.PEER_CLOSED, closed.closeReason());
  }

  @Test
  @DisplayName("a frame longer than maxFrameBytes closes the connection")
  void oversizedFrame() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      String id = next().connectionId();
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(257);
      out.flush();
      GatewayConnectionEvent closed = next();
      assertEquals(id, closed.connectionId());
      assertEquals(CloseReason.FRAME_TOO_LARGE, closed.closeReason());
      assertEquals(-1, socket.getInputStream().read(), "the adapter closed its side");
    }
  }

  @Test
  @DisplayName("a connection silent for longer than the idle timeout is closed")
  void idleTimeout() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      next();
      GatewayConnectionEvent closed = events.poll(10, TimeUnit.SECONDS);
      assertNotNull(closed, "closed within the 1 s idle timeout");
      assertEquals(CloseReason.IDLE_TIMEOUT, closed.closeReason());
    }
  }

  @Test
  @DisplayName("a connection beyond maxConnections is refused and the others stay up")
  void maxConnections() throws Exception {
    try (Socket first = new Socket("127.0.0.1", port);
        Socket second = new Socket("127.0.0.1", port)) {
      next();
      next();
      try (Socket third = new Socket("127.0.0.1", port)) {
        assertEquals(-1, third.getInputStream().read(), "refused at once");
      }
      assertEquals(2, server.connectionCount());
      assertNull(events.poll(200, TimeUnit.MILLISECONDS), "no event for the refused one");
    }
  }

  @Test
  @DisplayName("stopping the server closes open connections as ADAPTER_STOPPED")
  void stopClosesConnections() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      next();
      server.stop();
      assertEquals(CloseReason.ADAPTER_STOPPED, next().closeReason());
    }
  }

  @Test
  @DisplayName("a port already in use fails the start with a message naming the setting")
  void portInUse() throws Exception {
    GatewayServer second = newServer(port, 2, 256, 1);
    ResourceException e = assertThrows(ResourceException.class, second::start);
    assertEquals(true, e.getMessage().contains("bindAddress/port"), e.getMessage());
  }

  @Test
  @DisplayName("settings out of range are refused with the name of the setting")
  void badSettings() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ServerSettings("127.0.0.1", 0, 1, 1, 1, 1, 1, 1, 1));
    assertEquals("port must be between 1 and 65535, was 0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new ServerSettings(" ", 9500, 1, 1, 1, 1, 1, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServerSettings("127.0.0.1", 9500, 1, 70000, 1, 1, 1, 1, 1));
    assertEquals(
        "maxConnectionsPerAddress must be between 1 and 100000, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServerSettings("127.0.0.1", 9500, 1, 1, 1, 1, 0, 1, 1))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServerSettings("127.0.0.1", 9500, 1, 1, 1, 1, 1, 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServerSettings("127.0.0.1", 9500, 1, 1, 1, 1, 1, 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerSettings.of("127.0.0.1", 9500, 1, 1, 1, 1, 1, null, 1),
        "an unset setting is refused");
  }

  @Test
  @DisplayName(
      "connections beyond maxConnectionsPerAddress are closed at once; other addresses go on")
  void maxConnectionsPerAddress() throws Exception {
    int otherPort = freePort();
    GatewayServer limited =
        newServer(new ServerSettings("127.0.0.1", otherPort, 8, 256, 60, 8, 2, 60_000, 16));
    limited.start();
    try (Socket first = new Socket("127.0.0.1", otherPort);
        Socket second = new Socket("127.0.0.1", otherPort)) {
      next();
      next();
      try (Socket third = new Socket("127.0.0.1", otherPort)) {
        third.setSoTimeout(10_000);
        assertEquals(-1, third.getInputStream().read(), "refused at once");
      }
      assertNull(events.poll(200, TimeUnit.MILLISECONDS), "no event for the refused one");
      assertEquals(2, limited.connectionCount());
      assertEquals("00", exchange(first, signOn("T0000001", TERMINAL_KEYS)).getString(39));

      Socket fromElsewhere = socketFrom("127.0.0.2", otherPort);
      if (fromElsewhere != null) {
        try (fromElsewhere) {
          assertNull(next().closeReason(), "another address is accepted");
          assertEquals(
              "00", exchange(fromElsewhere, signOn("T0000001", TERMINAL_KEYS)).getString(39));
        }
        assertEquals(CloseReason.PEER_CLOSED, next().closeReason());
      }

      second.close();
      assertEquals(CloseReason.PEER_CLOSED, next().closeReason());
      try (Socket again = new Socket("127.0.0.1", otherPort)) {
        assertNull(next().closeReason(), "a place freed by a closed connection is taken again");
        assertEquals("00", exchange(again, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      }
    } finally {
      limited.stop();
    }
  }

  @Test
  @DisplayName(
      "a connection without an authenticated request by firstFrameTimeoutMillis is closed;"
          + " one that signed on goes on")
  void firstFrameTimeout() throws Exception {
    int otherPort = freePort();
    GatewayServer limited =
        newServer(new ServerSettings("127.0.0.1", otherPort, 8, 256, 60, 8, 8, 2_000, 16));
    limited.start();
    try (Socket signedOn = new Socket("127.0.0.1", otherPort)) {
      String signedOnId = next().connectionId();
      assertEquals("00", exchange(signedOn, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      try (Socket silent = new Socket("127.0.0.1", otherPort);
          Socket refusedOnly = new Socket("127.0.0.1", otherPort)) {
        next();
        next();
        assertEquals(
            "63",
            exchange(refusedOnly, signOn("T0000001", TerminalKeys.derive(new byte[32])))
                .getString(39));
        GatewayConnectionEvent closed = next();
        GatewayConnectionEvent closedToo = next();
        assertEquals(CloseReason.FIRST_FRAME_TIMEOUT, closed.closeReason());
        assertEquals(CloseReason.FIRST_FRAME_TIMEOUT, closedToo.closeReason());
        assertFalse(signedOnId.equals(closed.connectionId()));
        assertFalse(signedOnId.equals(closedToo.connectionId()));
        silent.setSoTimeout(10_000);
        assertEquals(-1, silent.getInputStream().read(), "the adapter closed the silent one");
      }
      // The signed-on connection was accepted first, so its deadline has passed too.
      assertEquals("00", exchange(signedOn, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      assertEquals(1, limited.connectionCount());
    } finally {
      limited.stop();
    }
  }

  @Test
  @DisplayName(
      "maxRefusedFramesPerConnection refused frames since the last good one close the connection;"
          + " others go on")
  void maxRefusedFrames() throws Exception {
    int otherPort = freePort();
    GatewayServer limited =
        newServer(new ServerSettings("127.0.0.1", otherPort, 8, 256, 60, 8, 8, 60_000, 3));
    limited.start();
    ISOMsg wrongMac = signOn("T0000001", TerminalKeys.derive(new byte[32]));
    try (Socket prober = new Socket("127.0.0.1", otherPort);
        Socket bystander = new Socket("127.0.0.1", otherPort)) {
      String proberId = next().connectionId();
      next();
      assertEquals("63", exchange(prober, wrongMac).getString(39));
      assertEquals("58", exchange(prober, signOn("T9999999", TERMINAL_KEYS)).getString(39));
      assertEquals("00", exchange(prober, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      assertEquals("63", exchange(prober, wrongMac).getString(39), "the count starts again");
      assertEquals("63", exchange(prober, wrongMac).getString(39));
      assertNull(events.poll(200, TimeUnit.MILLISECONDS), "two refusals since: still open");
      assertEquals("63", exchange(prober, wrongMac).getString(39), "the third is answered");
      GatewayConnectionEvent closed = next();
      assertEquals(proberId, closed.connectionId());
      assertEquals(CloseReason.TOO_MANY_REFUSALS, closed.closeReason());
      assertEquals(-1, prober.getInputStream().read(), "then the connection is closed");
      assertEquals("00", exchange(bystander, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      assertEquals(1, limited.connectionCount());
    } finally {
      limited.stop();
    }
  }

  @Test
  @DisplayName("a signed sign-on is answered 0810 approved, MACed, echoing the matching fields")
  void signOn() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      ISOMsg response = exchange(socket, signOn("T0000001", TERMINAL_KEYS));
      assertEquals("0810", response.getMTI());
      assertEquals("00", response.getString(39));
      assertEquals("000042", response.getString(11));
      assertEquals("T0000001", response.getString(41));
      assertEquals("001", response.getString(70));
      assertTrue(authenticator.verifyFrame(lastFrame, response, TERMINAL_KEYS), "response MAC");
      assertEquals("0800", requests.poll(5, TimeUnit.SECONDS).mti());
    }
  }

  @Test
  @DisplayName("the request names the secret its MAC was verified with by its key check value")
  void keyCheckDelivered() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      assertEquals("00", exchange(socket, signOn("T0000001", TERMINAL_KEYS)).getString(39));
      assertEquals(KeyCheckValue.of(SECRET), requests.poll(5, TimeUnit.SECONDS).keyCheck());
    }
  }

  @Test
  @DisplayName(
      "a MAC that fails with the endpoint's copy of a secret is checked against the current one")
  void outdatedCopyOfASecret() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      // T0000002's copy is an older secret; its current one is SECRET.
      ISOMsg response = exchange(socket, signOn("T0000002", TERMINAL_KEYS));
      assertEquals("00", response.getString(39));
      assertTrue(authenticator.verifyFrame(lastFrame, response, TERMINAL_KEYS), "response MAC");
      assertEquals(KeyCheckValue.of(SECRET), requests.poll(5, TimeUnit.SECONDS).keyCheck());

      ISOMsg withTheCopy = signOn("T0000002", TerminalKeys.derive(OLDER_SECRET));
      assertEquals("00", exchange(socket, withTheCopy).getString(39), "the endpoint decides");
      assertEquals(KeyCheckValue.of(OLDER_SECRET), requests.poll(5, TimeUnit.SECONDS).keyCheck());

      ISOMsg neither = signOn("T0000002", TerminalKeys.derive(new byte[32]));
      assertEquals("63", exchange(socket, neither).getString(39));
      assertNull(requests.poll(200, TimeUnit.MILLISECONDS));
    }
  }

  @Test
  @DisplayName("an endpoint that fails is answered 96, MACed, and the connection goes on")
  void endpointFailure() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      ISOMsg failed = exchange(socket, signOn("T0000001", TERMINAL_KEYS, FAILING_STAN));
      assertEquals("96", failed.getString(39));
      assertTrue(authenticator.verifyFrame(lastFrame, failed, TERMINAL_KEYS), "response MAC");
      assertEquals("00", exchange(socket, signOn("T0000001", TERMINAL_KEYS)).getString(39));
    }
  }

  @Test
  @DisplayName("a wrong MAC is declined 63 and nothing reaches the endpoint")
  void wrongMac() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      ISOMsg request = signOn("T0000001", TerminalKeys.derive(new byte[32]));
      ISOMsg response = exchange(socket, request);
      assertEquals("63", response.getString(39));
      assertTrue(
          authenticator.verifyFrame(lastFrame, response, TERMINAL_KEYS), "declines are MACed too");
      assertNull(requests.poll(200, TimeUnit.MILLISECONDS));
      RejectedMessage rejection = rejections.poll(5, TimeUnit.SECONDS);
      assertEquals(RejectedMessage.Reason.BAD_MAC, rejection.reason());
      assertEquals("000042", rejection.stan());
    }
  }

  @Test
  @DisplayName("an unknown terminal is declined 58 without a MAC")
  void unknownTerminal() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      ISOMsg response = exchange(socket, signOn("T9999999", TERMINAL_KEYS));
      assertEquals("58", response.getString(39));
      assertFalse(response.hasField(64));
      assertNull(requests.poll(200, TimeUnit.MILLISECONDS));
      RejectedMessage rejection = rejections.poll(5, TimeUnit.SECONDS);
      assertEquals(RejectedMessage.Reason.UNKNOWN_TERMINAL, rejection.reason());
      assertEquals("T9999999", rejection.terminalId());
    }
  }

  @Test
  @DisplayName("a malformed frame closes only its connection")
  void malformedFrame() throws Exception {
    try (Socket bad = new Socket("127.0.0.1", port);
        Socket good = new Socket("127.0.0.1", port)) {
      next();
      next();
      DataOutputStream out = new DataOutputStream(bad.getOutputStream());
      out.writeShort(5);
      out.write(new byte[] {1, 2, 3, 4, 5});
      out.flush();
      assertEquals(CloseReason.MALFORMED_FRAME, next().closeReason());
      assertEquals(
          RejectedMessage.Reason.MALFORMED_FRAME, rejections.poll(5, TimeUnit.SECONDS).reason());
      assertEquals(-1, bad.getInputStream().read());
      assertEquals("00", exchange(good, signOn("T0000001", TERMINAL_KEYS)).getString(39));
    }
  }

  @Test
  @DisplayName("requests in flight on one connection are answered as each is done, in any order")
  void requestsInFlight() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      DataInputStream in = new DataInputStream(socket.getInputStream());
      for (String stan : new String[] {SLOW_STAN, "000002"}) {
        ISOMsg request = signOn("T0000001", TERMINAL_KEYS, stan);
        byte[] frame = codec.pack(request);
        out.writeShort(frame.length);
        out.write(frame);
      }
      out.flush();
      assertEquals("000002", read(in).getString(11), "the quick one first");
      slowRequestMayFinish.countDown();
      assertEquals(SLOW_STAN, read(in).getString(11), "then the slow one");
    }
  }

  @Test
  @DisplayName(
      "a command goes as a MACed 0620 on the terminal's connection; its 0630 reaches the endpoint")
  void commands() throws Exception {
    TerminalCommandMessage notice =
        new TerminalCommandMessage("T0000001", "000007", "NOTICE", "今晚 22:00 停电检修");
    assertFalse(server.send(notice), "the terminal has not been seen");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      exchange(socket, signOn("T0000001", TERMINAL_KEYS));
      assertTrue(server.send(notice));
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] frame = new byte[in.readUnsignedShort()];
      in.readFully(frame);
      ISOMsg command = codec.unpack(frame);
      assertEquals("0620", command.getMTI());
      assertEquals("000007", command.getString(11));
      assertEquals("T0000001", command.getString(41));
      assertEquals("NOTICE", command.getString(60));
      assertEquals(
          "今晚 22:00 停电检修",
          new String(
              command.getString(61).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      assertTrue(authenticator.verifyFrame(frame, command, TERMINAL_KEYS), "command MAC");

      ISOMsg ack = new ISOMsg("0630");
      ack.set(11, "000007");
      ack.set(39, "00");
      ack.set(41, "T0000001");
      authenticator.sign(ack, TERMINAL_KEYS);
      byte[] ackFrame = codec.pack(ack);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(ackFrame.length);
      out.write(ackFrame);
      out.flush();
      assertEquals("T0000001/000007/00", acknowledgements.poll(5, TimeUnit.SECONDS));
    }
    GatewayConnectionEvent event;
    do {
      event = next();
    } while (event.closeReason() == null);
    assertFalse(server.send(notice), "the connection that carried the terminal is gone");
  }

  private ISOMsg read(DataInputStream in) throws Exception {
    byte[] response = new byte[in.readUnsignedShort()];
    in.readFully(response);
    return codec.unpack(response);
  }

  private ISOMsg signOn(String terminal, TerminalKeys keys) {
    return signOn(terminal, keys, "000042");
  }

  private ISOMsg signOn(String terminal, TerminalKeys keys, String stan) {
    ISOMsg m = new ISOMsg("0800");
    m.set(7, "1122031500");
    m.set(11, stan);
    m.set(41, terminal);
    m.set(70, "001");
    authenticator.sign(m, keys);
    return m;
  }

  private ISOMsg exchange(Socket socket, ISOMsg request) throws Exception {
    byte[] frame = codec.pack(request);
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeShort(frame.length);
    out.write(frame);
    out.flush();
    socket.setSoTimeout(10_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    lastFrame = new byte[in.readUnsignedShort()];
    in.readFully(lastFrame);
    return codec.unpack(lastFrame);
  }

  private GatewayServer newServer(int port, int maxConnections, int maxFrame, int idleSeconds) {
    return newServer(
        new ServerSettings(
            "127.0.0.1", port, maxConnections, maxFrame, idleSeconds, 8, 64, 60_000, 64));
  }

  private GatewayServer newServer(ServerSettings settings) {
    return new GatewayServer(
        settings, new ThreadPerWorkManager(), endpoints, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A socket from another loopback address; null where the system has only 127.0.0.1. */
  private static Socket socketFrom(String localAddress, int port) {
    try {
      return new Socket("127.0.0.1", port, InetAddress.getByName(localAddress), 0);
    } catch (IOException e) {
      return null;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS), "released within 10 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private GatewayConnectionEvent next() throws InterruptedException {
    GatewayConnectionEvent event = events.poll(10, TimeUnit.SECONDS);
    assertNotNull(event, "expected an event within 10 s");
    return event;
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  /** Endpoint that records every event into the test's queue. */
  private final class RecordingEndpoint extends NoOpEndpoint implements GatewayConnectionListener {
    @Override
    public void gatewayConnected(GatewayConnectionEvent event) {
      events.add(event);
    }

    @Override
    public void gatewayDisconnected(GatewayConnectionEvent event) {
      events.add(event);
    }
  }

  /**
   * Terminal endpoint: knows the secrets of T0000001 and T0000002, both {@link #SECRET}, but keeps
   * an outdated copy for T0000002; approves every request.
   */
  private final class TerminalEndpoint extends NoOpEndpoint implements TerminalMessageListener {
    @Override
    public Optional<byte[]> terminalSecret(String terminalId) {
      return switch (terminalId) {
        case "T0000001" -> Optional.of(SECRET.clone());
        case "T0000002" -> Optional.of(OLDER_SECRET.clone());
        default -> Optional.empty();
      };
    }

    @Override
    public Optional<byte[]> currentTerminalSecret(String terminalId) {
      return "T0000002".equals(terminalId)
          ? Optional.of(SECRET.clone())
          : terminalSecret(terminalId);
    }

    @Override
    public TerminalResponse onRequest(TerminalRequest request) {
      if (FAILING_STAN.equals(request.field(11).orElse(""))) {
        throw new IllegalStateException("the application failed");
      }
      if (SLOW_STAN.equals(request.field(11).orElse(""))) {
        await(slowRequestMayFinish);
      }
      requests.add(request);
      return TerminalResponse.of(ResponseCode.APPROVED);
    }

    @Override
    public void rejected(RejectedMessage rejection) {
      rejections.add(rejection);
    }

    @Override
    public void commandAcknowledged(
        String terminalId, String stan, String responseCode, Instant at) {
      acknowledgements.add(terminalId + "/" + stan + "/" + responseCode);
    }
  }

  /** A message endpoint whose delivery callbacks do nothing, as a test needs. */
  private abstract static class NoOpEndpoint implements MessageEndpoint {
    @Override
    public void beforeDelivery(Method method) {}

    @Override
    public void afterDelivery() {}

    @Override
    public void release() {}
  }

  /** Creates a fresh endpoint of one class for each delivery, as the container does. */
  private record Factory(String name, Class<?> endpointClass, Supplier<MessageEndpoint> endpoints)
      implements MessageEndpointFactory {
    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) {
      return endpoints.get();
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
      return endpoints.get();
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
      return false;
    }

    @Override
    public String getActivationName() {
      return name;
    }

    @Override
    public Class<?> getEndpointClass() {
      return endpointClass;
    }
  }

  /** Work manager that runs each Work on a thread of its own, as the container's pool would. */
  private static final class ThreadPerWorkManager implements WorkManager {
    @Override
    public void doWork(Work work) {
      work.run();
    }

    @Override
    public void doWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
      work.run();
    }

    @Override
    public long startWork(Work work) {
      scheduleWork(work);
      return 0;
    }

    @Override
    public long startWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
      scheduleWork(work);
      return 0;
    }

    @Override
    public void scheduleWork(Work work) {
      Thread thread = new Thread(work, "test-work");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void scheduleWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
      scheduleWork(work);
    }
  }
}
