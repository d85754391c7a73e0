package org.yikatong.ledger.application;

import org.yikatong.kernel.domain.Money;

/**
 * A card holder disputed a payment (a suspected double tap), fired as a CDI event inside the
 * disputing transaction.
 *
 * @param entryId the disputed payment
 * @param earlierEntryId the payment it seems to repeat
 */
public record PaymentDisputed(
    long entryId,
    long earlierEntryId,
    Money amount,
    String terminalCode,
    String holderNo,
    String holderName) {}
