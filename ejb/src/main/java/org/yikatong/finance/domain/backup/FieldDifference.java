package org.yikatong.finance.domain.backup;

/**
 * Where an exported entry and the ledger's entry of the same id part: the field (such as {@code
 * amountFen} or {@code postings[1].accountNo}) and each side's value.
 */
public record FieldDifference(String field, String exportSays, String ledgerSays) {}
