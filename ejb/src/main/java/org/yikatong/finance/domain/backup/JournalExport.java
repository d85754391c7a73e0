package org.yikatong.finance.domain.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The export of one business day's journal, and the claim on it: one row per day (its business date
 * is unique), made by whoever starts the day's export first, so that on a cluster one node exports
 * it while the others find it claimed. The row then records what was written: the directory, the
 * hledger journal and the JSON Lines file with their sizes and SHA-256, the checksum file, how many
 * entries.
 *
 * <p>Lifecycle: {@link Status#CLAIMED} while the files are being written, then {@link
 * Status#WRITTEN} or {@link Status#FAILED}. A day is exported again on demand (its files replaced)
 * unless an export of it is under way: claimed less than {@link #CLAIM_TIMEOUT} ago and not ended.
 */
@Entity
@Table(name = "journal_export")
public class JournalExport {

  /** A claim older than this whose export never ended (its node died) may be taken over. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(30);

  /** Where an export stands. */
  public enum Status {
    CLAIMED,
    WRITTEN,
    FAILED
  }

  private static final int FAILURE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_export_seq")
  @SequenceGenerator(
      name = "journal_export_seq",
      sequenceName = "journal_export_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "business_date", nullable = false, updatable = false)
  private LocalDate businessDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "claimed_by", nullable = false, length = 64)
  private String claimedBy;

  @Column(name = "node_name", nullable = false, length = 64)
  private String node;

  @Column(name = "written_at")
  private Instant writtenAt;

  @Column(name = "export_dir", length = 500)
  private String directory;

  @Column(name = "entry_count")
  private Long entries;

  @Column(name = "journal_file", length = 100)
  private String journalFile;

  @Column(name = "journal_bytes")
  private Long journalBytes;

  @Column(name = "journal_sha256", length = 64)
  private String journalSha256;

  @Column(name = "lines_file", length = 100)
  private String linesFile;

  @Column(name = "lines_bytes")
  private Long linesBytes;

  @Column(name = "lines_sha256", length = 64)
  private String linesSha256;

  @Column(name = "checksum_file", length = 100)
  private String checksumFile;

  @Column(name = "failure", length = FAILURE_LENGTH)
  private String failure;

  @Version private long version;

  protected JournalExport() {}

  /** Claims a day's export for a caller on a node. */
  public JournalExport(LocalDate businessDate, Instant at, String by, String node) {
    this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
    claim(at, by, node);
  }

  /** The hledger journal's file name of a day. */
  public static String journalFileName(LocalDate day) {
    return "journal-" + day + ".journal";
  }

  /** The JSON Lines file's name of a day. */
  public static String linesFileName(LocalDate day) {
    return "journal-" + day + ".jsonl";
  }

  /** The checksum file's name of a day. */
  public static String checksumFileName(LocalDate day) {
    return "journal-" + day + ".sha256";
  }

  /** Whether an export of the day is being written now (claimed, not ended, not timed out). */
  public boolean underWay(Instant now) {
    return status == Status.CLAIMED && claimedAt.plus(CLAIM_TIMEOUT).isAfter(now);
  }

  /**
   * Claims the day again to export it anew.
   *
   * @throws IllegalStateException while an export of the day is under way
   */
  public void claim(Instant at, String by, String node) {
    if (status != null && underWay(at)) {
      throw new IllegalStateException(
          "An export of " + businessDate + " is under way since " + claimedAt + " on " + this.node);
    }
    this.status = Status.CLAIMED;
    this.claimedAt = Objects.requireNonNull(at, "at");
    this.claimedBy = Objects.requireNonNull(by, "by");
    this.node = Objects.requireNonNull(node, "node");
    this.failure = null;
  }

  /** Records what the export wrote. */
  public void written(
      Instant at,
      String directory,
      long entries,
      ExportFile journal,
      ExportFile lines,
      String checksumFile) {
    if (status != Status.CLAIMED) {
      throw new IllegalStateException("The export of " + businessDate + " is not claimed");
    }
    this.status = Status.WRITTEN;
    this.writtenAt = Objects.requireNonNull(at, "at");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.entries = entries;
    this.journalFile = journal.name();
    this.journalBytes = journal.bytes();
    this.journalSha256 = journal.sha256();
    this.linesFile = lines.name();
    this.linesBytes = lines.bytes();
    this.linesSha256 = lines.sha256();
    this.checksumFile = Objects.requireNonNull(checksumFile, "checksumFile");
  }

  /** Records that the export failed, and why; the files of an earlier export stay recorded. */
  public void failed(String reason) {
    this.status = Status.FAILED;
    String text = reason == null || reason.isBlank() ? "failed" : reason.strip();
    this.failure = text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH) : text;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public String getNode() {
    return node;
  }

  /** When the files were last written; null before the first export of the day ended. */
  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getDirectory() {
    return directory;
  }

  public Long getEntries() {
    return entries;
  }

  /** The hledger journal as written, or null before the first export of the day ended. */
  public ExportFile getJournal() {
    return journalFile == null ? null : new ExportFile(journalFile, journalBytes, journalSha256);
  }

  /** The JSON Lines file as written, or null before the first export of the day ended. */
  public ExportFile getLines() {
    return linesFile == null ? null : new ExportFile(linesFile, linesBytes, linesSha256);
  }

  public String getChecksumFile() {
    return checksumFile;
  }

  /** Why the last export of the day failed, or null. */
  public String getFailure() {
    return failure;
  }
}
