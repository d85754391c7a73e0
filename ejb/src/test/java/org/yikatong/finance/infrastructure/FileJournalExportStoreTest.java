package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yikatong.finance.application.JournalExportStore.DayWriter;
import org.yikatong.finance.application.JournalExportStore.StoredExport;
import org.yikatong.finance.application.JournalExportStore.WrittenExport;
import org.yikatong.finance.domain.backup.ChecksumFile;
import org.yikatong.finance.domain.backup.Difference;
import org.yikatong.finance.domain.backup.EntryComparison;
import org.yikatong.finance.domain.backup.ExportLine;
import org.yikatong.finance.domain.backup.ExportedEntry;
import org.yikatong.finance.domain.backup.ExportedPosting;

class FileJournalExportStoreTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final String JOURNAL = "journal-2026-11-22.journal";
  private static final String LINES = "journal-2026-11-22.jsonl";
  private static final String SUMS = "journal-2026-11-22.sha256";

  @TempDir Path base;

  private static ExportedEntry entry(long id, long fen) {
    return new ExportedEntry(
        id,
        "PAY:T0000001:R" + id,
        "PAYMENT",
        DAY,
        Instant.parse("2026-11-22T04:05:06.123456Z").plusSeconds(id),
        fen,
        "食堂消费",
        null,
        null,
        "gateway",
        List.of(
            new ExportedPosting("P20260001", -fen, 50_000 - fen),
            new ExportedPosting("MM0001-T0", fen, null)));
  }

  private static final List<ExportedEntry> ENTRIES =
      List.of(entry(101, 1_000), entry(102, 2_000), entry(103, 500));

  private WrittenExport export(FileJournalExportStore store, List<ExportedEntry> entries)
      throws IOException {
    try (DayWriter writer = store.begin(DAY)) {
      writer.journal().write("; Yikatong journal\n");
      for (ExportedEntry e : entries) {
        writer.journal().write(e.id() + "\n");
        writer.add(e);
      }
      return writer.commit();
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Difference compare(StoredExport stored) throws IOException {
    EntryComparison c = new EntryComparison(LINES, stored.readLines());
    ENTRIES.forEach(c::ledger);
    return c.finish().orElse(null);
  }

  @Test
  @DisplayName("a day's export: three files in <year>/<day>/, no temporary file, sha256sum format")
  void writes() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);

    WrittenExport written = export(store, ENTRIES);

    Path dir = base.resolve("2026").resolve("2026-11-22");
    assertEquals(dir.toAbsolutePath().toString(), written.directory());
    assertEquals(store.directoryOf(DAY), written.directory());
    assertEquals(List.of(JOURNAL, LINES, SUMS), names(dir));
    assertEquals(sha256(dir.resolve(LINES)), written.lines().sha256());
    assertEquals(Files.size(dir.resolve(LINES)), written.lines().bytes());
    assertEquals(sha256(dir.resolve(JOURNAL)), written.journal().sha256());
    assertEquals(
        written.journal().sha256()
            + "  "
            + JOURNAL
            + "\n"
            + written.lines().sha256()
            + "  "
            + LINES
            + "\n",
        Files.readString(dir.resolve(SUMS)));
    List<String> lines = Files.readAllLines(dir.resolve(LINES), StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertEquals(ENTRIES.get(1), JournalLines.read(lines.get(1)));
  }

  @Test
  @DisplayName("read back: the same files, sizes and checksums, every line an entry, sound")
  void readsBack() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);
    WrittenExport written = export(store, ENTRIES);

    try (StoredExport stored = store.open(DAY)) {
      assertEquals(written.journal(), stored.journal().orElseThrow());
      assertEquals(written.lines(), stored.lines().orElseThrow());
      ChecksumFile sums = ChecksumFile.parse(stored.checksums().orElseThrow());
      assertEquals(written.lines().sha256(), sums.sha256Of(LINES).orElseThrow());
      List<ExportLine> lines = new ArrayList<>();
      stored.readLines().forEachRemaining(lines::add);
      assertEquals(ENTRIES, lines.stream().map(ExportLine::entry).toList());
      assertTrue(lines.stream().allMatch(ExportLine::complete));
      Iterator<String> journal = stored.readJournal();
      assertEquals("; Yikatong journal", journal.next());
      assertEquals(null, compare(stored));
    }
  }

  @Test
  @DisplayName("a writer closed before its commit leaves nothing, not even an earlier export")
  void abandoned() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);
    WrittenExport first = export(store, ENTRIES);

    try (DayWriter writer = store.begin(DAY)) {
      writer.add(entry(104, 1));
    }

    Path dir = Path.of(first.directory());
    assertEquals(List.of(JOURNAL, LINES, SUMS), names(dir));
    assertEquals(first.lines().sha256(), sha256(dir.resolve(LINES)));
  }

  @Test
  @DisplayName("a second export of the day replaces the files and their checksums")
  void replaces() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);
    export(store, ENTRIES.subList(0, 1));

    WrittenExport second = export(store, ENTRIES);

    Path dir = Path.of(second.directory());
    assertEquals(List.of(JOURNAL, LINES, SUMS), names(dir));
    assertEquals(3, Files.readAllLines(dir.resolve(LINES)).size());
    assertTrue(Files.readString(dir.resolve(SUMS)).contains(second.lines().sha256()));
  }

  @Test
  @DisplayName("a file cut in the middle of a line reads as truncated at that entry")
  void truncatedFile() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);
    Path lines = Path.of(export(store, ENTRIES).directory()).resolve(LINES);
    byte[] bytes = Files.readAllBytes(lines);
    int secondLineEnd = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 40;
    Files.write(lines, java.util.Arrays.copyOf(bytes, secondLineEnd));

    try (StoredExport stored = store.open(DAY)) {
      Difference d = compare(stored);
      assertEquals(Difference.Kind.TRUNCATED, d.kind());
      assertEquals(102L, d.entryId());
      assertEquals(2, d.line());
    }
  }

  @Test
  @DisplayName("a changed amount reads as that entry differing, whatever the checksum file says")
  void tamperedFile() throws Exception {
    FileJournalExportStore store = new FileJournalExportStore(base);
    Path lines = Path.of(export(store, ENTRIES).directory()).resolve(LINES);
    String text = Files.readString(lines);
    Files.writeString(lines, text.replace("\"amountFen\":2000,", "\"amountFen\":2100,"));

    try (StoredExport stored = store.open(DAY)) {
      assertFalse(
          stored
              .lines()
              .orElseThrow()
              .sha256()
              .equals(ChecksumFile.parse(stored.checksums().orElseThrow()).sha256Of(LINES).get()));
      Difference d = compare(stored);
      assertEquals(Difference.Kind.DIFFERS, d.kind());
      assertEquals(102L, d.entryId());
      assertEquals("amountFen", d.field());
      assertEquals("2100", d.exportSays());
      assertEquals("2000", d.ledgerSays());
    }
  }

  @Test
  @DisplayName("a day never exported has no file")
  void nothing() throws Exception {
    try (StoredExport stored = new FileJournalExportStore(base).open(DAY)) {
      assertTrue(stored.journal().isEmpty());
      assertTrue(stored.lines().isEmpty());
      assertTrue(stored.checksums().isEmpty());
    }
  }
}
