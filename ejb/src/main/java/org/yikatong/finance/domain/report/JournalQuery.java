package org.yikatong.finance.domain.report;

import java.time.LocalDate;
import org.yikatong.ledger.domain.EntryKind;

/**
 * What a journal search looks for; every part is optional and the parts are combined with "and".
 * Blank texts count as absent and are stripped.
 *
 * @param card the card's number (the 19 digits terminals read) or its serial number
 * @param holderNo the card holder: entries of their cards or on their purses
 * @param merchantCode the merchant the entry names (payments, refunds, reversals, settlements)
 * @param terminalId the terminal the entry came from
 * @param kind the entry kind
 * @param channelRef an online top-up's order number or the channel's transaction number
 * @param from the first business day, or none
 * @param to the last business day, or none
 */
public record JournalQuery(
    String card,
    String holderNo,
    String merchantCode,
    String terminalId,
    EntryKind kind,
    String channelRef,
    LocalDate from,
    LocalDate to)
    implements java.io.Serializable {

  /** Everything. */
  public static final JournalQuery ALL =
      new JournalQuery(null, null, null, null, null, null, null, null);

  public JournalQuery {
    card = clean(card);
    holderNo = clean(holderNo);
    merchantCode = clean(merchantCode);
    terminalId = clean(terminalId);
    channelRef = clean(channelRef);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it starts: " + from + ".." + to);
    }
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** What the query asks for, in words, for a report's header; "全部" when nothing. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    part(out, "卡号", card);
    part(out, "持卡人", holderNo);
    part(out, "商户", merchantCode);
    part(out, "终端", terminalId);
    part(out, "类型", kind == null ? null : kind.name());
    part(out, "渠道单号", channelRef);
    if (from != null || to != null) {
      part(out, "营业日", (from == null ? "…" : from) + " 至 " + (to == null ? "…" : to));
    }
    return out.isEmpty() ? "全部" : out.toString();
  }

  private static void part(StringBuilder out, String label, Object value) {
    if (value != null) {
      if (!out.isEmpty()) {
        out.append("；");
      }
      out.append(label).append("：").append(value);
    }
  }
}
