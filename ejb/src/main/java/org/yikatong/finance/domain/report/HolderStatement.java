package org.yikatong.finance.domain.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A card holder's statement over a period of business days: the main purse and the subsidy purse,
 * each with its opening balance, its movements and its closing balance.
 *
 * @param openingFen both purses' opening balances together
 * @param closingFen both purses' closing balances together
 */
public record HolderStatement(
    String holderNo,
    String holderName,
    String department,
    LocalDate from,
    LocalDate to,
    List<PurseStatement> purses,
    long openingFen,
    long closingFen)
    implements java.io.Serializable {

  public HolderStatement {
    purses = List.copyOf(purses);
  }

  public static HolderStatement of(
      String holderNo,
      String holderName,
      String department,
      LocalDate from,
      LocalDate to,
      List<PurseStatement> purses) {
    long opening = purses.stream().mapToLong(PurseStatement::openingFen).sum();
    long closing = purses.stream().mapToLong(PurseStatement::closingFen).sum();
    return new HolderStatement(
        holderNo, holderName, department, from, to, purses, opening, closing);
  }
}
