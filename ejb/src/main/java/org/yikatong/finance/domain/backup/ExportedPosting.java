package org.yikatong.finance.domain.backup;

import java.util.Objects;

/**
 * One posting of an exported entry: the account's number, the amount in fen as the ledger keeps it
 * (positive raises the account's balance), and the account's balance right after it, where the
 * journal knew it (else null).
 */
public record ExportedPosting(String accountNo, long amountFen, Long balanceAfterFen) {

  public ExportedPosting {
    Objects.requireNonNull(accountNo, "accountNo");
  }
}
