package org.yikatong.cardadapter.protocol;

/**
 * Field 54 of a response, the purse balance after the request, in the ISO "additional amounts"
 * format: account type {@code 10}, amount type {@code 02}, currency {@code 156}, {@code C} or
 * {@code D}, and the amount in fen in 12 digits — 20 characters. The server formats it with {@code
 * TerminalResponse.balanceField}; terminals and the simulator read it here.
 */
public final class BalanceAmount {

  private static final int LENGTH = 20;

  private BalanceAmount() {}

  /**
   * @throws MalformedMessageException when the text is not in the format above
   */
  public static long parse(String field54) throws MalformedMessageException {
    if (field54 == null
        || field54.length() != LENGTH
        || !field54.startsWith("1002156")
        || !field54.substring(8).matches("[0-9]{12}")) {
      throw new MalformedMessageException("Field 54 is not a balance: " + field54);
    }
    long amount = Long.parseLong(field54.substring(8));
    return switch (field54.charAt(7)) {
      case 'C' -> amount;
      case 'D' -> -amount;
      default -> throw new MalformedMessageException("Field 54 sign is neither C nor D");
    };
  }
}
