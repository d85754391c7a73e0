package org.yikatong.gateway;

import java.util.Optional;

/**
 * What a terminal request asks, by its message type and processing code (field 3), in the words of
 * the traffic meters ({@link org.yikatong.monitoring.application.TrafficMeters#served}).
 */
final class RequestKind {

  private RequestKind() {}

  /**
   * The kind of a request; empty for network management (0800), which is no traffic of the
   * cardholders, and for a message outside the contract.
   */
  static Optional<String> of(String mti, String processingCode) {
    return Optional.ofNullable(
        switch (mti == null ? "" : mti) {
          case "0200" ->
              switch (processingCode == null ? "" : processingCode) {
                case FinancialMessages.PAYMENT -> "PAYMENT";
                case FinancialMessages.CASH_TOP_UP -> "TOP_UP";
                case FinancialMessages.REFUND -> "REFUND";
                case FinancialMessages.BALANCE_INQUIRY -> "BALANCE";
                default -> null;
              };
          case "0220" -> "OFFLINE_ADVICE";
          case "0400", "0420" -> "REVERSAL";
          case "0100" -> "ACCESS";
          default -> null;
        });
  }
}
