package org.yikatong.finance.domain.report;

import org.yikatong.ledger.domain.EntryKind;

/** The postings of one entry kind on some accounts: how many, and their sum. */
public record KindSum(EntryKind kind, long postings, long amountFen)
    implements java.io.Serializable {}
