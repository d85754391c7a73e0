package org.yikatong.cardadapter.inbound;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jpos.iso.ISOComponent;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOField;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.api.KeyCheckValue;
import org.yikatong.cardadapter.api.RejectedMessage;
import org.yikatong.cardadapter.api.RejectedMessage.Reason;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.cardadapter.api.TerminalMessageListener;
import org.yikatong.cardadapter.api.TerminalRequest;
import org.yikatong.cardadapter.api.TerminalResponse;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MalformedMessageException;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.PinBlock;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Turns one request frame into one response frame: unpack, find the terminal's key, check the MAC,
 * let the {@link TerminalMessageListener} endpoint answer, then pack and MAC the response.
 *
 * <p>Declines follow the contract: an unknown or disabled terminal gets 58 without a MAC (there is
 * no key to make one), a wrong or missing MAC gets 63, a failure of the endpoint 96 (the terminal
 * may retry with the same key). Nothing is delivered to the endpoint unless the MAC is right. A
 * frame that is not a request of the contract is refused as malformed: the caller closes the
 * connection. Every refusal is also handed to the endpoint for the audit trail, and told to the
 * caller as {@link Verdict#REFUSED} so that it can limit refusals per connection. Warnings about
 * refusals are rate-limited: the audit trail has each one, the log only a sample. Thread-safe.
 */
public final class RequestDispatcher {

  private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());

  /** What the sender of a frame turned out to be. */
  public enum Verdict {
    /** A known terminal with the right MAC: its request was served. */
    AUTHENTICATED,
    /** Refused before the application: unknown or disabled terminal, or wrong or missing MAC. */
    REFUSED,
    /** Not judged: the terminal's key could not be looked up (answered 96). */
    UNSERVED
  }

  /**
   * What came of one frame.
   *
   * @param response the packed response to write back; null when nothing is answered (a 0630)
   * @param verdict what the sender turned out to be
   */
  public record Outcome(byte[] response, Verdict verdict) {}

  private final RateLimitedLog declines = new RateLimitedLog(LOG, 60_000);

  /** Request MTIs of the contract and the MTI of their responses. */
  private static final Map<String, String> RESPONSE_MTI =
      Map.of(
          "0800", "0810", "0200", "0210", "0220", "0230", "0400", "0410", "0420", "0430", "0100",
          "0110");

  private static final java.time.format.DateTimeFormatter TRANSMISSION_TIME =
      java.time.format.DateTimeFormatter.ofPattern("MMddHHmmss").withZone(java.time.ZoneOffset.UTC);

  /** Fields a response repeats from its request, so the gateway can match them. */
  private static final int[] ECHOED = {2, 3, 4, 7, 11, 12, 13, 37, 41, 42, 49, 70, 90};

  private final IsoCodec codec;
  private final MessageAuthenticator authenticator;
  private final EndpointRegistry endpoints;
  private final Clock clock;
  private final TerminalRoutes routes;

  public RequestDispatcher(IsoCodec codec, EndpointRegistry endpoints, Clock clock) {
    this(codec, endpoints, clock, new TerminalRoutes());
  }

  RequestDispatcher(
      IsoCodec codec, EndpointRegistry endpoints, Clock clock, TerminalRoutes routes) {
    this.codec = codec;
    this.authenticator = new MessageAuthenticator(codec);
    this.endpoints = endpoints;
    this.clock = clock;
    this.routes = routes;
  }

  /** The 0620 frame of a command, MACed with the keys given. */
  byte[] command(TerminalCommandMessage command, TerminalKeys keys) {
    ISOMsg out = new ISOMsg("0620");
    out.set(7, TRANSMISSION_TIME.format(clock.instant()));
    out.set(11, command.stan());
    out.set(41, command.terminalId());
    out.set(60, command.command());
    String payload = command.payload();
    if ("KEY".equals(command.command())) {
      // The new secret (hex) leaves the server only wrapped under the terminal's current PIN key.
      payload =
          java.util.HexFormat.of()
              .formatHex(keys.wrapSecret(java.util.HexFormat.of().parseHex(payload)));
    }
    // Character fields are packed as ISO-8859-1: carry the UTF-8 bytes of the payload unchanged.
    out.set(
        61,
        new String(
            payload.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1));
    authenticator.sign(out, keys);
    return codec.pack(out);
  }

  /**
   * @return the response to write back (none for a terminal's 0630) and the verdict on its sender
   * @throws MalformedMessageException when the frame is not a request of the contract
   */
  public Outcome dispatch(String connectionId, byte[] frame) throws MalformedMessageException {
    ISOMsg request;
    try {
      request = codec.unpack(frame);
    } catch (MalformedMessageException e) {
      audit(connectionId, Reason.MALFORMED_FRAME, null, e.getMessage());
      throw e;
    }
    String mti = mtiOf(request);
    String terminalId = request.getString(41);
    if ("0630".equals(mti) && terminalId != null && !terminalId.isBlank()) {
      return new Outcome(null, acknowledgement(connectionId, frame, request, terminalId));
    }
    if (!RESPONSE_MTI.containsKey(mti) || terminalId == null || terminalId.isBlank()) {
      String problem =
          RESPONSE_MTI.containsKey(mti)
              ? mti + " without a terminal id (field 41)"
              : "MTI " + mti + " is not a request of the contract";
      audit(connectionId, Reason.MALFORMED_FRAME, request, problem);
      throw new MalformedMessageException(problem);
    }
    Optional<Optional<byte[]>> lookup;
    try {
      lookup = endpoints.callOne(TerminalMessageListener.class, l -> l.terminalSecret(terminalId));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Key lookup failed for terminal " + terminalId, e);
      return unserved(request);
    }
    if (lookup.isEmpty()) {
      LOG.warning(() -> "No endpoint serves terminal requests; " + IsoCodec.describe(request));
      return unserved(request);
    }
    Optional<byte[]> secret = lookup.get();
    if (secret.isEmpty()) {
      declines.warn(
          n ->
              "Declined "
                  + IsoCodec.describe(request)
                  + ": unknown or disabled terminal"
                  + RateLimitedLog.passedOver(n));
      audit(connectionId, Reason.UNKNOWN_TERMINAL, request, "unknown or disabled terminal");
      return new Outcome(
          respond(request, TerminalResponse.of(ResponseCode.NOT_PERMITTED_AT_TERMINAL), null),
          Verdict.REFUSED);
    }
    byte[] verifiedWith = verifiedSecret(frame, request, terminalId, secret.get());
    TerminalKeys keys = TerminalKeys.derive(verifiedWith == null ? secret.get() : verifiedWith);
    if (verifiedWith == null) {
      declines.warn(
          n ->
              "Declined "
                  + IsoCodec.describe(request)
                  + ": wrong or missing MAC"
                  + RateLimitedLog.passedOver(n));
      audit(connectionId, Reason.BAD_MAC, request, "wrong or missing MAC");
      return new Outcome(
          respond(request, TerminalResponse.of(ResponseCode.SECURITY_VIOLATION), keys),
          Verdict.REFUSED);
    }
    routes.seen(terminalId, connectionId, keys);
    TerminalRequest delivered =
        new TerminalRequest(
            connectionId,
            mti,
            characterFields(request),
            clock.instant(),
            pinOf(request, keys),
            KeyCheckValue.of(verifiedWith));
    TerminalResponse response;
    try {
      response =
          endpoints
              .callOne(TerminalMessageListener.class, l -> l.onRequest(delivered))
              .orElse(TerminalResponse.of(ResponseCode.SYSTEM_MALFUNCTION));
    } catch (RuntimeException e) {
      // One format string for every request, so that the server's log filter sees one kind of
      // failure however many requests it hits.
      LogRecord failed = new LogRecord(Level.WARNING, "Endpoint failed on {0}");
      failed.setParameters(new Object[] {IsoCodec.describe(request)});
      failed.setThrown(e);
      failed.setLoggerName(LOG.getName());
      LOG.log(failed);
      response = TerminalResponse.of(ResponseCode.SYSTEM_MALFUNCTION);
    }
    return new Outcome(respond(request, response, keys), Verdict.AUTHENTICATED);
  }

  /**
   * The secret the frame's MAC verifies with: the one the endpoint gave, or, when that fails, the
   * terminal's secret read afresh if it differs (the endpoint's copy may predate a change made on
   * another node). Null when neither verifies.
   */
  private byte[] verifiedSecret(byte[] frame, ISOMsg message, String terminalId, byte[] secret) {
    if (authenticator.verifyFrame(frame, message, TerminalKeys.derive(secret))) {
      return secret;
    }
    Optional<byte[]> current;
    try {
      current =
          endpoints
              .callOne(TerminalMessageListener.class, l -> l.currentTerminalSecret(terminalId))
              .orElse(Optional.empty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Key lookup failed for terminal " + terminalId, e);
      return null;
    }
    return current
        .filter(fresh -> !Arrays.equals(fresh, secret))
        .filter(fresh -> authenticator.verifyFrame(frame, message, TerminalKeys.derive(fresh)))
        .orElse(null);
  }

  private Outcome unserved(ISOMsg request) {
    return new Outcome(
        respond(request, TerminalResponse.of(ResponseCode.SYSTEM_MALFUNCTION), null),
        Verdict.UNSERVED);
  }

  /**
   * A terminal's answer (0630) to a command: delivered to the endpoint when its MAC is right;
   * nothing is written back, a response is not answered.
   */
  private Verdict acknowledgement(
      String connectionId, byte[] frame, ISOMsg message, String terminalId) {
    Optional<byte[]> secret;
    try {
      secret =
          endpoints
              .callOne(TerminalMessageListener.class, l -> l.terminalSecret(terminalId))
              .orElse(Optional.empty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Key lookup failed for terminal " + terminalId, e);
      return Verdict.UNSERVED;
    }
    if (secret.isEmpty()) {
      audit(connectionId, Reason.UNKNOWN_TERMINAL, message, "0630 from an unknown terminal");
      return Verdict.REFUSED;
    }
    byte[] verifiedWith = verifiedSecret(frame, message, terminalId, secret.get());
    if (verifiedWith == null) {
      audit(connectionId, Reason.BAD_MAC, message, "0630 with a wrong or missing MAC");
      return Verdict.REFUSED;
    }
    TerminalKeys keys = TerminalKeys.derive(verifiedWith);
    routes.seen(terminalId, connectionId, keys);
    try {
      endpoints.callOne(
          TerminalMessageListener.class,
          l -> {
            l.commandAcknowledged(
                terminalId, message.getString(11), message.getString(39), clock.instant());
            return Boolean.TRUE;
          });
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not record the acknowledgement " + IsoCodec.describe(message), e);
    }
    return Verdict.AUTHENTICATED;
  }

  /**
   * The PIN of field 52, decrypted with the terminal's PIN key for the card number of field 2; null
   * without a PIN block; {@link TerminalRequest#UNREADABLE_PIN} when it does not decrypt.
   */
  private static String pinOf(ISOMsg request, TerminalKeys keys) {
    if (!request.hasField(52)) {
      return null;
    }
    try {
      return PinBlock.decrypt(request.getBytes(52), request.getString(2), keys.pinKey());
    } catch (MalformedMessageException e) {
      LOG.info(
          () -> "Unreadable PIN block in " + IsoCodec.describe(request) + ": " + e.getMessage());
      return TerminalRequest.UNREADABLE_PIN;
    }
  }

  /** Hands a refusal to the endpoint for the audit trail; never fails the caller. */
  private void audit(String connectionId, Reason reason, ISOMsg request, String detail) {
    RejectedMessage rejection =
        new RejectedMessage(
            connectionId,
            reason,
            request == null ? null : request.getString(41),
            request == null ? null : mtiOf(request),
            request == null ? null : request.getString(11),
            detail,
            clock.instant());
    try {
      endpoints.callOne(
          TerminalMessageListener.class,
          l -> {
            l.rejected(rejection);
            return Boolean.TRUE;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record " + rejection, e);
    }
  }

  private byte[] respond(ISOMsg request, TerminalResponse response, TerminalKeys keys) {
    ISOMsg out = new ISOMsg(RESPONSE_MTI.get(mtiOf(request)));
    for (int field : ECHOED) {
      if (request.hasField(field)) {
        out.set(field, request.getString(field));
      }
    }
    out.set(39, response.code().code());
    response.fields().forEach(out::set);
    if (keys != null) {
      authenticator.sign(out, keys);
    }
    return codec.pack(out);
  }

  /** The character (non-binary) fields of a message; binary ones such as the MAC are left out. */
  private static TreeMap<Integer, String> characterFields(ISOMsg message) {
    TreeMap<Integer, String> fields = new TreeMap<>();
    for (Object entry : message.getChildren().entrySet()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
      int number = (Integer) e.getKey();
      ISOComponent component = (ISOComponent) e.getValue();
      if (number > 0 && component instanceof ISOField field) {
        fields.put(number, (String) field.getValue());
      }
    }
    return fields;
  }

  private static String mtiOf(ISOMsg message) {
    try {
      return message.getMTI();
    } catch (ISOException e) {
      throw new IllegalStateException("unpacked message without MTI", e);
    }
  }
}
