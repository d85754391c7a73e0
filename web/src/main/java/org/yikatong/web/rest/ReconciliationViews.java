package org.yikatong.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationItem;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.ledger.domain.Adjustment;

/**
 * The JSON shapes of the reconciliation API. Made from entities inside the request's transaction;
 * amounts are integer fen ({@code ...Fen}; the statement's side less the ledger's for a difference,
 * money into the channel's clearing counting positive), instants ISO-8601 UTC.
 */
public final class ReconciliationViews {

  private ReconciliationViews() {}

  /** An imported statement file; its lines only where asked for one file. */
  public record StatementFileView(
      long id,
      String format,
      String channel,
      String account,
      LocalDate day,
      String sha256,
      String fileName,
      String importedBy,
      Instant importedAt,
      int lineCount,
      long paymentsFen,
      long refundsFen,
      long feesFen,
      DeclaredTotals declared,
      List<LineView> lines) {

    static StatementFileView of(StatementFile f, boolean withLines) {
      return new StatementFileView(
          f.getId(),
          f.getFormat().name(),
          f.getChannel().name(),
          f.getAccount(),
          f.getDay(),
          f.getSha256(),
          f.getFileName(),
          f.getImportedBy(),
          f.getImportedAt(),
          f.getLineCount(),
          f.getPaymentsFen(),
          f.getRefundsFen(),
          f.getFeesFen(),
          f.getDeclared(),
          withLines ? f.getLines().stream().map(LineView::of).toList() : null);
    }
  }

  /** A statement line. */
  public record LineView(
      long fileId,
      int lineNo,
      String kind,
      String channelRef,
      String merchantRef,
      long amountFen,
      long feeFen,
      Instant at,
      String batchRef,
      String description) {

    static LineView of(StatementFileLine l) {
      return new LineView(
          l.getFile().getId(),
          l.getLineNo(),
          l.getKind().name(),
          l.getChannelRef(),
          l.getMerchantRef(),
          l.getAmountFen(),
          l.getFeeFen(),
          l.getAt(),
          l.getBatchRef(),
          l.getDescription());
    }
  }

  /** A run without its items, for lists. */
  public record RunSummaryView(
      Long id,
      boolean dryRun,
      String channel,
      LocalDate day,
      String status,
      List<Long> statementIds,
      String createdBy,
      Instant createdAt,
      String closedBy,
      Instant closedAt,
      Map<String, Long> counts,
      int items,
      int unresolved,
      boolean readyToClose) {

    static RunSummaryView of(ReconciliationRun r) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Map.Entry<Outcome, Long> c : r.counts().entrySet()) {
        counts.put(c.getKey().name(), c.getValue());
      }
      return new RunSummaryView(
          r.getId(),
          r.getId() == null,
          r.getChannel().name(),
          r.getDay(),
          r.getStatus().name(),
          r.getFiles().stream().map(StatementFile::getId).toList(),
          r.getCreatedBy(),
          r.getCreatedAt(),
          r.getClosedBy(),
          r.getClosedAt(),
          counts,
          r.getItems().size(),
          r.unresolved().size(),
          r.isReadyToClose());
    }
  }

  /** A run with its items; a dry run has no id and was not recorded. */
  public record RunView(
      RunSummaryView run,
      long amountToleranceFen,
      long timeToleranceMinutes,
      long windowMinutes,
      List<ItemView> items) {

    static RunView of(ReconciliationRun r, Outcome only) {
      return new RunView(
          RunSummaryView.of(r),
          r.getTolerances().amountFen(),
          r.getTolerances().time().toMinutes(),
          r.getTolerances().window().toMinutes(),
          r.getItems().stream()
              .filter(i -> only == null || i.getOutcome() == only)
              .map(ItemView::of)
              .toList());
    }
  }

  /** An item of a run. */
  public record ItemView(
      int itemNo,
      String outcome,
      String matchedBy,
      String flow,
      List<LineView> lines,
      long statementFen,
      long ledgerFen,
      long differenceFen,
      Long ledgerEntryId,
      String orderNo,
      String channelTxnNo,
      Instant ledgerAt,
      String purseAccountNo,
      List<Integer> suggestions,
      String state,
      boolean resolved,
      boolean awaitingApproval,
      Integer pairedWith,
      String correction,
      Long adjustmentId,
      String adjustmentStatus,
      String adjustmentMadeBy,
      String note,
      String decidedBy,
      Instant decidedAt) {

    static ItemView of(ReconciliationItem i) {
      Adjustment a = i.getAdjustment();
      return new ItemView(
          i.getItemNo(),
          i.getOutcome().name(),
          i.getMatchedBy() == null ? null : i.getMatchedBy().name(),
          i.getFlow() == null ? null : i.getFlow().name(),
          i.getLines().stream().map(LineView::of).toList(),
          i.getStatementFen(),
          i.getLedgerFen(),
          i.getDifferenceFen(),
          i.getLedgerEntryId(),
          i.getOrderNo(),
          i.getChannelTxnNo(),
          i.getLedgerAt(),
          i.getPurseAccountNo(),
          i.getSuggestions().stream().map(ReconciliationItem::getItemNo).toList(),
          i.getState().name(),
          i.isResolved(),
          i.isAwaitingApproval(),
          i.getPairedWith() == null ? null : i.getPairedWith().getItemNo(),
          i.getCorrection() == null ? null : i.getCorrection().name(),
          a == null ? null : a.getId(),
          a == null ? null : a.getStatus().name(),
          a == null ? null : a.getMadeBy(),
          i.getNote(),
          i.getDecidedBy(),
          i.getDecidedAt());
    }
  }
}
