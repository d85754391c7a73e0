package org.yikatong.finance.domain.settlement;

import java.time.Instant;
import java.util.Objects;
import org.yikatong.ledger.domain.EntryKind;

/**
 * One journal entry behind a settlement figure: its posting on the merchant's takings.
 *
 * @param figure the figure the entry counts in, always that of its kind ({@link
 *     SettlementFigure#of}); null is taken for it
 * @param amountFen the posting on the takings: positive for a sale, negative for what comes off
 * @param cardNo the number terminals read, when the entry is of a card
 * @param correctsEntryId the entry this one corrects (the payment refunded or reversed), if any
 */
public record SettlementItem(
    long entryId,
    SettlementFigure figure,
    EntryKind kind,
    String businessKey,
    Instant postedAt,
    Instant occurredAt,
    long amountFen,
    String cardNo,
    String cardSerialNo,
    String terminalId,
    Long correctsEntryId,
    String description)
    implements java.io.Serializable {

  public SettlementItem {
    Objects.requireNonNull(kind, "kind");
    if (figure == null) {
      figure = SettlementFigure.of(kind);
    } else if (figure != SettlementFigure.of(kind)) {
      throw new IllegalArgumentException(kind + " counts in " + SettlementFigure.of(kind));
    }
  }
}
