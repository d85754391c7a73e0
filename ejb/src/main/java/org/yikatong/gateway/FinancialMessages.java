package org.yikatong.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.cardadapter.api.TerminalRequest;
import org.yikatong.cardadapter.api.TerminalResponse;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;
import org.yikatong.ledger.application.TerminalTransactions;
import org.yikatong.terminal.application.TerminalLink;

/**
 * Translates the financial messages of the terminal protocol (0200, 0220, 0400, 0420) into ledger
 * requests and the ledger's answers into ISO 8583 responses: field 39 from the decline reason, 38
 * an approval code, 54 the card's balance (main and subsidy purse together) after the request.
 * Holds no rule of its own beyond the message format; a request that does not carry what its type
 * needs is answered 30 (format error) and never reaches the ledger.
 */
@ApplicationScoped
public class FinancialMessages {

  private static final Logger LOG = Logger.getLogger(FinancialMessages.class.getName());

  /** Processing codes (field 3) of 0200. */
  static final String PAYMENT = "000000";

  static final String BALANCE_INQUIRY = "310000";
  static final String CASH_TOP_UP = "210000";
  static final String REFUND = "200000";

  private static final Map<DeclineReason, ResponseCode> CODES =
      Map.ofEntries(
          Map.entry(DeclineReason.UNKNOWN_CARD, ResponseCode.UNKNOWN_CARD),
          Map.entry(DeclineReason.CARD_LOST, ResponseCode.CARD_LOST),
          Map.entry(DeclineReason.CARD_RESTRICTED, ResponseCode.RESTRICTED_CARD),
          Map.entry(DeclineReason.CARD_EXPIRED, ResponseCode.CARD_EXPIRED),
          Map.entry(DeclineReason.ACCOUNT_FROZEN, ResponseCode.NOT_PERMITTED_FOR_CARDHOLDER),
          Map.entry(DeclineReason.INVALID_AMOUNT, ResponseCode.INVALID_AMOUNT),
          Map.entry(DeclineReason.PIN_REQUIRED, ResponseCode.PIN_MISSING_OR_WRONG),
          Map.entry(DeclineReason.WRONG_PIN, ResponseCode.PIN_MISSING_OR_WRONG),
          Map.entry(DeclineReason.PIN_LOCKED, ResponseCode.PIN_TRIES_EXCEEDED),
          Map.entry(DeclineReason.DAILY_LIMIT, ResponseCode.DAILY_LIMIT_EXCEEDED),
          Map.entry(DeclineReason.INSUFFICIENT_FUNDS, ResponseCode.INSUFFICIENT_FUNDS),
          Map.entry(
              DeclineReason.NOT_PERMITTED_AT_TERMINAL, ResponseCode.NOT_PERMITTED_AT_TERMINAL),
          Map.entry(
              DeclineReason.DUPLICATE_WITH_OTHER_CONTENT,
              ResponseCode.DUPLICATE_WITH_DIFFERENT_CONTENT),
          Map.entry(DeclineReason.INVALID_TRANSACTION, ResponseCode.INVALID_TRANSACTION));

  @Inject TerminalTransactions ledger;
  @Inject CardRepository cards;
  @Inject TerminalLink link;

  /** The ISO 8583 response code for a ledger decline. */
  static ResponseCode codeOf(DeclineReason reason) {
    return CODES.getOrDefault(reason, ResponseCode.DECLINED);
  }

  /** Answers one financial request whose MAC the adapter has verified. */
  public TerminalResponse handle(TerminalRequest request) {
    String terminal = request.terminalId();
    Optional<String> pan = request.field(2).map(String::strip);
    Optional<String> rrn =
        request.field(37).map(String::strip).filter(s -> s.matches("[A-Za-z0-9]{1,12}"));
    Optional<Long> amount =
        request.field(4).filter(s -> s.matches("[0-9]{1,12}")).map(Long::parseLong);
    String processing = request.field(3).orElse("");
    boolean currencyOk = request.field(49).map("156"::equals).orElse(true);
    if (pan.isEmpty() || !currencyOk) {
      return format(request, "field 2 or 49");
    }
    String card = serialOf(pan.get());
    if (request.mti().equals("0200") && processing.equals(BALANCE_INQUIRY)) {
      PaymentOutcome inquiry = ledger.inquire(terminal, card);
      if (!inquiry.approved()) {
        audit(request, "DECLINED", "balance inquiry: " + inquiry.declineReason());
      }
      return respond(inquiry);
    }
    if (rrn.isEmpty() || amount.isEmpty()) {
      return format(request, "field 4 or 37");
    }
    if (request.mti().equals("0200") || request.mti().equals("0220")) {
      // Reversals carry their original's RRN: only new requests run the sequence on.
      link.rrnSeen(terminal, rrn.get(), request.receivedAt());
    }
    PaymentRequest ledgerRequest;
    switch (request.mti()) {
      case "0200" -> {
        switch (processing) {
          case PAYMENT -> {
            if (TerminalRequest.UNREADABLE_PIN.equals(request.pin())) {
              audit(request, "DECLINED", "PIN block does not decrypt for the card number");
              return TerminalResponse.of(ResponseCode.PIN_MISSING_OR_WRONG);
            }
            ledgerRequest =
                PaymentRequest.payment(terminal, rrn.get(), card, amount.get(), request.pin());
          }
          case CASH_TOP_UP ->
              ledgerRequest = PaymentRequest.cashTopUp(terminal, rrn.get(), card, amount.get());
          case REFUND ->
              ledgerRequest = PaymentRequest.refund(terminal, rrn.get(), card, amount.get());
          default -> {
            audit(request, "UNSUPPORTED", "processing code " + processing + " of 0200");
            return TerminalResponse.of(ResponseCode.INVALID_TRANSACTION);
          }
        }
      }
      case "0220" -> {
        Optional<Instant> when = localTime(request);
        if (!processing.equals(PAYMENT) || when.isEmpty()) {
          return format(request, "field 3, 12 or 13");
        }
        ledgerRequest = PaymentRequest.offline(terminal, rrn.get(), card, amount.get(), when.get());
      }
      case "0400", "0420" ->
          ledgerRequest = PaymentRequest.reversal(terminal, rrn.get(), card, amount.get());
      default -> {
        audit(request, "UNSUPPORTED", "message type " + request.mti());
        return TerminalResponse.of(ResponseCode.INVALID_TRANSACTION);
      }
    }
    return respond(ledger.handle(ledgerRequest));
  }

  private TerminalResponse respond(PaymentOutcome outcome) {
    TreeMap<Integer, String> fields = new TreeMap<>();
    if (outcome.purseFen() != null) {
      long subsidy = outcome.subsidyFen() == null ? 0 : outcome.subsidyFen();
      fields.put(54, TerminalResponse.balanceField(outcome.purseFen() + subsidy));
    }
    if (outcome.approved()) {
      long entry = outcome.entryId() == null ? 0 : outcome.entryId();
      fields.put(38, String.format("%06d", entry % 1_000_000));
      return TerminalResponse.of(ResponseCode.APPROVED, fields);
    }
    return TerminalResponse.of(codeOf(outcome.declineReason()), fields);
  }

  /** The card's serial for its number; an unknown number is passed on as no serial can look. */
  private String serialOf(String cardNo) {
    return cards.serialOfNumber(cardNo).orElse("?" + cardNo);
  }

  /**
   * When an offline payment happened: fields 13 (MMDD) and 12 (hhmmss), the terminal's local time
   * in Asia/Shanghai, in the year that puts it at or before the moment it was received (plus a day
   * for a terminal clock running ahead).
   */
  static Optional<Instant> localTime(TerminalRequest request) {
    Optional<String> mmdd = request.field(13).filter(s -> s.matches("[0-9]{4}"));
    Optional<String> hhmmss = request.field(12).filter(s -> s.matches("[0-9]{6}"));
    if (mmdd.isEmpty() || hhmmss.isEmpty()) {
      return Optional.empty();
    }
    ZonedDateTime received = request.receivedAt().atZone(BusinessDay.ZONE);
    try {
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(hhmmss.get().substring(0, 2)),
              Integer.parseInt(hhmmss.get().substring(2, 4)),
              Integer.parseInt(hhmmss.get().substring(4, 6)));
      int month = Integer.parseInt(mmdd.get().substring(0, 2));
      int day = Integer.parseInt(mmdd.get().substring(2, 4));
      for (int year = received.getYear() + 1; year >= received.getYear() - 1; year--) {
        if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
          continue;
        }
        Instant candidate =
            LocalDateTime.of(LocalDate.of(year, month, day), time)
                .atZone(BusinessDay.ZONE)
                .toInstant();
        if (!candidate.isAfter(request.receivedAt().plusSeconds(86_400))) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Answers 30 and records the refusal in the audit trail of refused messages. */
  private TerminalResponse format(TerminalRequest request, String what) {
    LOG.info(() -> "Format error (" + what + ") in " + request);
    audit(request, "FORMAT_ERROR", "missing or malformed " + what);
    return TerminalResponse.of(ResponseCode.FORMAT_ERROR);
  }

  /**
   * Records a decline the ledger does not record itself (it keeps its own in payment_decline) in
   * the audit trail of refused messages.
   */
  private void audit(TerminalRequest request, String reason, String detail) {
    link.recordRejection(
        request.connectionId(),
        reason,
        request.terminalId(),
        request.mti(),
        request.field(11).orElse(null),
        detail,
        request.receivedAt());
  }
}
