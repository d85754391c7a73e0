package org.yikatong.web.console.finance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yikatong.finance.application.Reconciliations;
import org.yikatong.finance.domain.reconciliation.Correction;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * One reconciliation run ({@code run.xhtml?id=}): its items, filtered by outcome or to the open
 * ones; per item the finance user confirms a suggestion (or pairs another movement, or none),
 * explains it with a note, or proposes a correction, and the finance approver approves or rejects
 * what was proposed; the close button works once every item is resolved; the run as CSV. A closed
 * run only shows.
 */
@Named
@ViewScoped
public class ReconciliationRunView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The run's facts. */
  public record RunFacts(
      long id,
      PaymentChannel channel,
      LocalDate day,
      RunStatus status,
      String files,
      String createdBy,
      String createdAt,
      String closedBy,
      String closedAt,
      long amountToleranceFen,
      long timeToleranceMinutes,
      long windowMinutes,
      Map<Outcome, Long> counts,
      int unresolved,
      boolean readyToClose)
      implements Serializable {}

  @Inject Reconciliations reconciliations;
  @Inject ConsoleTransactions transactions;

  private Long id;
  private RunFacts run;
  private List<ItemRow> items = List.of();

  private Outcome outcome;
  private boolean openOnly;

  private Integer itemNo;
  private Correction correction;
  private String accountNo;
  private String reason;
  private String note;
  private Integer movementItemNo;

  /** Reads the run the address names, once per view (a postback keeps what it read). */
  public void load() {
    if (run == null || !Long.valueOf(run.id()).equals(id)) {
      reload();
    }
  }

  private void reload() {
    if (id == null) {
      run = null;
      items = List.of();
      return;
    }
    try {
      transactions.run(() -> read(reconciliations.details(id)));
    } catch (RequestRefusedException notThere) {
      run = null;
      items = List.of();
    }
  }

  private void read(ReconciliationRun r) {
    run =
        new RunFacts(
            r.getId(),
            r.getChannel(),
            r.getDay(),
            r.getStatus(),
            String.join(
                ", ",
                r.getFiles().stream()
                    .map(f -> "#" + f.getId() + " " + f.getFormat() + " " + f.getAccount())
                    .toList()),
            r.getCreatedBy(),
            ConsolePage.time(r.getCreatedAt()),
            r.getClosedBy(),
            r.getClosedAt() == null ? null : ConsolePage.time(r.getClosedAt()),
            r.getTolerances().amountFen(),
            r.getTolerances().time().toMinutes(),
            r.getTolerances().window().toMinutes(),
            r.counts(),
            r.unresolved().size(),
            r.isReadyToClose());
    items = r.getItems().stream().map(ItemRow::of).toList();
  }

  /** The items the filters let through. */
  public List<ItemRow> getShown() {
    return items.stream()
        .filter(i -> outcome == null || i.outcome() == outcome)
        .filter(i -> !openOnly || !i.resolved() || i.awaitingApproval())
        .toList();
  }

  /** The item the dialogs work on. */
  public ItemRow getItem() {
    return itemNo == null
        ? null
        : items.stream().filter(i -> i.itemNo() == itemNo).findFirst().orElse(null);
  }

  /** Opens a dialog on an item, its fields empty. */
  public void choose(int itemNo) {
    this.itemNo = itemNo;
    ItemRow item = getItem();
    correction = item == null || item.fits().isEmpty() ? null : item.fits().get(0);
    accountNo = null;
    reason = null;
    note = null;
    movementItemNo =
        item == null || item.suggestions().isEmpty() ? null : item.suggestions().get(0);
  }

  /** The ledger movements' items a line's item may be paired with: its suggestions first. */
  public List<ItemRow> getMovementChoices() {
    ItemRow item = getItem();
    if (item == null) {
      return List.of();
    }
    List<ItemRow> open =
        items.stream()
            .filter(ItemRow::isMovementChoice)
            .filter(i -> i.flow() == item.flow())
            .toList();
    return java.util.stream.Stream.concat(
            item.suggestions().stream().flatMap(n -> open.stream().filter(i -> i.itemNo() == n)),
            open.stream().filter(i -> !item.suggestions().contains(i.itemNo())))
        .toList();
  }

  /** Proposes the chosen correction of the item. */
  public void propose() {
    if (correction == null) {
      ConsolePage.error("correct:kind", ConsolePage.bundle().getString("form.required"));
      return;
    }
    if (accountNo != null && !accountNo.isBlank() && !accountNo.strip().matches("P\\w{1,31}")) {
      ConsolePage.error("correct:account", ConsolePage.bundle().getString("recon.accountRule"));
      return;
    }
    int no = itemNo;
    step(
        () ->
            reconciliations.propose(
                id, no, correction, blankToNull(accountNo), blankToNull(reason)),
        "recon.proposed");
  }

  /** Resolves the item by the note typed. */
  public void explain() {
    if (note == null || note.isBlank()) {
      ConsolePage.error("explain:note", ConsolePage.bundle().getString("form.required"));
      return;
    }
    int no = itemNo;
    String text = note.strip();
    step(() -> reconciliations.explain(id, no, text), "recon.explained");
  }

  /** Pairs the item with the movement's item chosen (a suggestion or another). */
  public void pair() {
    if (movementItemNo == null) {
      ConsolePage.error("pair:movement", ConsolePage.bundle().getString("form.required"));
      return;
    }
    int no = itemNo;
    int movement = movementItemNo;
    step(() -> reconciliations.confirm(id, no, movement), "recon.paired");
  }

  /** Confirms an item's best suggestion from its row. */
  public void confirmFirst(int no) {
    items.stream()
        .filter(i -> i.itemNo() == no && !i.suggestions().isEmpty())
        .findFirst()
        .ifPresent(
            i -> {
              int movement = i.suggestions().get(0);
              step(() -> reconciliations.confirm(id, no, movement), "recon.paired");
            });
  }

  /** None of the suggestions is the item's movement. */
  public void dismiss() {
    int no = itemNo;
    step(() -> reconciliations.dismissSuggestions(id, no), "recon.dismissed");
  }

  /** Approves the adjustment proposed for an item (the approver; never its maker). */
  public void approve(int no) {
    step(() -> reconciliations.approve(id, no), "recon.approved");
  }

  /** Rejects the adjustment proposed for an item; it stays open for another correction. */
  public void reject(int no) {
    step(() -> reconciliations.reject(id, no), "recon.rejected");
  }

  /** Closes the run. */
  public void close() {
    step(() -> reconciliations.close(id), "recon.closed");
  }

  private void step(Runnable work, String doneKey) {
    ReconciliationSteps.step(work, doneKey);
    reload();
  }

  /** The run item by item as CSV, for a spreadsheet. */
  public StreamedContent getCsv() {
    long runId = id;
    StringWriter text = new StringWriter();
    reconciliations.exportCsv(runId, text);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("yikatong-reconciliation-" + runId + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A text of the bundle with a value (an item's number, or several) put in. */
  public String text(String key, Object value) {
    return ReconciliationSteps.format(key, value);
  }

  /** An amount of fen as yuan, two decimals. */
  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  /** Whether the user decides on items (finance, the maker). */
  public boolean isMaker() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("finance");
  }

  /** Whether the user approves adjustments (the checker). */
  public boolean isChecker() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("finance-approver");
  }

  /** Whether the run may still change. */
  public boolean isOpen() {
    return run != null && run.status() == RunStatus.OPEN;
  }

  /** The user's own name: an approver never approves what they proposed. */
  public String getMe() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RunFacts getRun() {
    return run;
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public Integer getItemNo() {
    return itemNo;
  }

  public Correction getCorrection() {
    return correction;
  }

  public void setCorrection(Correction correction) {
    this.correction = correction;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public void setAccountNo(String accountNo) {
    this.accountNo = accountNo;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getMovementItemNo() {
    return movementItemNo;
  }

  public void setMovementItemNo(Integer movementItemNo) {
    this.movementItemNo = movementItemNo;
  }
}
