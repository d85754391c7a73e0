package org.yikatong.finance.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.kernel.domain.BusinessDay;

/**
 * What the ISO 20022 cash management messages (camt.053, camt.054) share: the document and its
 * message name, accounts, amounts in CNY, credit or debit, dates, and bank transaction codes.
 * Element names are matched by local name, so every version of a message (camt.053.001.02 …
 * .001.13) reads alike.
 */
final class Iso20022 {

  private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:";

  /** Bank transaction sub-family codes of a charge: charges, commissions, fees. */
  private static final Set<String> CHARGE_CODES =
      Set.of("CHRG", "COMM", "COME", "COMI", "COMT", "FEES", "NCHG", "FCHG");

  private Iso20022() {}

  /**
   * Reads the document and checks it is the expected message.
   *
   * @param message the message name, such as {@code camt.053}
   * @return the message's element below {@code <Document>}
   */
  static XmlElement document(byte[] file, String message, String messageElement) {
    XmlElement root = XmlElement.parse(file);
    String namespace = root.namespace();
    if (!root.name().equals("Document") || !namespace.startsWith(NAMESPACE)) {
      throw new StatementRejected(
          root.lineNo(),
          "the root element is <"
              + root.name()
              + "> in namespace '"
              + namespace
              + "', not an ISO 20022 <Document>: the file is not a "
              + message
              + " statement");
    }
    String found = namespace.substring(NAMESPACE.length());
    if (!found.startsWith(message + ".")) {
      throw new StatementRejected(
          root.lineNo(), "the file is a " + found + " message, not " + message);
    }
    return root.require(messageElement);
  }

  /** The account's IBAN, or its other identification (a Chinese bank's account number). */
  static String account(XmlElement owner) {
    XmlElement id = owner.require("Acct", "Id");
    String iban = id.textAt("IBAN");
    return iban != null ? iban : id.requireText("Othr", "Id");
  }

  /**
   * An amount element ({@code <Amt Ccy="CNY">2000.50</Amt>}) in fen.
   *
   * @throws StatementRejected when the currency is not CNY, or the amount is negative or has more
   *     than two decimals
   */
  static long amount(XmlElement amount, String what) {
    String currency = amount.attribute("Ccy");
    if (!"CNY".equals(currency)) {
      throw new StatementRejected(
          amount.lineNo(), what + " is in '" + currency + "'; the statements read here are in CNY");
    }
    long fen = Yuan.fen(amount.text(), amount.lineNo(), what);
    if (fen < 0 || amount.text().startsWith("-")) {
      throw new StatementRejected(
          amount.lineNo(),
          what + " " + amount.text() + " is negative; CdtDbtInd tells which way it goes");
    }
    return fen;
  }

  /** A sum without a currency, as in {@code TxsSummry}, in fen. */
  static long sum(XmlElement sum, String what) {
    long fen = Yuan.fen(sum.text(), sum.lineNo(), what);
    if (fen < 0) {
      throw new StatementRejected(sum.lineNo(), what + " " + sum.text() + " is negative");
    }
    return fen;
  }

  /** Whether the element's {@code CdtDbtInd} says credit ({@code CRDT}) or debit ({@code DBIT}). */
  static boolean credit(XmlElement owner) {
    String indicator = owner.requireText("CdtDbtInd");
    return switch (indicator) {
      case "CRDT" -> true;
      case "DBIT" -> false;
      default ->
          throw new StatementRejected(
              owner.find("CdtDbtInd").lineNo(),
              "CdtDbtInd '" + indicator + "' is neither CRDT nor DBIT");
    };
  }

  /** A date choice ({@code <Dt>} or {@code <DtTm>}) as a business day in Asia/Shanghai. */
  static LocalDate day(XmlElement choice) {
    return BusinessDay.of(instant(choice));
  }

  /**
   * A date choice as an instant: {@code <DtTm>} as written (Asia/Shanghai when it names no offset),
   * {@code <Dt>} as the start of that day in Asia/Shanghai.
   */
  static Instant instant(XmlElement choice) {
    String date = choice.textAt("Dt");
    String dateTime = choice.textAt("DtTm");
    try {
      if (dateTime != null) {
        return dateTime(dateTime);
      }
      if (date != null) {
        return BusinessDay.start(LocalDate.parse(date));
      }
    } catch (DateTimeParseException e) {
      throw new StatementRejected(
          choice.lineNo(),
          "<"
              + choice.name()
              + "> '"
              + (dateTime != null ? dateTime : date)
              + "' is not an ISO date (2026-11-30) or date and time (2026-11-30T08:15:02+08:00)");
    }
    throw new StatementRejected(choice.lineNo(), "<" + choice.name() + "> holds no date");
  }

  /** An ISO date and time; one without an offset is Asia/Shanghai local time. */
  static Instant dateTime(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).atZone(BusinessDay.ZONE).toInstant();
    }
  }

  /**
   * Whether the entry's bank transaction code names a charge: an ISO family or sub-family such as
   * {@code CHRG} (charges), {@code COMM} (commission) or {@code FEES}, or a proprietary code that
   * is one of those.
   */
  static boolean isCharge(XmlElement entry) {
    XmlElement code = entry.find("BkTxCd");
    if (code == null) {
      return false;
    }
    return CHARGE_CODES.contains(String.valueOf(code.textAt("Domn", "Fmly", "Cd")))
        || CHARGE_CODES.contains(String.valueOf(code.textAt("Domn", "Fmly", "SubFmlyCd")))
        || CHARGE_CODES.contains(String.valueOf(code.textAt("Prtry", "Cd")));
  }

  /** The entry's status: {@code <Sts>BOOK</Sts>} up to version 06, {@code <Sts><Cd>} after. */
  static String status(XmlElement entry) {
    String code = entry.textAt("Sts", "Cd");
    return code != null ? code : entry.requireText("Sts");
  }

  /** A reference that is really there: blank and {@code NOTPROVIDED} are none. */
  static String reference(String value) {
    return value == null || value.isBlank() || value.equals("NOTPROVIDED") ? null : value;
  }

  /** Reads a count ({@code NbOfNtries}, {@code NbOfTxs}). */
  static int count(XmlElement count) {
    String text = count.text();
    if (!text.matches("\\d{1,9}")) {
      throw new StatementRejected(count.lineNo(), "'" + text + "' is not a count");
    }
    return Integer.parseInt(text);
  }
}
