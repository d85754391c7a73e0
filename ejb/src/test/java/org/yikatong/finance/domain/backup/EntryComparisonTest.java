package org.yikatong.finance.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntryComparisonTest {

  private final List<ExportedEntry> ledger = Entries.payments(1_000, 2_000, 500);

  @Test
  @DisplayName("an export equal to the ledger has no difference, and every line is counted")
  void sound() {
    EntryComparison c =
        new EntryComparison("journal-2026-11-22.jsonl", Entries.lines(ledger).iterator());
    ledger.forEach(c::ledger);

    assertTrue(c.finish().isEmpty());
    assertEquals(3, c.exportedLines());
    assertEquals(3, c.ledgerEntries());
  }

  @Test
  @DisplayName("a changed amount: the entry, the field, and what each side says")
  void tamperedAmount() {
    List<ExportedEntry> export = new ArrayList<>(ledger);
    export.set(1, Entries.payment(102, 2_001));

    Difference d = Entries.compare(Entries.lines(export), ledger).orElseThrow();

    assertEquals(Difference.Kind.DIFFERS, d.kind());
    assertEquals(102L, d.entryId());
    assertEquals("PAY:T0000001:R102", d.businessKey());
    assertEquals(2, d.line());
    assertEquals("amountFen", d.field());
    assertEquals("2001", d.exportSays());
    assertEquals("2000", d.ledgerSays());
    assertTrue(d.describe().contains("entry 102 (PAY:T0000001:R102)"), d.describe());
  }

  @Test
  @DisplayName("a changed posting is named by its place")
  void tamperedPosting() {
    ExportedEntry original = ledger.get(0);
    List<ExportedPosting> postings = new ArrayList<>(original.postings());
    postings.set(1, new ExportedPosting("MM0002-T0", 1_000, null));
    ExportedEntry changed =
        new ExportedEntry(
            original.id(),
            original.businessKey(),
            original.kind(),
            original.businessDate(),
            original.postedAt(),
            original.amountFen(),
            original.description(),
            original.correctsId(),
            original.followUp(),
            original.postedBy(),
            postings);

    Difference d =
        Entries.compare(Entries.lines(List.of(changed, ledger.get(1), ledger.get(2))), ledger)
            .orElseThrow();

    assertEquals("postings[1].accountNo", d.field());
    assertEquals("MM0002-T0", d.exportSays());
    assertEquals("MM0001-T0", d.ledgerSays());
  }

  @Test
  @DisplayName("a file cut in the middle of a line is truncated at that line's entry")
  void truncatedInALine() {
    List<ExportLine> export = new ArrayList<>(Entries.lines(ledger.subList(0, 1)));
    export.add(ExportLine.unreadable(2, "{\"id\":102,\"busin", "not a JSON object", false));

    Difference d = Entries.compare(export, ledger).orElseThrow();

    assertEquals(Difference.Kind.TRUNCATED, d.kind());
    assertEquals(102L, d.entryId());
    assertEquals(2, d.line());
    assertEquals("{\"id\":102,\"busin", d.exportSays());
  }

  @Test
  @DisplayName("a file cut after a whole line is truncated where the ledger goes on")
  void truncatedAfterALine() {
    EntryComparison c =
        new EntryComparison(
            "journal-2026-11-22.jsonl", Entries.lines(ledger.subList(0, 2)).iterator());
    ledger.forEach(c::ledger);
    Difference d = c.finish().orElseThrow();

    assertEquals(Difference.Kind.TRUNCATED, d.kind());
    assertEquals(103L, d.entryId());
    assertEquals(3, d.line(), "the line after the last");
    assertNull(d.exportSays());
    assertEquals(2, c.exportedLines());
    assertEquals(3, c.ledgerEntries());
  }

  @Test
  @DisplayName("a whole last line without its newline is still truncated")
  void lastNewlineCut() {
    List<ExportLine> export = new ArrayList<>(Entries.lines(ledger));
    ExportLine last = export.get(2);
    export.set(2, ExportLine.of(3, last.text(), last.entry(), false));

    assertEquals(Difference.Kind.TRUNCATED, Entries.compare(export, ledger).orElseThrow().kind());
  }

  @Test
  @DisplayName("an entry missing in the middle: the ledger's entry the export skips")
  void missingFromExport() {
    Difference d =
        Entries.compare(Entries.lines(List.of(ledger.get(0), ledger.get(2))), ledger).orElseThrow();

    assertEquals(Difference.Kind.MISSING_FROM_EXPORT, d.kind());
    assertEquals(102L, d.entryId());
    assertEquals(2, d.line(), "where the export goes on with the next entry");
    assertNull(d.exportSays());
    assertTrue(d.ledgerSays().contains("amountFen 2000"), d.ledgerSays());
  }

  @Test
  @DisplayName("an entry the ledger lacks, in the middle or at the end")
  void missingFromLedger() {
    Difference middle =
        Entries.compare(Entries.lines(ledger), List.of(ledger.get(0), ledger.get(2))).orElseThrow();
    Difference end = Entries.compare(Entries.lines(ledger), ledger.subList(0, 2)).orElseThrow();

    assertEquals(Difference.Kind.MISSING_FROM_LEDGER, middle.kind());
    assertEquals(102L, middle.entryId());
    assertEquals(Difference.Kind.MISSING_FROM_LEDGER, end.kind());
    assertEquals(103L, end.entryId());
    assertEquals(3, end.line());
  }

  @Test
  @DisplayName("a line that is no entry, or an entry twice, before the end is malformed")
  void malformed() {
    List<ExportLine> garbage = new ArrayList<>(Entries.lines(ledger));
    garbage.set(1, ExportLine.unreadable(2, "hello", "not a JSON object", true));
    List<ExportLine> twice = new ArrayList<>(Entries.lines(ledger.subList(0, 2)));
    twice.add(ExportLine.of(3, "again", ledger.get(1), true));
    twice.add(ExportLine.of(4, "last", ledger.get(2), true));

    Difference g = Entries.compare(garbage, ledger).orElseThrow();
    Difference t = Entries.compare(twice, ledger).orElseThrow();

    assertEquals(Difference.Kind.MALFORMED, g.kind());
    assertEquals(2, g.line());
    assertEquals(Difference.Kind.MALFORMED, t.kind());
    assertEquals(3, t.line());
  }

  @Test
  @DisplayName("an empty day: an empty export is sound, an empty ledger against entries is not")
  void emptyDay() {
    assertTrue(Entries.compare(List.of(), List.of()).isEmpty());
    assertFalse(Entries.compare(Entries.lines(ledger), List.of()).isEmpty());
  }
}
