package org.yikatong.cardadapter.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Message listener through which the card adapter serves terminal requests: it asks for the
 * terminal's secret to check the request's MAC, then hands over the request, naming the secret it
 * verified with ({@link TerminalRequest#keyCheck()}), and sends back what the listener answers,
 * packed and MACed.
 *
 * <p>Called on the connection's reader thread, one request at a time per connection; each call is
 * one container-managed transaction of the message endpoint. Exactly one active endpoint of this
 * type serves the adapter.
 */
public interface TerminalMessageListener {

  /**
   * The 32-byte secret of an enabled terminal.
   *
   * @param terminalId field 41 of the request
   * @return empty when the terminal is unknown or disabled: the adapter then answers 58
   */
  Optional<byte[]> terminalSecret(String terminalId);

  /**
   * The terminal's secret as it is now, read past any copy the endpoint keeps: the adapter asks
   * when a MAC did not verify with what {@link #terminalSecret} gave, in case the secret changed
   * since (a key rotation applied on another node).
   *
   * @return empty when the terminal is unknown or disabled
   */
  default Optional<byte[]> currentTerminalSecret(String terminalId) {
    return terminalSecret(terminalId);
  }

  /**
   * Serves one authenticated request.
   *
   * @return the response code and fields to send back; never null
   */
  TerminalResponse onRequest(TerminalRequest request);

  /**
   * Records a message the adapter refused (malformed, unknown terminal, wrong MAC) for the audit
   * trail. A failure here is logged by the adapter and does not change what the terminal is told.
   */
  void rejected(RejectedMessage rejection);

  /**
   * A terminal answered a command (0620) with 0630.
   *
   * @param terminalId field 41
   * @param stan field 11: the command's STAN, the same on every send of one command
   * @param responseCode field 39: "00" when the terminal applied the command
   */
  void commandAcknowledged(String terminalId, String stan, String responseCode, Instant at);
}
