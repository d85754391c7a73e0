package org.yikatong.ledger.domain;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes journal entries in the plain-text journal format of hledger and ledger-cli: one
 * transaction per entry, dated by its business day, with the entry id as code and its kind and
 * business key as tags; one posting per line, the account named by type and number (for example
 * {@code liabilities:purse:P20260001}), the amount in CNY with two decimals.
 *
 * <p>Signs follow double-entry bookkeeping as those tools expect (debits positive): the ledger's
 * owed-positive balances are negated, so a purse holding 12.50 shows as {@code -12.50 CNY} under
 * liabilities, and cash received as a positive asset.
 */
public final class LedgerJournalFormat {

  private LedgerJournalFormat() {}

  public static void header(LocalDate from, LocalDate to, Instant generatedAt, Writer out)
      throws IOException {
    out.write("; Yikatong journal, business days " + from + " to " + to + "\n");
    out.write("; generated " + generatedAt + "; amounts in CNY, debits positive\n");
    out.write("commodity 1000.00 CNY\n\n");
  }

  public static void entry(JournalEntry entry, Writer out) throws IOException {
    out.write(
        entry.getBusinessDate()
            + " ("
            + entry.getId()
            + ") "
            + clean(entry.getDescription())
            + "  ; kind:"
            + entry.getKind()
            + ", key:"
            + clean(entry.getBusinessKey()).replace(",", ";")
            + (entry.getCorrects() == null ? "" : ", corrects:" + entry.getCorrects().getId())
            + entry.getFollowUp().map(f -> ", follow-up:" + f).orElse("")
            + "\n");
    for (Posting posting : entry.getPostings()) {
      out.write("    " + accountName(posting.getAccount()));
      out.write("  " + posting.getAmount().negate().toYuanString() + " CNY\n");
    }
    out.write("\n");
  }

  /** The account's name in the journal: its type's name and its number. */
  public static String accountName(Account account) {
    return account.getType().ledgerName() + ":" + account.getAccountNo();
  }

  private static String clean(String text) {
    return text.replaceAll("[\\r\\n;]", " ").strip();
  }
}
