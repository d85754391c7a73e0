package org.yikatong.gateway;

/**
 * What a terminal request asks, by its message type and processing code, as monitoring names it.
 */
final class RequestKind {

  private RequestKind() {}

  /**
   * PAYMENT, TOP_UP, REFUND, BALANCE (0200 by field 3), OFFLINE_ADVICE (0220), REVERSAL (0400,
   * 0420), ACCESS (0100), NETWORK (0800), or OTHER.
   *
   * @param processingCode field 3, or null
   */
  static String of(String mti, String processingCode) {
    if (mti == null) {
      return "OTHER";
    }
    return switch (mti) {
      case "0200" ->
          switch (processingCode == null ? "000000" : processingCode) {
            case "210000" -> "TOP_UP";
            case "200000" -> "REFUND";
            case "310000" -> "BALANCE";
            default -> "PAYMENT";
          };
      case "0220" -> "OFFLINE_ADVICE";
      case "0400", "0420" -> "REVERSAL";
      case "0100" -> "ACCESS";
      case "0800" -> "NETWORK";
      default -> "OTHER";
    };
  }
}
