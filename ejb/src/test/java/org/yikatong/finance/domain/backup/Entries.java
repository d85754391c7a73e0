package org.yikatong.finance.domain.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Entries of one business day for the tests, as the ledger would give them. */
final class Entries {

  static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  private Entries() {}

  /** A payment of some fen from a purse to a canteen's takings. */
  static ExportedEntry payment(long id, long fen) {
    return new ExportedEntry(
        id,
        "PAY:T0000001:R" + id,
        "PAYMENT",
        DAY,
        Instant.parse("2026-11-22T04:05:06.123456Z").plusSeconds(id),
        fen,
        "食堂消费 " + id,
        null,
        null,
        "gateway",
        List.of(
            new ExportedPosting("P20260001", -fen, 100_000 - fen * id),
            new ExportedPosting("MM0001-T0", fen, null)));
  }

  /** Payments with ids from 101, one per amount. */
  static List<ExportedEntry> payments(long... fen) {
    List<ExportedEntry> entries = new ArrayList<>();
    for (int i = 0; i < fen.length; i++) {
      entries.add(payment(101 + i, fen[i]));
    }
    return entries;
  }

  /** Each entry as a complete line of the export. */
  static List<ExportLine> lines(List<ExportedEntry> entries) {
    List<ExportLine> lines = new ArrayList<>();
    for (ExportedEntry e : entries) {
      lines.add(ExportLine.of(lines.size() + 1, e.summary(), e, true));
    }
    return lines;
  }

  /** The first difference of an export's lines from the ledger's entries. */
  static java.util.Optional<Difference> compare(
      List<ExportLine> export, List<ExportedEntry> ledger) {
    EntryComparison c = new EntryComparison("journal-2026-11-22.jsonl", export.iterator());
    ledger.forEach(c::ledger);
    return c.finish();
  }
}
