package org.yikatong.finance.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.backup.JournalCheck.Outcome;

class JournalCheckTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private static final Difference TAMPERED =
      new Difference(
          Difference.Kind.DIFFERS,
          "journal-2026-11-22.jsonl",
          2,
          102L,
          "PAY:T0000001:R102",
          "amountFen",
          "2001",
          "2000");

  private static FileCheck file(String name, String actual, String listed, String recorded) {
    return new FileCheck(name, true, 10, actual, listed, recorded);
  }

  private static JournalCheck check(List<FileCheck> files, boolean sums, List<Difference> d) {
    return JournalCheck.of(
        Entries.DAY,
        "/exports/2026/2026-11-22",
        Instant.parse("2026-11-23T01:00:00Z"),
        files,
        "journal-2026-11-22.sha256",
        sums,
        3,
        3,
        d);
  }

  @Test
  @DisplayName("files as listed, as recorded, no difference: sound")
  void sound() {
    JournalCheck c = check(List.of(file("j", A, A, A), file("l", B, B, null)), true, List.of());

    assertEquals(Outcome.SOUND, c.outcome());
    assertTrue(c.sound());
    assertTrue(c.report().startsWith("SOUND journal export of 2026-11-22\n"), c.report());
  }

  @Test
  @DisplayName("a checksum mismatch comes first, and the first differing entry is still named")
  void checksumFirst() {
    JournalCheck c =
        check(List.of(file("j", A, A, A), file("l", C, B, B)), true, List.of(TAMPERED));

    assertEquals(Outcome.CHECKSUM_MISMATCH, c.outcome());
    assertEquals(TAMPERED, c.firstDifference().orElseThrow());
    assertTrue(c.summary().contains("amountFen: the export says \"2001\", the ledger \"2000\""));
    assertTrue(c.report().contains("CHECKSUM MISMATCH"), c.report());
  }

  @Test
  @DisplayName("checksum recomputed after a change: the entry difference is the verdict")
  void recomputedChecksum() {
    JournalCheck c =
        check(List.of(file("j", A, A, A), file("l", C, C, B)), true, List.of(TAMPERED));

    assertEquals(Outcome.ENTRY_DIFFERS, c.outcome());
    assertFalse(c.files().get(1).matchesRecord());
  }

  @Test
  @DisplayName("rewritten since the export, yet equal to the ledger: changed since export")
  void changedSinceExport() {
    assertEquals(
        Outcome.CHANGED_SINCE_EXPORT,
        check(List.of(file("j", C, C, A), file("l", B, B, B)), true, List.of()).outcome());
  }

  @Test
  @DisplayName("a missing data file or checksum file is the gravest finding")
  void missing() {
    assertEquals(
        Outcome.FILE_MISSING,
        check(List.of(FileCheck.missing("j", A, A), file("l", B, B, B)), true, List.of())
            .outcome());
    assertEquals(
        Outcome.FILE_MISSING,
        check(List.of(file("j", A, null, A), file("l", B, null, B)), false, List.of()).outcome());
    assertNull(FileCheck.missing("j", A, null).matchesRecord());
  }

  @Test
  @DisplayName("each kind of difference gives its verdict")
  void kinds() {
    for (Difference.Kind kind : Difference.Kind.values()) {
      Difference d = new Difference(kind, "f", 1, 1L, "K", null, null, null);
      Outcome o =
          check(List.of(file("j", A, A, A), file("l", B, B, B)), true, List.of(d)).outcome();
      assertFalse(o == Outcome.SOUND || o == Outcome.CHECKSUM_MISMATCH, kind + " → " + o);
    }
  }

  @Test
  @DisplayName("the checksum file reads and writes the format of sha256sum")
  void checksumFile() {
    String text =
        ChecksumFile.render(
            List.of(
                new ExportFile("journal-2026-11-22.journal", 120, A),
                new ExportFile("journal-2026-11-22.jsonl", 340, B)));

    assertEquals(A + "  journal-2026-11-22.journal\n" + B + "  journal-2026-11-22.jsonl\n", text);
    ChecksumFile read = ChecksumFile.parse(text + "garbage\n" + C.toUpperCase() + " *binary\r\n");
    assertEquals(A, read.sha256Of("journal-2026-11-22.journal").orElseThrow());
    assertEquals(B, read.sha256Of("journal-2026-11-22.jsonl").orElseThrow());
    assertEquals(C, read.sha256Of("binary").orElseThrow());
    assertEquals(3, read.sums().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> ChecksumFile.render(List.of(new ExportFile("../x", 1, A))));
  }
}
