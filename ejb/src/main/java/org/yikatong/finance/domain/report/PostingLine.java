package org.yikatong.finance.domain.report;

/**
 * One posting of an entry found.
 *
 * @param amountFen what it raised (positive) or lowered (negative) the account's balance by
 * @param balanceAfterFen the account's balance right after it, where the journal knew it (purses)
 */
public record PostingLine(
    String accountNo, String accountType, long amountFen, Long balanceAfterFen)
    implements java.io.Serializable {}
