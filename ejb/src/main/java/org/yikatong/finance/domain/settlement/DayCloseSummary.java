package org.yikatong.finance.domain.settlement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A closed business day as the day close recorded it.
 *
 * @param merchants how many merchants it has totals for
 * @param paymentsFen the payments of all merchants
 * @param netFen the net of all merchants, moved to their settled accounts
 */
public record DayCloseSummary(
    LocalDate businessDate,
    Instant closedAt,
    String closedBy,
    long merchants,
    long paymentCount,
    long paymentsFen,
    long netFen)
    implements java.io.Serializable {}
