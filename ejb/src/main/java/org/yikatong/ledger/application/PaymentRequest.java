package org.yikatong.ledger.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A money request from a terminal, keyed by terminal id and retrieval reference number (ISO 8583
 * fields 41 and 37), so that a retry of the same request posts nothing new.
 *
 * @param kind what the terminal asks for
 * @param terminalCode field 41
 * @param rrn field 37; for a reversal, the RRN of the request it reverses
 * @param cardSerial the card (field 2)
 * @param amountFen field 4; a reversal carries the original amount
 * @param pin the PIN as digits when the terminal sent one (field 52, decrypted by the adapter)
 * @param occurredAt for an offline payment, when the terminal accepted it
 */
public record PaymentRequest(
    @NotNull Kind kind,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,8}") String terminalCode,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,12}") String rrn,
    @NotBlank String cardSerial,
    long amountFen,
    @Pattern(regexp = "\\d{4,12}") String pin,
    Instant occurredAt) {

  /** What a terminal asks the ledger for. */
  public enum Kind {
    PAYMENT,
    OFFLINE_PAYMENT,
    CASH_TOP_UP,
    REVERSAL,
    /** A refund at the merchant's terminal of an earlier payment of the card there. */
    REFUND
  }

  public static PaymentRequest payment(
      String terminal, String rrn, String card, long amountFen, String pin) {
    return new PaymentRequest(Kind.PAYMENT, terminal, rrn, card, amountFen, pin, null);
  }

  public static PaymentRequest offline(
      String terminal, String rrn, String card, long amountFen, Instant occurredAt) {
    return new PaymentRequest(
        Kind.OFFLINE_PAYMENT, terminal, rrn, card, amountFen, null, occurredAt);
  }

  public static PaymentRequest cashTopUp(String terminal, String rrn, String card, long amountFen) {
    return new PaymentRequest(Kind.CASH_TOP_UP, terminal, rrn, card, amountFen, null, null);
  }

  public static PaymentRequest reversal(String terminal, String rrn, String card, long amountFen) {
    return new PaymentRequest(Kind.REVERSAL, terminal, rrn, card, amountFen, null, null);
  }

  public static PaymentRequest refund(String terminal, String rrn, String card, long amountFen) {
    return new PaymentRequest(Kind.REFUND, terminal, rrn, card, amountFen, null, null);
  }

  /** The business key of the request with this terminal and RRN. */
  public static String keyOf(String terminalCode, String rrn) {
    return "TERM:" + terminalCode + ":" + rrn;
  }

  @Override
  public String toString() {
    return "PaymentRequest["
        + kind
        + " "
        + terminalCode
        + "/"
        + rrn
        + " card "
        + cardSerial
        + " "
        + amountFen
        + " fen"
        + (pin == null ? "" : " with PIN")
        + "]";
  }
}
