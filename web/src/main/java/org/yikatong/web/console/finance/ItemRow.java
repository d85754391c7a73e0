package org.yikatong.web.console.finance;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.yikatong.finance.domain.reconciliation.Correction;
import org.yikatong.finance.domain.reconciliation.Flow;
import org.yikatong.finance.domain.reconciliation.ItemState;
import org.yikatong.finance.domain.reconciliation.MatchedBy;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationItem;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.web.console.ConsolePage;

/**
 * An item of a reconciliation run (recorded or a dry run) as the pages show it: the statement's
 * side, the ledger's, the difference, and where its resolution stands. Amounts in fen.
 *
 * @param lines where the statement lines stand ({@code 文件 12 第 3 行} as "12:3"), or null
 * @param channelRefs the channel's references of the lines
 * @param merchantRefs the order numbers the lines carry
 * @param lineAt when the first line happened, campus time
 * @param suggestions the numbers of the items of the movements this line may be, best first
 * @param fits the corrections that fit the item's outcome and difference
 */
public record ItemRow(
    int itemNo,
    Outcome outcome,
    MatchedBy matchedBy,
    Flow flow,
    String lines,
    String channelRefs,
    String merchantRefs,
    String lineAt,
    String orderNo,
    Long ledgerEntryId,
    String ledgerAt,
    String purseAccountNo,
    long statementFen,
    long ledgerFen,
    long differenceFen,
    List<Integer> suggestions,
    ItemState state,
    boolean resolved,
    boolean awaitingApproval,
    Integer pairedWith,
    Correction correction,
    Long adjustmentId,
    String adjustmentStatus,
    String adjustmentMadeBy,
    String note,
    String decidedBy,
    String decidedAt,
    List<Correction> fits)
    implements Serializable {

  /** The row of an item; read inside a transaction (its lines and adjustment load lazily). */
  static ItemRow of(ReconciliationItem i) {
    List<StatementFileLine> ls = i.getLines();
    Adjustment a = i.getAdjustment();
    return new ItemRow(
        i.getItemNo(),
        i.getOutcome(),
        i.getMatchedBy(),
        i.getFlow(),
        ls.isEmpty()
            ? null
            : ls.stream()
                .map(l -> l.getFile().getId() + ":" + l.getLineNo())
                .collect(Collectors.joining(" ")),
        join(ls.stream().map(StatementFileLine::getChannelRef).toList()),
        join(ls.stream().map(StatementFileLine::getMerchantRef).toList()),
        ls.isEmpty() ? null : ConsolePage.time(ls.get(0).getAt()),
        i.getOrderNo(),
        i.getLedgerEntryId(),
        i.getLedgerAt() == null ? null : ConsolePage.time(i.getLedgerAt()),
        i.getPurseAccountNo(),
        i.getStatementFen(),
        i.getLedgerFen(),
        i.getDifferenceFen(),
        i.getSuggestions().stream().map(ReconciliationItem::getItemNo).toList(),
        i.getState(),
        i.isResolved(),
        i.isAwaitingApproval(),
        i.getPairedWith() == null ? null : i.getPairedWith().getItemNo(),
        i.getCorrection(),
        a == null ? null : a.getId(),
        a == null ? null : a.getStatus().name(),
        a == null ? null : a.getMadeBy(),
        i.getNote(),
        i.getDecidedBy(),
        i.getDecidedAt() == null ? null : ConsolePage.time(i.getDecidedAt()),
        Arrays.stream(Correction.values())
            .filter(c -> c.refusalFor(i.getOutcome(), i.getDifferenceFen()) == null)
            .toList());
  }

  private static String join(List<String> values) {
    String joined =
        values.stream().filter(Objects::nonNull).distinct().collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  /** Whether the item has statement lines. */
  public boolean isFromStatement() {
    return lines != null;
  }

  /** Whether a person may still decide on the item (no proposal waits, not resolved). */
  public boolean isOpen() {
    return !resolved && !awaitingApproval;
  }

  /** Whether the item is statement lines the ledger lacks, which a ledger movement may pair. */
  public boolean isPairable() {
    return isOpen() && outcome == Outcome.MISSING_IN_LEDGER && lines != null;
  }

  /** Whether the item is a ledger movement the statement lacks, still open: a pairing choice. */
  public boolean isMovementChoice() {
    return isOpen() && outcome == Outcome.MISSING_IN_CHANNEL;
  }
}
