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
 */
public record TerminalRequest(
    String connectionId, String mti, SortedMap<Integer, String> fields, Instant receivedAt)
    implements Serializable {

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
}
