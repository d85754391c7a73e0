package org.yikatong.finance.domain.backup;

/**
 * The first place where a file of an export and the live ledger part.
 *
 * @param file the export's file it was found in
 * @param line the file's line (from 1); the line after the last when the file ended too soon
 * @param entryId the entry concerned: the ledger's where the ledger has it, else the export's; null
 *     for the journal's header
 * @param field the entry's field that differs, for {@link Kind#DIFFERS} in the JSON Lines file;
 *     null otherwise
 * @param exportSays what the export holds there (null where it holds nothing)
 * @param ledgerSays what the ledger holds there (null where it holds nothing)
 */
public record Difference(
    Kind kind,
    String file,
    long line,
    Long entryId,
    String businessKey,
    String field,
    String exportSays,
    String ledgerSays) {

  /** How an export and the ledger part. */
  public enum Kind {
    /** The same entry, with other content. */
    DIFFERS,
    /** The ledger has an entry the export lacks, and the export goes on after it. */
    MISSING_FROM_EXPORT,
    /** The export has an entry the ledger lacks. */
    MISSING_FROM_LEDGER,
    /** The file ends before the ledger's entries do, or in the middle of a line. */
    TRUNCATED,
    /** A line that is no entry, or an entry out of order, before the file's end. */
    MALFORMED
  }

  /** The difference in one sentence, for reports and the audit trail. */
  public String describe() {
    String entry =
        entryId == null
            ? "the header"
            : "entry " + entryId + (businessKey == null ? "" : " (" + businessKey + ")");
    String where = file + " line " + line;
    return switch (kind) {
      case DIFFERS ->
          where
              + ", "
              + entry
              + (field == null ? "" : ", " + field)
              + ": the export says "
              + quoted(exportSays)
              + ", the ledger "
              + quoted(ledgerSays);
      case MISSING_FROM_EXPORT ->
          where + ": " + entry + " is in the ledger but missing from the export";
      case MISSING_FROM_LEDGER ->
          where + ": " + entry + " is in the export but missing from the ledger";
      case TRUNCATED ->
          where
              + ": the file is truncated; "
              + (exportSays == null
                  ? "it ends where the ledger has " + entry
                  : "its last line is cut: "
                      + quoted(exportSays)
                      + " where the ledger has "
                      + entry);
      case MALFORMED -> where + ": not an entry of the export in order: " + quoted(exportSays);
    };
  }

  private static String quoted(String text) {
    if (text == null) {
      return "nothing";
    }
    String cut = text.length() > 160 ? text.substring(0, 160) + "…" : text;
    return "\"" + cut + "\"";
  }
}
