package org.yikatong.ledger.application;

import java.time.Instant;

/**
 * What the card service counter hands the card holder after an action on a card, to keep.
 *
 * @param action what was done, in words (挂失, 补卡, 销户 …)
 * @param newCardSerial the replacement card's serial, or null
 * @param feeFen the fee taken, or null when none applies
 * @param refundFen the amount paid out, or null when none applies
 * @param purseFen the main purse's balance after the action, or null once the card is cancelled
 */
public record CounterReceipt(
    String receiptNo,
    String action,
    String holderNo,
    String holderName,
    String cardSerial,
    String newCardSerial,
    Long feeFen,
    Long refundFen,
    Long purseFen,
    String operator,
    Instant at)
    implements java.io.Serializable {}
