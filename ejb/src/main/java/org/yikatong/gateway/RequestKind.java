package org.yikatong.gateway;

/**
 * What a terminal request asks, by its message type and processing code, as monitoring names it.
 */
final class RequestKind {

  private RequestKind() {}

  /**
   * PAYMENT, TOP_UP, REFUND, BALANCE (0200 by field 3), OFFLINE_ADVICE (0220), REVERSAL (0400,
   * 0420), ACCESS (0100), NETWORK (0800), or OTHER (a processing code or a message type outside the
   * contract).
   *
   * @param processingCode field 3, or null when unknown (a message the adapter refused): a 0200
   *     then counts as a payment
   */
  static String of(String mti, String processingCode) {
    if (mti == null) {
      return "OTHER";
    }
    return switch (mti) {
      case "0200" ->
          switch (processingCode == null ? "000000" : processingCode) {
            case "000000" -> "PAYMENT";
            case "210000" -> "TOP_UP";
            case "200000" -> "REFUND";
            case "310000" -> "BALANCE";
            default -> "OTHER";
          };
      case "0220" -> "OFFLINE_ADVICE";
      case "0400", "0420" -> "REVERSAL";
      case "0100" -> "ACCESS";
      case "0800" -> "NETWORK";
      default -> "OTHER";
    };
  }
}
