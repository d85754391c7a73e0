package org.yikatong.finance.domain.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yikatong.ledger.domain.FollowUp;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.Posting;

/**
 * A journal entry as the machine-readable export holds it: one line of the JSON Lines file. The
 * same shape is made from the live ledger's entry, so that an export and the ledger compare field
 * by field.
 *
 * @param correctsId the entry this one corrects, or null
 * @param followUp why finance must look at the entry, or null
 */
public record ExportedEntry(
    long id,
    String businessKey,
    String kind,
    LocalDate businessDate,
    Instant postedAt,
    long amountFen,
    String description,
    Long correctsId,
    String followUp,
    String postedBy,
    List<ExportedPosting> postings) {

  public ExportedEntry {
    Objects.requireNonNull(businessKey, "businessKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(postedBy, "postedBy");
    postings = List.copyOf(postings);
  }

  /** The export's shape of a ledger entry; reads its postings and their accounts. */
  public static ExportedEntry of(JournalEntry entry) {
    List<ExportedPosting> postings = new ArrayList<>();
    for (Posting p : entry.getPostings()) {
      postings.add(
          new ExportedPosting(
              p.getAccount().getAccountNo(),
              p.getAmount().fen(),
              p.getBalanceAfter() == null ? null : p.getBalanceAfter().fen()));
    }
    return new ExportedEntry(
        entry.getId(),
        entry.getBusinessKey(),
        entry.getKind().name(),
        entry.getBusinessDate(),
        entry.getPostedAt(),
        entry.getAmount().fen(),
        entry.getDescription(),
        entry.getCorrects() == null ? null : entry.getCorrects().getId(),
        entry.getFollowUp().map(FollowUp::name).orElse(null),
        entry.getPostedBy(),
        postings);
  }

  /**
   * The first field in which this entry (as exported) differs from the ledger's, in the order the
   * export writes them, postings last and one by one; empty when they are the same.
   */
  public Optional<FieldDifference> firstDifference(ExportedEntry ledger) {
    Optional<FieldDifference> d =
        differs("id", id, ledger.id)
            .or(() -> differs("businessKey", businessKey, ledger.businessKey))
            .or(() -> differs("kind", kind, ledger.kind))
            .or(() -> differs("businessDate", businessDate, ledger.businessDate))
            .or(() -> differs("postedAt", postedAt, ledger.postedAt))
            .or(() -> differs("amountFen", amountFen, ledger.amountFen))
            .or(() -> differs("description", description, ledger.description))
            .or(() -> differs("correctsId", correctsId, ledger.correctsId))
            .or(() -> differs("followUp", followUp, ledger.followUp))
            .or(() -> differs("postedBy", postedBy, ledger.postedBy));
    if (d.isPresent()) {
      return d;
    }
    int shared = Math.min(postings.size(), ledger.postings.size());
    for (int i = 0; i < shared; i++) {
      ExportedPosting mine = postings.get(i);
      ExportedPosting theirs = ledger.postings.get(i);
      String at = "postings[" + i + "].";
      d =
          differs(at + "accountNo", mine.accountNo(), theirs.accountNo())
              .or(() -> differs(at + "amountFen", mine.amountFen(), theirs.amountFen()))
              .or(
                  () ->
                      differs(
                          at + "balanceAfterFen",
                          mine.balanceAfterFen(),
                          theirs.balanceAfterFen()));
      if (d.isPresent()) {
        return d;
      }
    }
    if (postings.size() != ledger.postings.size()) {
      return Optional.of(
          new FieldDifference(
              "postings", postings.size() + " postings", ledger.postings.size() + " postings"));
    }
    return Optional.empty();
  }

  /** The entry in a few words, for a report: id, key, kind, day and amount. */
  public String summary() {
    return "entry "
        + id
        + " "
        + businessKey
        + " ("
        + kind
        + ", "
        + businessDate
        + ", amountFen "
        + amountFen
        + ", "
        + postings.size()
        + " postings)";
  }

  private static Optional<FieldDifference> differs(String field, Object exported, Object ledger) {
    return Objects.equals(exported, ledger)
        ? Optional.empty()
        : Optional.of(new FieldDifference(field, String.valueOf(exported), String.valueOf(ledger)));
  }
}
