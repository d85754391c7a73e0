package org.yikatong.finance.domain.reconciliation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * A reconciliation of one channel's statements of one business day against the ledger: the files it
 * covers, the tolerances it matched with, and an item per outcome. A run that is only looked at (a
 * dry run) is never stored; a recorded one is, with every item, and its items are resolved one by
 * one. It closes only when every item is resolved and no adjustment waits for approval; a closed
 * run never changes again.
 *
 * <p>Lifecycle: OPEN → CLOSED.
 */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
  @SequenceGenerator(
      name = "reconciliation_run_seq",
      sequenceName = "reconciliation_run_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 16)
  private PaymentChannel channel;

  @Column(name = "business_date", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private RunStatus status;

  @Column(name = "amount_tolerance_fen", nullable = false, updatable = false)
  private long amountToleranceFen;

  @Column(name = "time_tolerance_minutes", nullable = false, updatable = false)
  private long timeToleranceMinutes;

  @Column(name = "window_minutes", nullable = false, updatable = false)
  private long windowMinutes;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ManyToMany
  @JoinTable(
      name = "reconciliation_run_file",
      joinColumns = @JoinColumn(name = "run_id"),
      inverseJoinColumns = @JoinColumn(name = "file_id"))
  @OrderBy("id")
  private List<StatementFile> files = new ArrayList<>();

  @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
  @OrderBy("itemNo")
  private List<ReconciliationItem> items = new ArrayList<>();

  @Version private long version;

  protected ReconciliationRun() {}

  /**
   * A run over statement files of one channel and day with the engine's matches, each becoming an
   * item numbered from 1 in the engine's order.
   *
   * @throws IllegalArgumentException when there are no files, they are of different channels or
   *     days, or two are the same kind of statement of the same account
   */
  public ReconciliationRun(
      List<StatementFile> files,
      MatchTolerances tolerances,
      List<Match> matches,
      String createdBy,
      Instant createdAt) {
    refusalFor(files)
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(r);
            });
    this.files.addAll(files);
    this.channel = files.get(0).getChannel();
    this.day = files.get(0).getDay();
    this.status = RunStatus.OPEN;
    this.amountToleranceFen = tolerances.amountFen();
    this.timeToleranceMinutes = tolerances.time().toMinutes();
    this.windowMinutes = tolerances.window().toMinutes();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    Map<Long, StatementFileLine> linesById = new HashMap<>();
    files.forEach(f -> f.getLines().forEach(l -> linesById.put(l.getId(), l)));
    Map<Long, ReconciliationItem> itemOfMovement = new HashMap<>();
    List<List<LedgerMovement>> suggested = new ArrayList<>();
    for (Match match : matches) {
      List<StatementFileLine> stored =
          match.lines().stream()
              .map(
                  l ->
                      Optional.ofNullable(linesById.get(l.id()))
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "Line " + l.id() + " is of none of the run's files")))
              .toList();
      ReconciliationItem item = new ReconciliationItem(this, items.size() + 1, match, stored);
      items.add(item);
      suggested.add(match.suggestions());
      if (match.movement() != null && match.lines().isEmpty()) {
        itemOfMovement.put(match.movement().entryId(), item);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      items
          .get(i)
          .suggest(
              suggested.get(i).stream()
                  .map(m -> itemOfMovement.get(m.entryId()))
                  .filter(Objects::nonNull)
                  .toList());
    }
  }

  /**
   * Why these files cannot be reconciled together, or empty if they can: one channel, one day, and
   * no two statements of the same format and account.
   */
  public static Optional<String> refusalFor(List<StatementFile> files) {
    if (files.isEmpty()) {
      return Optional.of("A run needs at least one statement file");
    }
    StatementFile first = files.get(0);
    Set<String> seen = new LinkedHashSet<>();
    for (StatementFile f : files) {
      if (f.getChannel() != first.getChannel() || !f.getDay().equals(first.getDay())) {
        return Optional.of(
            "A run covers one channel and one day: file "
                + f.getId()
                + " is of "
                + f.getChannel()
                + " "
                + f.getDay()
                + ", file "
                + first.getId()
                + " of "
                + first.getChannel()
                + " "
                + first.getDay());
      }
      if (!seen.add(f.getFormat() + " " + f.getAccount())) {
        return Optional.of(
            "Two "
                + f.getFormat()
                + " statements of account "
                + f.getAccount()
                + " for "
                + f.getDay()
                + ": reconcile one of them");
      }
    }
    return Optional.empty();
  }

  /** Why the run cannot change, or null while it is open. */
  public String refusalToChange() {
    return status == RunStatus.CLOSED
        ? "Reconciliation run " + id + " is closed; it does not change any more"
        : null;
  }

  /** The item with this number. */
  public Optional<ReconciliationItem> item(int itemNo) {
    return itemNo >= 1 && itemNo <= items.size()
        ? Optional.of(items.get(itemNo - 1))
        : Optional.empty();
  }

  /** The items not resolved yet. */
  public List<ReconciliationItem> unresolved() {
    return items.stream().filter(i -> !i.isResolved()).toList();
  }

  /** Whether every item is resolved and no adjustment waits for approval. */
  public boolean isReadyToClose() {
    return status == RunStatus.OPEN
        && items.stream().allMatch(i -> i.isResolved() && !i.isAwaitingApproval());
  }

  /**
   * Closes the run.
   *
   * @throws IllegalStateException when it is closed, or an item is unresolved or has an adjustment
   *     waiting for approval (they are named)
   */
  public void close(String by, Instant at) {
    if (refusalToChange() != null) {
      throw new IllegalStateException(refusalToChange());
    }
    List<Integer> open =
        items.stream()
            .filter(i -> !i.isResolved() || i.isAwaitingApproval())
            .map(ReconciliationItem::getItemNo)
            .toList();
    if (!open.isEmpty()) {
      throw new IllegalStateException(
          "The run closes when every item is resolved; still open: items " + open);
    }
    this.status = RunStatus.CLOSED;
    this.closedBy = Objects.requireNonNull(by, "by");
    this.closedAt = Objects.requireNonNull(at, "at");
  }

  /** How many items have each outcome (every outcome listed, 0 where none). */
  public Map<Outcome, Long> counts() {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0L);
    }
    items.forEach(i -> counts.merge(i.getOutcome(), 1L, Long::sum));
    return counts;
  }

  public Long getId() {
    return id;
  }

  public PaymentChannel getChannel() {
    return channel;
  }

  public LocalDate getDay() {
    return day;
  }

  public RunStatus getStatus() {
    return status;
  }

  public MatchTolerances getTolerances() {
    return new MatchTolerances(
        amountToleranceFen,
        java.time.Duration.ofMinutes(timeToleranceMinutes),
        java.time.Duration.ofMinutes(windowMinutes));
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<StatementFile> getFiles() {
    return Collections.unmodifiableList(files);
  }

  public List<ReconciliationItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
