package org.yikatong.cardadapter.api;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to answer a terminal request. The adapter echoes the request's identifying fields, sets
 * field 39 from {@code code}, adds {@code fields} (such as 38 approval code, 54 balance), and MACs
 * the response.
 *
 * @param code the result (field 39)
 * @param fields further fields of the response by number
 */
public record TerminalResponse(ResponseCode code, SortedMap<Integer, String> fields)
    implements Serializable {

  public TerminalResponse {
    Objects.requireNonNull(code, "code");
    fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** A response with the code and no further fields. */
  public static TerminalResponse of(ResponseCode code) {
    return new TerminalResponse(code, new TreeMap<>());
  }

  /**
   * Field 54 for a balance in fen: account type "10", amount type "02", currency "156", "C" or "D",
   * 12 digits (20 characters).
   */
  public static String balanceField(long balanceFen) {
    long abs = Math.abs(balanceFen);
    if (abs > 999_999_999_999L) {
      throw new IllegalArgumentException("Balance does not fit 12 digits: " + balanceFen);
    }
    return "1002156" + (balanceFen < 0 ? 'D' : 'C') + String.format("%012d", abs);
  }

  /** A response with the code and the given fields. */
  public static TerminalResponse of(ResponseCode code, Map<Integer, String> fields) {
    return new TerminalResponse(code, new TreeMap<>(fields));
  }
}
