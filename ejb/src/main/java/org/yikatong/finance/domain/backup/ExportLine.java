package org.yikatong.finance.domain.backup;

/**
 * A line of the JSON Lines file as read back: its number (from 1), its text, and either the entry
 * it holds or why it holds none.
 *
 * @param complete whether the line ended with a newline, as every line the export writes does: only
 *     the last line of a truncated file lacks it
 */
public record ExportLine(
    long number, String text, ExportedEntry entry, String problem, boolean complete) {

  public static ExportLine of(long number, String text, ExportedEntry entry, boolean complete) {
    return new ExportLine(number, text, entry, null, complete);
  }

  public static ExportLine unreadable(long number, String text, String problem, boolean complete) {
    return new ExportLine(number, text, null, problem, complete);
  }

  public boolean readable() {
    return entry != null;
  }
}
