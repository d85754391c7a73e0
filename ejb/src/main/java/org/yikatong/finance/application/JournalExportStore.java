package org.yikatong.finance.application;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.yikatong.finance.domain.backup.ExportFile;
import org.yikatong.finance.domain.backup.ExportLine;
import org.yikatong.finance.domain.backup.ExportedEntry;

/**
 * Where the journal's exports lie: one directory per business day, holding the hledger journal, the
 * JSON Lines file and the checksum file named by {@link
 * org.yikatong.finance.domain.backup.JournalExport}. A day's files are written atomically: into
 * temporary files beside them, then moved into place, the checksum file last.
 */
public interface JournalExportStore {

  /** The directory of a day's export, as an absolute path. */
  String directoryOf(LocalDate day);

  /**
   * Begins writing a day's export. Nothing is visible in the day's directory until {@link
   * DayWriter#commit()}; closing the writer before that removes what it wrote.
   */
  DayWriter begin(LocalDate day) throws IOException;

  /** A day's export as it lies in the store now; close it when done. */
  StoredExport open(LocalDate day) throws IOException;

  /** The files of one day's export being written. */
  interface DayWriter extends Closeable {

    /** The hledger journal, as text. */
    Writer journal();

    /** Adds an entry, one line, to the JSON Lines file. */
    void add(ExportedEntry entry) throws IOException;

    /**
     * Moves the journal and the JSON Lines file into place, replacing an earlier export of the day,
     * then writes the checksum file covering both, and answers what was written.
     */
    WrittenExport commit() throws IOException;

    /** Removes the temporary files, unless committed. */
    @Override
    void close() throws IOException;
  }

  /** What an export wrote, in its directory. */
  record WrittenExport(
      String directory, ExportFile journal, ExportFile lines, String checksumFile) {}

  /** One day's export as found. */
  interface StoredExport extends Closeable {

    String directory();

    /** The hledger journal with its size and SHA-256 now; empty when it is not there. */
    Optional<ExportFile> journal() throws IOException;

    /** The JSON Lines file with its size and SHA-256 now; empty when it is not there. */
    Optional<ExportFile> lines() throws IOException;

    /** The checksum file's text; empty when it is not there. */
    Optional<String> checksums() throws IOException;

    /**
     * The JSON Lines file's lines, each read as an entry where it is one; failures to read the file
     * are thrown as {@link java.io.UncheckedIOException}.
     */
    Iterator<ExportLine> readLines() throws IOException;

    /** The hledger journal's lines, without their line ends. */
    Iterator<String> readJournal() throws IOException;
  }
}
