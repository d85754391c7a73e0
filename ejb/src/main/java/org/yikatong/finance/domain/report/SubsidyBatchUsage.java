package org.yikatong.finance.domain.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A subsidy batch in a usage report: posted in the period, or expiring in it.
 *
 * @param expiredGrants how many of its lines have expired so far
 * @param returnedFen what their unspent rests returned to the subsidy funds
 */
public record SubsidyBatchUsage(
    String batchNo,
    Instant uploadedAt,
    String uploadedBy,
    LocalDate expiresOn,
    int lines,
    long totalFen,
    long expiredGrants,
    long returnedFen)
    implements java.io.Serializable {}
