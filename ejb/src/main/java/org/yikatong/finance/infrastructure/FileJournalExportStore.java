package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.finance.application.JournalExportStore;
import org.yikatong.finance.domain.backup.ChecksumFile;
import org.yikatong.finance.domain.backup.ExportFile;
import org.yikatong.finance.domain.backup.ExportLine;
import org.yikatong.finance.domain.backup.ExportedEntry;
import org.yikatong.finance.domain.backup.JournalExport;

/**
 * The journal's exports on the file system: under the directory of the setting {@value
 * #DIRECTORY_SETTING} (by default {@code journal-exports} in the server's data directory), one
 * directory per business day, {@code <year>/<day>/}, holding {@code journal-<day>.journal}, {@code
 * journal-<day>.jsonl} and {@code journal-<day>.sha256}.
 *
 * <p>Each file is written to a temporary file in the same directory (readable by the server's user
 * only), forced to disk, and renamed into place in one step, so a reader never sees half a file;
 * the checksum file comes last, once both files it covers are in place. On a cluster the directory
 * is to be shared by every node (or the files copied off from each), as any node may run the
 * export.
 */
@ApplicationScoped
public class FileJournalExportStore implements JournalExportStore {

  /** The setting naming the directory of the exports. */
  public static final String DIRECTORY_SETTING = "yikatong.backup.directory";

  /** The directory under the server's data directory used when the setting is not given. */
  public static final String DEFAULT_DIRECTORY = "journal-exports";

  /** A line of the JSON Lines file longer than this is no entry. */
  static final int MAX_LINE_CHARS = 1 << 20;

  private static final int CHECKSUM_FILE_MAX_BYTES = 64 * 1024;

  @Inject
  @ConfigProperty(name = DIRECTORY_SETTING)
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "jboss.server.data.dir", defaultValue = ".")
  String dataDirectory;

  private Path fixedBase;

  public FileJournalExportStore() {}

  /** A store in the given directory, whatever the settings say. */
  public FileJournalExportStore(Path base) {
    this.fixedBase = base;
  }

  /** The directory of every export. */
  Path base() {
    if (fixedBase != null) {
      return fixedBase.toAbsolutePath().normalize();
    }
    String dir =
        configured
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseGet(() -> Path.of(dataDirectory, DEFAULT_DIRECTORY).toString());
    return Path.of(dir).toAbsolutePath().normalize();
  }

  private Path dayDirectory(LocalDate day) {
    return base().resolve(String.valueOf(day.getYear())).resolve(day.toString());
  }

  @Override
  public String directoryOf(LocalDate day) {
    return dayDirectory(day).toString();
  }

  @Override
  public DayWriter begin(LocalDate day) throws IOException {
    Path dir = dayDirectory(day);
    Files.createDirectories(dir);
    return new FileDayWriter(dir, day);
  }

  @Override
  public StoredExport open(LocalDate day) {
    return new FileStoredExport(dayDirectory(day), day);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** The size and SHA-256 of a file. */
  static ExportFile describe(Path file) throws IOException {
    MessageDigest digest = sha256();
    long bytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        bytes += n;
      }
    }
    return new ExportFile(
        file.getFileName().toString(), bytes, HexFormat.of().formatHex(digest.digest()));
  }

  /** Moves a finished temporary file into place in one step, replacing what was there. */
  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Forces a directory's entries (the renames into it) to disk, where the platform can. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory as a channel; the renames are then as durable as
      // the file system makes them by itself.
    }
  }

  /** Counts and hashes what passes through, and forces it to disk when closed. */
  private static final class HashingFile extends FilterOutputStream {

    private final Path path;
    private final FileChannel channel;
    private final MessageDigest digest = sha256();
    private long bytes;
    private boolean closed;

    private HashingFile(Path path, FileChannel channel) {
      super(new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024));
      this.path = path;
      this.channel = channel;
    }

    static HashingFile create(Path dir, String name) throws IOException {
      Path path = Files.createTempFile(dir, "." + name + ".", ".tmp");
      return new HashingFile(path, FileChannel.open(path, StandardOpenOption.WRITE));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      bytes += len;
    }

    /** Writes out, forces to disk and closes; answers the file's name, size and SHA-256. */
    ExportFile finish(String name) throws IOException {
      out.flush();
      channel.force(true);
      close();
      return new ExportFile(name, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        super.close();
      }
    }
  }

  private static final class FileDayWriter implements DayWriter {

    private final Path dir;
    private final LocalDate day;
    private final HashingFile journalFile;
    private final HashingFile linesFile;
    private final Writer journal;
    private final Writer lines;
    private final List<Path> temporary = new ArrayList<>();
    private boolean committed;

    FileDayWriter(Path dir, LocalDate day) throws IOException {
      this.dir = dir;
      this.day = day;
      this.journalFile = HashingFile.create(dir, JournalExport.journalFileName(day));
      temporary.add(journalFile.path);
      try {
        this.linesFile = HashingFile.create(dir, JournalExport.linesFileName(day));
      } catch (IOException | RuntimeException e) {
        journalFile.close();
        Files.deleteIfExists(journalFile.path);
        throw e;
      }
      temporary.add(linesFile.path);
      this.journal = new OutputStreamWriter(journalFile, StandardCharsets.UTF_8);
      this.lines = new OutputStreamWriter(linesFile, StandardCharsets.UTF_8);
    }

    @Override
    public Writer journal() {
      return journal;
    }

    @Override
    public void add(ExportedEntry entry) throws IOException {
      lines.write(JournalLines.write(entry));
      lines.write('\n');
    }

    @Override
    public WrittenExport commit() throws IOException {
      journal.flush();
      lines.flush();
      ExportFile journalWritten = journalFile.finish(JournalExport.journalFileName(day));
      ExportFile linesWritten = linesFile.finish(JournalExport.linesFileName(day));
      String checksumName = JournalExport.checksumFileName(day);
      HashingFile checksums = HashingFile.create(dir, checksumName);
      temporary.add(checksums.path);
      checksums.write(
          ChecksumFile.render(List.of(journalWritten, linesWritten))
              .getBytes(StandardCharsets.UTF_8));
      checksums.finish(checksumName);
      moveIntoPlace(journalFile.path, dir.resolve(journalWritten.name()));
      moveIntoPlace(linesFile.path, dir.resolve(linesWritten.name()));
      moveIntoPlace(checksums.path, dir.resolve(checksumName));
      committed = true;
      forceDirectory(dir);
      return new WrittenExport(dir.toString(), journalWritten, linesWritten, checksumName);
    }

    @Override
    public void close() throws IOException {
      if (committed) {
        return;
      }
      IOException first = null;
      for (Closeable c : List.<Closeable>of(journalFile, linesFile)) {
        try {
          c.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      for (Path p : temporary) {
        Files.deleteIfExists(p);
      }
      if (first != null) {
        throw first;
      }
    }
  }

  private static final class FileStoredExport implements StoredExport {

    private final Path dir;
    private final LocalDate day;
    private final List<Closeable> opened = new ArrayList<>();
    private Optional<ExportFile> journal;
    private Optional<ExportFile> lines;

    FileStoredExport(Path dir, LocalDate day) {
      this.dir = dir;
      this.day = day;
    }

    @Override
    public String directory() {
      return dir.toString();
    }

    @Override
    public Optional<ExportFile> journal() throws IOException {
      if (journal == null) {
        journal = describeIfThere(dir.resolve(JournalExport.journalFileName(day)));
      }
      return journal;
    }

    @Override
    public Optional<ExportFile> lines() throws IOException {
      if (lines == null) {
        lines = describeIfThere(dir.resolve(JournalExport.linesFileName(day)));
      }
      return lines;
    }

    private static Optional<ExportFile> describeIfThere(Path file) throws IOException {
      return Files.isRegularFile(file) ? Optional.of(describe(file)) : Optional.empty();
    }

    @Override
    public Optional<String> checksums() throws IOException {
      Path file = dir.resolve(JournalExport.checksumFileName(day));
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(
            new String(in.readNBytes(CHECKSUM_FILE_MAX_BYTES), StandardCharsets.UTF_8));
      }
    }

    @Override
    public Iterator<ExportLine> readLines() throws IOException {
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  Files.newInputStream(dir.resolve(JournalExport.linesFileName(day))),
                  StandardCharsets.UTF_8));
      opened.add(reader);
      return new LineIterator(reader);
    }

    @Override
    public Iterator<String> readJournal() throws IOException {
      BufferedReader reader =
          Files.newBufferedReader(
              dir.resolve(JournalExport.journalFileName(day)), StandardCharsets.UTF_8);
      opened.add(reader);
      return reader.lines().iterator();
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Closeable c : opened) {
        try {
          c.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      opened.clear();
      if (first != null) {
        throw first;
      }
    }
  }

  /**
   * The lines of a JSON Lines file, each read as an entry where it is one, with whether it ended
   * with a newline; a line too long to be an entry is reported as such and skipped to its end.
   */
  static final class LineIterator implements Iterator<ExportLine> {

    private final BufferedReader reader;
    private long number;
    private ExportLine next;
    private boolean done;

    LineIterator(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = read();
        done = next == null;
      }
      return next != null;
    }

    @Override
    public ExportLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ExportLine line = next;
      next = null;
      return line;
    }

    private ExportLine read() {
      try {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1) {
          if (c == '\n') {
            return line(text, tooLong, true);
          }
          if (text.length() < MAX_LINE_CHARS) {
            text.append((char) c);
          } else {
            tooLong = true;
          }
        }
        return text.length() == 0 && !tooLong ? null : line(text, tooLong, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ExportLine line(StringBuilder text, boolean tooLong, boolean complete) {
      number++;
      String s = text.toString();
      if (tooLong) {
        return ExportLine.unreadable(
            number, s, "longer than " + MAX_LINE_CHARS + " characters", complete);
      }
      try {
        return ExportLine.of(number, s, JournalLines.read(s), complete);
      } catch (IllegalArgumentException e) {
        return ExportLine.unreadable(number, s, e.getMessage(), complete);
      }
    }
  }
}
