package org.yikatong.cardadapter.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A request from a terminal whose MAC the adapter has verified.
 *
 * @param connectionId the gateway connection that carried it
 * @param mti message type, such as {@code 0800} or {@code 0200}
 * @param fields the character fields of the message by number (binary fields such as the MAC are
 *     left out)
 * @param receivedAt when the adapter read it
 * @param pin the PIN of field 52, decrypted by the adapter with the terminal's PIN key; null when
 *     the request carries no PIN block, {@link #UNREADABLE_PIN} when the block does not decrypt to
 *     a PIN for the card number of field 2 (a wrong key, a wrong card, garbage)
 * @param keyCheck the {@link KeyCheckValue} of the terminal secret the adapter verified the MAC
 *     with, so that the endpoint can confirm, in its own transaction, that the secret is still the
 *     terminal's; null when not known
 */
public record TerminalRequest(
    String connectionId,
    String mti,
    SortedMap<Integer, String> fields,
    Instant receivedAt,
    String pin,
    String keyCheck)
    implements Serializable {

  /** The {@link #pin()} of a PIN block that could not be read. */
  public static final String UNREADABLE_PIN = "unreadable";

  /** A request without a PIN block. */
  public TerminalRequest(
      String connectionId, String mti, SortedMap<Integer, String> fields, Instant receivedAt) {
    this(connectionId, mti, fields, receivedAt, null, null);
  }

  public TerminalRequest {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(mti, "mti");
    Objects.requireNonNull(receivedAt, "receivedAt");
    fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** Field 41. */
  public String terminalId() {
    return fields.get(41);
  }

  public Optional<String> field(int number) {
    return Optional.ofNullable(fields.get(number));
  }

  /** Never shows the PIN. */
  @Override
  public String toString() {
    return "TerminalRequest["
        + mti
        + " from "
        + terminalId()
        + " on "
        + connectionId
        + " fields "
        + fields.keySet()
        + (pin == null ? "" : " with PIN block")
        + "]";
  }
}
