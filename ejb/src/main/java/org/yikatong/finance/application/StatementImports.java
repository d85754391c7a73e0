package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.ReconciliationRunRepository;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Imports the channels' and the bank's statement files. A file is read whole by the reader of its
 * format and stored with every line in one transaction, or not at all: a file that cannot be read
 * whole is refused with the line it stops at and why. The same bytes are imported once; a statement
 * of an account and day that a closed reconciliation run covers is refused (that date is
 * reconciled).
 */
@Stateless
@Audited
public class StatementImports {

  /** The most files one list answers. */
  public static final int MAX_LIST = 200;

  @Inject StatementReaders readers;
  @Inject StatementFileRepository files;
  @Inject ReconciliationRunRepository runs;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /**
   * Imports a statement file.
   *
   * @param fileName the name the file had on the user's computer, or null
   * @return the stored file with its lines
   * @throws RequestRefusedException the file is empty or cannot be read whole (400, naming the line
   *     and the reason), the same file was imported before, or its account and day are reconciled
   *     already in a closed run (409); nothing is stored then
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  public StatementFile importStatement(
      @NotNull StatementFormat format, @NotNull byte[] file, @Size(max = 200) String fileName) {
    if (file.length == 0) {
      throw RequestRefusedException.invalid("The statement file is empty; nothing was imported");
    }
    String sha256 = sha256(file);
    Optional<StatementFile> same = files.findBySha256(sha256);
    if (same.isPresent()) {
      StatementFile first = same.get();
      throw RequestRefusedException.conflict(
          "This file was imported already as statement file "
              + first.getId()
              + " ("
              + first.getFormat()
              + " "
              + first.getAccount()
              + " "
              + first.getDay()
              + ", by "
              + first.getImportedBy()
              + " at "
              + first.getImportedAt()
              + "); nothing was imported");
    }
    Statement statement;
    try {
      statement = readers.read(format, file);
    } catch (StatementRejected e) {
      throw refusal(e.lineNo(), e.getMessage());
    } catch (IllegalArgumentException e) {
      // A line the statement model refuses (such as a negative amount) stops the file there too.
      throw refusal(lineOf(e.getMessage()), e.getMessage());
    }
    if (statement.format() != format) {
      throw RequestRefusedException.invalid(
          "The file was read as " + statement.format() + ", not " + format);
    }
    StatementFile stored;
    try {
      stored = new StatementFile(statement, sha256, fileName, caller.name(), clock.instant());
    } catch (IllegalArgumentException e) {
      throw refusal(lineOf(e.getMessage()), e.getMessage());
    }
    if (runs.reconciled(stored.getChannel(), stored.getAccount(), stored.getDay())) {
      throw RequestRefusedException.conflict(
          "The "
              + stored.getChannel()
              + " statement of "
              + stored.getAccount()
              + " for "
              + stored.getDay()
              + " is reconciled already in a closed run: a date already reconciled takes no"
              + " other statement; nothing was imported");
    }
    files.add(stored);
    audit.describe(
        "statement file "
            + stored.getId()
            + ": "
            + format
            + " "
            + stored.getAccount()
            + " "
            + stored.getDay()
            + ", "
            + stored.getLineCount()
            + " lines");
    return stored;
  }

  /** The latest imported files, newest first; of a channel and day when given. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public List<StatementFile> list(PaymentChannel channel, LocalDate day) {
    return files.latest(channel, day, MAX_LIST);
  }

  /** An imported file with its lines. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public StatementFile details(long id) {
    return files
        .find(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No statement file " + id));
  }

  /** The run a file was reconciled in, if any. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public Optional<ReconciliationRun> findRunOf(long fileId) {
    return runs.runOf(details(fileId));
  }

  /**
   * A refusal of the whole file naming where it stops: "Line 12: why" for a line (as the reader's
   * message has it), "File: why" for the file as a whole.
   */
  private static RequestRefusedException refusal(int lineNo, String message) {
    String detail =
        lineNo > 0
            ? (message.startsWith("Line ") ? message : "Line " + lineNo + ": " + message)
            : "File: " + message;
    return new RequestRefusedException(
        RequestRefusedException.Kind.INVALID,
        "The statement file is refused; nothing was imported. " + detail,
        List.of(detail));
  }

  /** The line number a message of the form "Line 12: ..." names, or 0. */
  private static int lineOf(String message) {
    if (message != null && message.startsWith("Line ")) {
      int colon = message.indexOf(':');
      try {
        return Integer.parseInt(message.substring(5, colon < 0 ? message.length() : colon).strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
