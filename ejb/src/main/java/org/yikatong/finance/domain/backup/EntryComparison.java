package org.yikatong.finance.domain.backup;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the JSON Lines file of an export with the live ledger, entry by entry, and keeps the
 * first place where they part. Both sides come in the order of the entries' ids: the export's lines
 * as read from the file, the ledger's entries one call of {@link #ledger} at a time; then {@link
 * #finish} reads what is left of the file. Neither side is held in memory.
 *
 * <p>The export's line and the ledger's entry of the same id must be equal in every field; a ledger
 * entry whose id the file skips is missing from the export, an exported entry whose id the ledger
 * skips is missing from the ledger; a file that ends (or ends in the middle of a line) while the
 * ledger goes on is truncated; a line that holds no entry, or an entry out of order, before the
 * file's end is malformed.
 */
public final class EntryComparison {

  private final String file;
  private final Iterator<ExportLine> lines;
  private ExportLine next;
  private long lastLine;
  private long lastId = Long.MIN_VALUE;
  private long exported;
  private long ledgerEntries;
  private Difference first;

  public EntryComparison(String file, Iterator<ExportLine> lines) {
    this.file = Objects.requireNonNull(file, "file");
    this.lines = Objects.requireNonNull(lines, "lines");
  }

  /** The ledger's next entry, in the order of the ids. */
  public void ledger(ExportedEntry entry) {
    ledgerEntries++;
    if (first != null) {
      return;
    }
    ExportLine line = peek();
    if (line == null) {
      first =
          new Difference(
              Difference.Kind.TRUNCATED,
              file,
              lastLine + 1,
              entry.id(),
              entry.businessKey(),
              null,
              null,
              entry.summary());
      return;
    }
    if (!line.readable()) {
      first = unreadable(line, entry);
      return;
    }
    ExportedEntry exportedEntry = line.entry();
    if (exportedEntry.id() <= lastId) {
      first = outOfOrder(line);
      return;
    }
    if (exportedEntry.id() < entry.id()) {
      first =
          new Difference(
              Difference.Kind.MISSING_FROM_LEDGER,
              file,
              line.number(),
              exportedEntry.id(),
              exportedEntry.businessKey(),
              null,
              exportedEntry.summary(),
              null);
      return;
    }
    if (exportedEntry.id() > entry.id()) {
      first =
          new Difference(
              Difference.Kind.MISSING_FROM_EXPORT,
              file,
              line.number(),
              entry.id(),
              entry.businessKey(),
              null,
              null,
              entry.summary());
      return;
    }
    take();
    Optional<FieldDifference> d = exportedEntry.firstDifference(entry);
    if (d.isPresent()) {
      first =
          new Difference(
              Difference.Kind.DIFFERS,
              file,
              line.number(),
              entry.id(),
              entry.businessKey(),
              d.get().field(),
              d.get().exportSays(),
              d.get().ledgerSays());
    } else if (!line.complete()) {
      first =
          new Difference(
              Difference.Kind.TRUNCATED,
              file,
              line.number(),
              entry.id(),
              entry.businessKey(),
              null,
              line.text(),
              entry.summary());
    }
  }

  /**
   * Reads the rest of the file once the ledger has no more entries, and answers the first
   * difference, if any.
   */
  public Optional<Difference> finish() {
    if (first == null) {
      ExportLine line = peek();
      if (line != null) {
        if (!line.readable()) {
          first = unreadable(line, null);
        } else if (line.entry().id() <= lastId) {
          first = outOfOrder(line);
        } else {
          first =
              new Difference(
                  Difference.Kind.MISSING_FROM_LEDGER,
                  file,
                  line.number(),
                  line.entry().id(),
                  line.entry().businessKey(),
                  null,
                  line.entry().summary(),
                  null);
        }
      }
    }
    while (peek() != null) {
      take();
    }
    return Optional.ofNullable(first);
  }

  /** The lines of the file read so far (all of them after {@link #finish}). */
  public long exportedLines() {
    return exported;
  }

  /** The ledger's entries compared. */
  public long ledgerEntries() {
    return ledgerEntries;
  }

  private Difference unreadable(ExportLine line, ExportedEntry ledgerEntry) {
    boolean cut = !line.complete();
    return new Difference(
        cut ? Difference.Kind.TRUNCATED : Difference.Kind.MALFORMED,
        file,
        line.number(),
        ledgerEntry == null ? null : ledgerEntry.id(),
        ledgerEntry == null ? null : ledgerEntry.businessKey(),
        null,
        line.text(),
        ledgerEntry == null ? null : ledgerEntry.summary());
  }

  private Difference outOfOrder(ExportLine line) {
    return new Difference(
        Difference.Kind.MALFORMED,
        file,
        line.number(),
        line.entry().id(),
        line.entry().businessKey(),
        null,
        line.entry().summary() + ", after entry " + lastId,
        null);
  }

  private ExportLine peek() {
    if (next == null && lines.hasNext()) {
      next = lines.next();
    }
    return next;
  }

  private void take() {
    ExportLine line = peek();
    if (line != null) {
      exported++;
      lastLine = line.number();
      if (line.readable()) {
        lastId = Math.max(lastId, line.entry().id());
      }
      next = null;
    }
  }
}
