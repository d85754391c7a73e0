package org.yikatong.finance.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.ledger.domain.EntryKind;

/**
 * A journal entry as a search shows it, with its postings.
 *
 * @param cardNo the card's number (19 digits) when the entry is of a card
 * @param holderNo the holder of that card
 * @param correctsEntryId the entry this one corrects, if any
 * @param followUp why finance must look at it, if it must
 */
public record JournalLine(
    long entryId,
    EntryKind kind,
    LocalDate businessDate,
    Instant postedAt,
    Instant occurredAt,
    long amountFen,
    String businessKey,
    String description,
    String cardNo,
    String cardSerialNo,
    String holderNo,
    String terminalId,
    String merchantCode,
    String merchantName,
    Long correctsEntryId,
    String followUp,
    String postedBy,
    List<PostingLine> postings)
    implements java.io.Serializable {

  public JournalLine {
    postings = List.copyOf(postings);
  }
}
