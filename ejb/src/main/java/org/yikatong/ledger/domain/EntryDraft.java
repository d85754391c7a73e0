package org.yikatong.ledger.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.Money;
import org.yikatong.terminal.domain.Merchant;

/**
 * A journal entry about to be posted: what it records and its balanced lines. Building a draft
 * checks the entry's invariants, so an unbalanced entry cannot even be proposed to the journal.
 *
 * @param lines postings on distinct accounts, none zero, summing to zero
 */
public record EntryDraft(
    EntryKind kind,
    String businessKey,
    String requestHash,
    Money amount,
    String description,
    String postedBy,
    Instant occurredAt,
    Card card,
    String terminalCode,
    Merchant merchant,
    JournalEntry corrects,
    FollowUp followUp,
    List<Line> lines) {

  /** One posting of the draft. */
  public record Line(Account account, Money amount) {
    public Line {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(amount, "amount");
    }
  }

  public EntryDraft {
    Objects.requireNonNull(kind, "kind");
    requireText(businessKey, "businessKey", 100);
    requireText(requestHash, "requestHash", 64);
    Objects.requireNonNull(amount, "amount");
    requireText(description, "description", 200);
    requireText(postedBy, "postedBy", 64);
    lines = List.copyOf(lines);
    if (lines.size() < 2) {
      throw new IllegalArgumentException("An entry needs at least two postings: " + businessKey);
    }
    long sum = 0;
    Set<String> accounts = new HashSet<>();
    for (Line line : lines) {
      if (line.amount().fen() == 0) {
        throw new IllegalArgumentException("A posting of zero in " + businessKey);
      }
      if (!accounts.add(line.account().getAccountNo())) {
        throw new IllegalArgumentException(
            "Two postings on " + line.account().getAccountNo() + " in " + businessKey);
      }
      sum = Math.addExact(sum, line.amount().fen());
    }
    if (sum != 0) {
      throw new IllegalArgumentException(
          "Postings of " + businessKey + " sum to " + Money.ofFen(sum) + ", not zero");
    }
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1.." + max + " characters: " + value);
    }
  }

  /** Starts a draft; add lines, then {@link Builder#build()}. */
  public static Builder builder(EntryKind kind, String businessKey, String requestHash) {
    return new Builder(kind, businessKey, requestHash);
  }

  /** Collects a draft's parts; lines with a zero amount are left out. */
  public static final class Builder {
    private final EntryKind kind;
    private final String businessKey;
    private final String requestHash;
    private Money amount;
    private String description;
    private String postedBy;
    private Instant occurredAt;
    private Card card;
    private String terminalCode;
    private Merchant merchant;
    private JournalEntry corrects;
    private FollowUp followUp;
    private final List<Line> lines = new ArrayList<>();

    private Builder(EntryKind kind, String businessKey, String requestHash) {
      this.kind = kind;
      this.businessKey = businessKey;
      this.requestHash = requestHash;
    }

    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder postedBy(String postedBy) {
      this.postedBy = postedBy;
      return this;
    }

    public Builder occurredAt(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    public Builder card(Card card) {
      this.card = card;
      return this;
    }

    public Builder terminal(String terminalCode, Merchant merchant) {
      this.terminalCode = terminalCode;
      this.merchant = merchant;
      return this;
    }

    public Builder merchant(Merchant merchant) {
      this.merchant = merchant;
      return this;
    }

    public Builder corrects(JournalEntry corrects) {
      this.corrects = corrects;
      return this;
    }

    public Builder followUp(FollowUp followUp) {
      this.followUp = followUp;
      return this;
    }

    /** Adds a posting raising (positive) or lowering (negative) the account; zero is skipped. */
    public Builder line(Account account, Money amount) {
      if (amount.fen() != 0) {
        lines.add(new Line(account, amount));
      }
      return this;
    }

    public EntryDraft build() {
      return new EntryDraft(
          kind,
          businessKey,
          requestHash,
          amount,
          description,
          postedBy,
          occurredAt,
          card,
          terminalCode,
          merchant,
          corrects,
          followUp,
          lines);
    }
  }
}
