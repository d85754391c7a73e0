package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;
import org.yikatong.finance.application.JournalExportStore.DayWriter;
import org.yikatong.finance.application.JournalExportStore.StoredExport;
import org.yikatong.finance.application.JournalExportStore.WrittenExport;
import org.yikatong.finance.domain.backup.ChecksumFile;
import org.yikatong.finance.domain.backup.Difference;
import org.yikatong.finance.domain.backup.EntryComparison;
import org.yikatong.finance.domain.backup.ExportFile;
import org.yikatong.finance.domain.backup.ExportedEntry;
import org.yikatong.finance.domain.backup.FileCheck;
import org.yikatong.finance.domain.backup.JournalCheck;
import org.yikatong.finance.domain.backup.JournalExport;
import org.yikatong.finance.domain.backup.JournalExportRepository;
import org.yikatong.finance.domain.backup.JournalTextComparison;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.DayCloses;
import org.yikatong.ledger.application.LedgerReports;
import org.yikatong.ledger.domain.LedgerJournalFormat;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * The journal's backups: each business day's entries exported once the day is over, as an hledger
 * journal and a JSON Lines file with a SHA-256 checksum file covering both ({@link
 * JournalExportStore}); and the restore check, which verifies a day's export against the live
 * ledger, the checksums first, then entry by entry.
 *
 * <p>A day is exported by the nightly run ({@link NightlyJournalExport}) on one node of the
 * cluster, which claims it by its row in {@code journal_export} first, or on demand by finance, as
 * often as wanted: each export replaces the day's files. Each export and each check goes into the
 * audit trail, the check with its verdict.
 */
@Stateless
public class JournalExports {

  /** The nightly run catches up on the days missed since the latest export, at most this many. */
  public static final int CATCH_UP_DAYS = 7;

  /**
   * An export or a check reads a whole business day of the journal in one transaction: on a busy
   * day that takes longer than the server's default transaction timeout.
   */
  static final long LONG_READ_MINUTES = 60;

  /** The most exports one list answers. */
  public static final int MAX_LIST = 400;

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final Logger LOG = Logger.getLogger(JournalExports.class.getName());

  @Inject LedgerReports reports;
  @Inject JournalExportRepository exports;
  @Inject JournalExportClaims claims;
  @Inject JournalExportStore store;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /**
   * Exports a business day now, replacing an earlier export of it.
   *
   * @throws RequestRefusedException when the day is not over yet (400), or while another export of
   *     it is under way (409)
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  @Audited
  @TransactionTimeout(value = LONG_READ_MINUTES, unit = TimeUnit.MINUTES)
  public JournalExport export(@NotNull LocalDate day) {
    requireOver(day);
    return write(day, claims.claim(day));
  }

  /**
   * Exports a business day unless it was claimed before (by another node, or by an export on
   * demand): what the nightly run does for each day due.
   *
   * @return the export; empty when the day was claimed before
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  @Audited
  @TransactionTimeout(value = LONG_READ_MINUTES, unit = TimeUnit.MINUTES)
  public Optional<JournalExport> exportUnlessClaimed(@NotNull LocalDate day) {
    requireOver(day);
    Optional<Long> claim;
    try {
      claim = claims.claimIfFree(day);
    } catch (EJBException e) {
      if (claims.find(day).isEmpty()) {
        throw e;
      }
      LOG.info("Journal export of " + day + " claimed by another node at the same moment");
      return Optional.empty();
    }
    return claim.map(id -> write(day, id));
  }

  /**
   * The days the nightly run exports: yesterday, and the days missed since the latest export (the
   * cluster was down), at most {@value #CATCH_UP_DAYS} days back; none that has a row already is
   * exported again ({@link #exportUnlessClaimed}).
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  public List<LocalDate> dueNightly() {
    LocalDate yesterday = BusinessDay.of(clock.instant()).minusDays(1);
    LocalDate earliest = yesterday.minusDays(CATCH_UP_DAYS - 1L);
    LocalDate from = exports.latestDay().map(d -> d.plusDays(1)).orElse(yesterday);
    if (from.isBefore(earliest)) {
      from = earliest;
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(yesterday); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  /**
   * The exports of the business days from..to, the latest day first.
   *
   * @param from the first day; open when null
   * @param to the last day; open when null
   * @param max the most exports answered, at most {@value #MAX_LIST}
   */
  @RolesAllowed({Role.FINANCE, Role.AUDITOR, Role.ADMINISTRATOR})
  public List<JournalExport> list(LocalDate from, LocalDate to, int max) {
    LocalDate first = from == null ? FIRST_DAY : from;
    LocalDate last = to == null ? LAST_DAY : to;
    if (last.isBefore(first)) {
      throw RequestRefusedException.invalid(
          "The period ends before it starts: " + first + ".." + last);
    }
    return exports.latest(first, last, Math.max(1, Math.min(max, MAX_LIST)));
  }

  /**
   * Verifies a day's export against the live ledger: each data file's SHA-256 against the checksum
   * file (and against the one recorded at the export, where the database has it), then the JSON
   * Lines file entry by entry and the hledger journal line by line, against the day's entries as
   * the ledger holds them now. The verdict, with the first difference of each file, goes into the
   * audit trail.
   *
   * @throws RequestRefusedException (404) when the day was never exported: no file of it, and no
   *     row
   */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  @Audited
  @TransactionTimeout(value = LONG_READ_MINUTES, unit = TimeUnit.MINUTES)
  public JournalCheck check(@NotNull LocalDate day) {
    Optional<JournalExport> recorded = exports.findByDay(day);
    ExportFile recordedJournal = recorded.map(JournalExport::getJournal).orElse(null);
    ExportFile recordedLines = recorded.map(JournalExport::getLines).orElse(null);
    String journalName = JournalExport.journalFileName(day);
    String linesName = JournalExport.linesFileName(day);
    String checksumName = JournalExport.checksumFileName(day);
    try (StoredExport stored = store.open(day)) {
      Optional<ExportFile> journal = stored.journal();
      Optional<ExportFile> lines = stored.lines();
      Optional<String> checksumText = stored.checksums();
      if (recorded.isEmpty() && journal.isEmpty() && lines.isEmpty() && checksumText.isEmpty()) {
        throw RequestRefusedException.notFound(
            "Business day " + day + " was never exported: nothing in " + stored.directory());
      }
      ChecksumFile sums = checksumText.map(ChecksumFile::parse).orElse(ChecksumFile.NONE);
      List<FileCheck> files =
          List.of(
              fileCheck(journalName, journal, sums, recordedJournal),
              fileCheck(linesName, lines, sums, recordedLines));

      EntryComparison entries =
          lines.isPresent() ? new EntryComparison(linesName, stored.readLines()) : null;
      JournalTextComparison text =
          journal.isPresent() ? new JournalTextComparison(journalName, stored.readJournal()) : null;
      if (text != null) {
        Instant generatedAt = text.generatedAt().orElse(Instant.EPOCH);
        text.expect(
            render(out -> LedgerJournalFormat.header(day, day, generatedAt, out)), null, null);
      }
      long[] ledgerEntries = {0};
      reports.readJournal(
          day,
          day,
          entry -> {
            ledgerEntries[0]++;
            if (entries != null) {
              entries.ledger(ExportedEntry.of(entry));
            }
            if (text != null) {
              text.expect(
                  render(out -> LedgerJournalFormat.entry(entry, out)),
                  entry.getId(),
                  entry.getBusinessKey());
            }
          });
      List<Difference> differences = new ArrayList<>();
      if (entries != null) {
        entries.finish().ifPresent(differences::add);
      }
      if (text != null) {
        text.finish().ifPresent(differences::add);
      }
      JournalCheck check =
          JournalCheck.of(
              day,
              stored.directory(),
              clock.instant(),
              files,
              checksumName,
              checksumText.isPresent(),
              entries == null ? 0 : entries.exportedLines(),
              ledgerEntries[0],
              differences);
      trail.describe(check.summary());
      if (!check.sound()) {
        LOG.warning("Restore check of the journal export: " + check.summary());
      }
      return check;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the export of " + day, e);
    }
  }

  private static FileCheck fileCheck(
      String name, Optional<ExportFile> found, ChecksumFile sums, ExportFile recorded) {
    String listed = sums.sha256Of(name).orElse(null);
    String recordedSha = recorded == null ? null : recorded.sha256();
    return found
        .map(f -> new FileCheck(name, true, f.bytes(), f.sha256(), listed, recordedSha))
        .orElseGet(() -> FileCheck.missing(name, listed, recordedSha));
  }

  /** Writes the day's files from the ledger and records them on the claim. */
  private JournalExport write(LocalDate day, long claimId) {
    Instant generatedAt = clock.instant();
    long[] count = {0};
    WrittenExport written;
    try (DayWriter writer = store.begin(day)) {
      LedgerJournalFormat.header(day, day, generatedAt, writer.journal());
      reports.readJournal(
          day,
          day,
          entry -> {
            try {
              LedgerJournalFormat.entry(entry, writer.journal());
              writer.add(ExportedEntry.of(entry));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            count[0]++;
          });
      written = writer.commit();
    } catch (IOException | RuntimeException e) {
      claims.failed(claimId, failure(e));
      if (e instanceof IOException io) {
        throw new UncheckedIOException("Journal export of " + day + " failed", io);
      }
      throw (RuntimeException) e;
    }
    // Reading the journal let go of every entity: the claim is read afresh.
    JournalExport export =
        exports
            .find(claimId)
            .orElseThrow(() -> new IllegalStateException("The claim on " + day + " is gone"));
    export.written(
        clock.instant(),
        written.directory(),
        count[0],
        written.journal(),
        written.lines(),
        written.checksumFile());
    trail.describe(
        day
            + ": "
            + count[0]
            + " entries to "
            + written.directory()
            + " ("
            + written.lines().name()
            + " sha256 "
            + written.lines().sha256()
            + ", "
            + written.journal().name()
            + " sha256 "
            + written.journal().sha256()
            + ")");
    LOG.info("Journal of " + day + " exported: " + count[0] + " entries to " + written.directory());
    return export;
  }

  private void requireOver(LocalDate day) {
    if (clock.instant().isBefore(BusinessDay.start(day.plusDays(1)).plus(DayCloses.GRACE))) {
      throw RequestRefusedException.invalid(
          "Business day "
              + day
              + " can be exported from "
              + DayCloses.GRACE.toMinutes()
              + " minutes after its end");
    }
  }

  private static String failure(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** Something written as journal text. */
  private interface JournalText {
    void writeTo(StringWriter out) throws IOException;
  }

  private static String render(JournalText text) {
    StringWriter out = new StringWriter();
    try {
      text.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
