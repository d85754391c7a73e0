package org.yikatong.finance.domain.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The restore check of one business day's export against the live ledger: the checksums first, then
 * the files entry by entry, and a verdict. Everything found is kept, whatever the verdict: a
 * checksum mismatch still names the first differing entry.
 *
 * @param files the data files: the hledger journal and the JSON Lines file
 * @param checksumFile the checksum file's name
 * @param checksumFilePresent whether the checksum file is there
 * @param exportEntries the lines of the JSON Lines file
 * @param ledgerEntries the ledger's entries of the day
 * @param differences the first difference found in each data file, the JSON Lines file's first
 */
public record JournalCheck(
    LocalDate day,
    String directory,
    Instant checkedAt,
    Outcome outcome,
    List<FileCheck> files,
    String checksumFile,
    boolean checksumFilePresent,
    long exportEntries,
    long ledgerEntries,
    List<Difference> differences) {

  /** The verdict, the gravest finding first. */
  public enum Outcome {
    /** Checksums match, the files match the ledger entry for entry. */
    SOUND,
    /** A file of the export (a data file or the checksum file) is not there. */
    FILE_MISSING,
    /** A data file's SHA-256 is not the one its checksum file lists. */
    CHECKSUM_MISMATCH,
    /** The checksums match, yet an entry differs from the ledger's. */
    ENTRY_DIFFERS,
    /** The ledger has an entry the export lacks. */
    ENTRY_MISSING_FROM_EXPORT,
    /** The export has an entry the ledger lacks. */
    ENTRY_MISSING_FROM_LEDGER,
    /** A file ends before the ledger's entries do, or in the middle of a line. */
    TRUNCATED,
    /** A file holds a line that is no entry of the export in order. */
    MALFORMED,
    /**
     * Files, checksums and ledger agree, but a file is not the one written at the export (its
     * SHA-256 is not the recorded one): it was rewritten since, checksum file and all.
     */
    CHANGED_SINCE_EXPORT
  }

  public JournalCheck {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(outcome, "outcome");
    files = List.copyOf(files);
    differences = List.copyOf(differences);
  }

  /** A check with the verdict its findings call for ({@link #outcomeOf}). */
  public static JournalCheck of(
      LocalDate day,
      String directory,
      Instant checkedAt,
      List<FileCheck> files,
      String checksumFile,
      boolean checksumFilePresent,
      long exportEntries,
      long ledgerEntries,
      List<Difference> differences) {
    return new JournalCheck(
        day,
        directory,
        checkedAt,
        outcomeOf(files, checksumFilePresent, differences),
        files,
        checksumFile,
        checksumFilePresent,
        exportEntries,
        ledgerEntries,
        differences);
  }

  /**
   * The verdict: a missing file, then a checksum mismatch, then the first difference from the
   * ledger, then a file rewritten since the export; sound when there is none of them.
   */
  public static Outcome outcomeOf(
      List<FileCheck> files, boolean checksumFilePresent, List<Difference> differences) {
    if (!checksumFilePresent || files.stream().anyMatch(f -> !f.present())) {
      return Outcome.FILE_MISSING;
    }
    if (files.stream().anyMatch(f -> !f.matchesChecksumFile())) {
      return Outcome.CHECKSUM_MISMATCH;
    }
    if (!differences.isEmpty()) {
      return switch (differences.get(0).kind()) {
        case DIFFERS -> Outcome.ENTRY_DIFFERS;
        case MISSING_FROM_EXPORT -> Outcome.ENTRY_MISSING_FROM_EXPORT;
        case MISSING_FROM_LEDGER -> Outcome.ENTRY_MISSING_FROM_LEDGER;
        case TRUNCATED -> Outcome.TRUNCATED;
        case MALFORMED -> Outcome.MALFORMED;
      };
    }
    if (files.stream().anyMatch(f -> Boolean.FALSE.equals(f.matchesRecord()))) {
      return Outcome.CHANGED_SINCE_EXPORT;
    }
    return Outcome.SOUND;
  }

  public boolean sound() {
    return outcome == Outcome.SOUND;
  }

  /** The first difference from the ledger, if any: the JSON Lines file's before the journal's. */
  public Optional<Difference> firstDifference() {
    return differences.stream().findFirst();
  }

  /** The verdict in one line, for the audit trail. */
  public String summary() {
    return day
        + ": "
        + outcome
        + " ("
        + exportEntries
        + " entries exported, "
        + ledgerEntries
        + " in the ledger)"
        + firstDifference().map(d -> "; first difference: " + d.describe()).orElse("");
  }

  /**
   * The check as plain text for a terminal: the verdict on the first line ({@code SOUND ...} or the
   * outcome's name), then each file's checksums, the counts and every difference.
   */
  public String report() {
    StringBuilder text = new StringBuilder();
    text.append(outcome).append(" journal export of ").append(day).append('\n');
    text.append("directory: ").append(directory).append('\n');
    text.append("checked at: ").append(checkedAt).append('\n');
    text.append("checksum file: ")
        .append(checksumFile)
        .append(checksumFilePresent ? "" : " MISSING")
        .append('\n');
    for (FileCheck f : files) {
      text.append("file: ").append(f.name());
      if (!f.present()) {
        text.append(" MISSING\n");
        continue;
      }
      text.append(", ")
          .append(f.bytes())
          .append(" bytes, sha256 ")
          .append(f.actualSha256())
          .append(f.matchesChecksumFile() ? ", matches the checksum file" : ", CHECKSUM MISMATCH")
          .append(" (listed ")
          .append(f.listedSha256() == null ? "none" : f.listedSha256())
          .append(")");
      Boolean recorded = f.matchesRecord();
      if (recorded != null) {
        text.append(recorded ? ", as written at the export" : ", NOT AS WRITTEN AT THE EXPORT");
      }
      text.append('\n');
    }
    text.append("entries: ")
        .append(exportEntries)
        .append(" in the export, ")
        .append(ledgerEntries)
        .append(" in the ledger\n");
    text.append(
        differences.isEmpty()
            ? "differences: none\n"
            : differences.stream()
                .map(d -> "first difference: " + d.describe() + "\n")
                .collect(Collectors.joining()));
    return text.toString();
  }
}
