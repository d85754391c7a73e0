package org.yikatong.finance.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yikatong.ledger.domain.AccountType;

/**
 * One purse's statement over a period.
 *
 * <p>Invariant: {@code closingFen = openingFen + creditsFen - debitsFen}, every movement carrying
 * the balance after it, the last one the closing balance.
 *
 * @param openingFen the balance at the start of the period: every posting before it
 * @param creditsFen what the movements put in
 * @param debitsFen what the movements took out, as a positive amount
 */
public record PurseStatement(
    String accountNo,
    AccountType type,
    long openingFen,
    long creditsFen,
    long debitsFen,
    long closingFen,
    List<PurseMovement> movements)
    implements java.io.Serializable {

  public PurseStatement {
    Objects.requireNonNull(accountNo, "accountNo");
    Objects.requireNonNull(type, "type");
    movements = List.copyOf(movements);
    if (closingFen != openingFen + creditsFen - debitsFen) {
      throw new IllegalArgumentException(
          accountNo + ": opening + credits - debits is not the closing balance");
    }
  }

  /** The statement of a purse from its opening balance and its movements, oldest first. */
  public static PurseStatement of(
      String accountNo, AccountType type, long openingFen, List<PurseMovement> movements) {
    long balance = openingFen;
    long credits = 0;
    long debits = 0;
    List<PurseMovement> lines = new ArrayList<>();
    for (PurseMovement m : movements) {
      balance = Math.addExact(balance, m.amountFen());
      if (m.amountFen() >= 0) {
        credits = Math.addExact(credits, m.amountFen());
      } else {
        debits = Math.subtractExact(debits, m.amountFen());
      }
      lines.add(m.withBalanceAfter(balance));
    }
    return new PurseStatement(accountNo, type, openingFen, credits, debits, balance, lines);
  }
}
