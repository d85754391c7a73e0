package org.yikatong.finance.domain.backup;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the hledger journal file of an export, line by line, with the same journal written
 * afresh from the live ledger, and keeps the first line where they part. The fresh journal comes a
 * transaction at a time ({@link #expect}), the file's lines from an iterator; neither is held
 * whole.
 *
 * <p>The fresh journal's header must carry the instant the export was generated at: {@link
 * #generatedAt()} reads it from the file's header ({@code ; generated <instant>; ...}).
 */
public final class JournalTextComparison {

  private static final String GENERATED = "; generated ";

  /** A transaction's first line: its business day and, as its code, the entry's id. */
  private static final Pattern TRANSACTION =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\((\\d{1,18})\\)");

  private final String file;
  private final Iterator<String> lines;
  private final Deque<String> ahead = new ArrayDeque<>();
  private long lineNo;
  private Difference first;

  public JournalTextComparison(String file, Iterator<String> lines) {
    this.file = Objects.requireNonNull(file, "file");
    this.lines = Objects.requireNonNull(lines, "lines");
  }

  /**
   * The instant the file says it was generated at, from the header's first lines; empty when the
   * header does not say.
   */
  public Optional<Instant> generatedAt() {
    while (ahead.size() < 3 && lines.hasNext()) {
      ahead.addLast(lines.next());
    }
    for (String line : ahead) {
      if (line.startsWith(GENERATED)) {
        int end = line.indexOf(';', GENERATED.length());
        String instant = line.substring(GENERATED.length(), end < 0 ? line.length() : end).strip();
        try {
          return Optional.of(Instant.parse(instant));
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The next part of the journal as the ledger writes it: the header, or one entry's transaction
   * with its trailing blank line.
   *
   * @param entryId the entry written, or null for the header
   */
  public void expect(String text, Long entryId, String businessKey) {
    if (first != null) {
      return;
    }
    String[] expected = text.split("\n", -1);
    // The text ends with a newline: the piece after it is no line of its own.
    int count = text.endsWith("\n") ? expected.length - 1 : expected.length;
    for (int i = 0; i < count; i++) {
      String line = next();
      if (line == null) {
        first =
            new Difference(
                Difference.Kind.TRUNCATED,
                file,
                lineNo + 1,
                entryId,
                businessKey,
                null,
                null,
                expected[i]);
        return;
      }
      lineNo++;
      if (!line.equals(expected[i])) {
        first =
            new Difference(
                Difference.Kind.DIFFERS,
                file,
                lineNo,
                entryId,
                businessKey,
                null,
                line,
                expected[i]);
        return;
      }
    }
  }

  /**
   * Checks that the file has nothing after the ledger's last entry; answers the first difference.
   */
  public Optional<Difference> finish() {
    if (first == null) {
      String line = next();
      if (line != null) {
        Matcher transaction = TRANSACTION.matcher(line);
        first =
            transaction.lookingAt()
                ? new Difference(
                    Difference.Kind.MISSING_FROM_LEDGER,
                    file,
                    lineNo + 1,
                    Long.valueOf(transaction.group(1)),
                    null,
                    null,
                    line,
                    null)
                : new Difference(
                    Difference.Kind.MALFORMED, file, lineNo + 1, null, null, null, line, null);
      }
    }
    return Optional.ofNullable(first);
  }

  private String next() {
    if (!ahead.isEmpty()) {
      return ahead.removeFirst();
    }
    return lines.hasNext() ? lines.next() : null;
  }
}
