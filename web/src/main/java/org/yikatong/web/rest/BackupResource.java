package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.finance.application.JournalExports;
import org.yikatong.finance.domain.backup.Difference;
import org.yikatong.finance.domain.backup.ExportFile;
import org.yikatong.finance.domain.backup.FileCheck;
import org.yikatong.finance.domain.backup.JournalCheck;
import org.yikatong.finance.domain.backup.JournalExport;

/**
 * {@code /api/v1/backups/journal-exports}: the journal's nightly exports. Finance and
 * administrators export a business day now ({@code POST {"day": "2026-11-22"}}); they and the
 * auditors list the exported days with their files, sizes and SHA-256; auditors and administrators
 * run the restore check of a day ({@code POST .../{day}/check}), as JSON or, for a terminal or a
 * script, as plain text whose first line is the verdict ({@code SOUND journal export of ...}). The
 * EJBs check the roles; each call is a transaction of its own there.
 */
@Path("/v1/backups/journal-exports")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

  private static final String TEXT = "text/plain;charset=UTF-8;qs=0.5";

  @Inject JournalExports exports;

  /** The day to export now. */
  public record ExportRequest(String day) {}

  /** A file of an export: its name in the day's directory, size in bytes, SHA-256 in hex. */
  public record FileView(String name, long bytes, String sha256) {
    static FileView of(ExportFile f) {
      return f == null ? null : new FileView(f.name(), f.bytes(), f.sha256());
    }
  }

  /**
   * A day's export: {@code status} {@code CLAIMED} (being written), {@code WRITTEN} or {@code
   * FAILED} ({@code failure} says why); the files of the last export that ended, in {@code
   * directory}.
   */
  public record JournalExportView(
      LocalDate day,
      String status,
      String directory,
      Long entries,
      List<FileView> files,
      String checksumFile,
      Instant claimedAt,
      String claimedBy,
      String node,
      Instant writtenAt,
      String failure) {
    static JournalExportView of(JournalExport e) {
      List<FileView> files = new ArrayList<>();
      if (e.getJournal() != null) {
        files.add(FileView.of(e.getJournal()));
      }
      if (e.getLines() != null) {
        files.add(FileView.of(e.getLines()));
      }
      return new JournalExportView(
          e.getBusinessDate(),
          e.getStatus().name(),
          e.getDirectory(),
          e.getEntries(),
          files,
          e.getChecksumFile(),
          e.getClaimedAt(),
          e.getClaimedBy(),
          e.getNode(),
          e.getWrittenAt(),
          e.getFailure());
    }
  }

  /** A data file as the check found it. */
  public record FileCheckView(
      String name,
      boolean present,
      long bytes,
      String sha256,
      String listedSha256,
      String recordedSha256,
      boolean matchesChecksumFile,
      Boolean matchesRecord) {
    static FileCheckView of(FileCheck f) {
      return new FileCheckView(
          f.name(),
          f.present(),
          f.bytes(),
          f.actualSha256(),
          f.listedSha256(),
          f.recordedSha256(),
          f.matchesChecksumFile(),
          f.matchesRecord());
    }
  }

  /** Where an export and the ledger part. */
  public record DifferenceView(
      String kind,
      String file,
      long line,
      Long entryId,
      String businessKey,
      String field,
      String exportSays,
      String ledgerSays,
      String text) {
    static DifferenceView of(Difference d) {
      return new DifferenceView(
          d.kind().name(),
          d.file(),
          d.line(),
          d.entryId(),
          d.businessKey(),
          d.field(),
          d.exportSays(),
          d.ledgerSays(),
          d.describe());
    }
  }

  /** The verdict of a restore check and what it found. */
  public record JournalCheckView(
      LocalDate day,
      String outcome,
      boolean sound,
      String directory,
      Instant checkedAt,
      String checksumFile,
      boolean checksumFilePresent,
      List<FileCheckView> files,
      long exportEntries,
      long ledgerEntries,
      DifferenceView firstDifference,
      List<DifferenceView> differences) {
    static JournalCheckView of(JournalCheck c) {
      return new JournalCheckView(
          c.day(),
          c.outcome().name(),
          c.sound(),
          c.directory(),
          c.checkedAt(),
          c.checksumFile(),
          c.checksumFilePresent(),
          c.files().stream().map(FileCheckView::of).toList(),
          c.exportEntries(),
          c.ledgerEntries(),
          c.firstDifference().map(DifferenceView::of).orElse(null),
          c.differences().stream().map(DifferenceView::of).toList());
    }
  }

  /** Exports a business day now (again, if it was exported before). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public JournalExportView export(ExportRequest request) {
    if (request == null) {
      throw new BadRequestException("A body {\"day\": \"2026-11-22\"} is required");
    }
    return JournalExportView.of(exports.export(LedgerResource.date("day", request.day())));
  }

  /** The exports of the business days from..to (each optional), the latest day first. */
  @GET
  public List<JournalExportView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("max") @DefaultValue("100") int max) {
    return exports.list(optionalDate("from", from), optionalDate("to", to), max).stream()
        .map(JournalExportView::of)
        .toList();
  }

  private static LocalDate optionalDate(String name, String value) {
    return value == null || value.isBlank() ? null : LedgerResource.date(name, value);
  }

  /** Verifies a day's export against the live ledger. */
  @POST
  @Path("/{day}/check")
  public JournalCheckView check(@PathParam("day") String day) {
    return JournalCheckView.of(exports.check(LedgerResource.date("day", day)));
  }

  /** The same check, as plain text: the verdict on the first line. */
  @POST
  @Path("/{day}/check")
  @Produces(TEXT)
  public String checkAsText(@PathParam("day") String day) {
    return exports.check(LedgerResource.date("day", day)).report();
  }
}
