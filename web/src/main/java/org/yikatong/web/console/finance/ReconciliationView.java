package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.file.UploadedFile;
import org.yikatong.finance.application.Reconciliations;
import org.yikatong.finance.application.StatementImports;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;
import org.yikatong.web.rest.ReconciliationResource;

/**
 * The reconciliation page: the runs, newest first; the statement files imported, newest first; a
 * statement file uploaded with its format, which is imported and at once matched in a dry run whose
 * outcome is shown and nothing of it recorded; the files chosen (one, or a bank's camt.053 with its
 * camt.054) matched again in a dry run or recorded as a run, which then opens. Finance and
 * administrators import and record; everyone of the page looks at dry runs.
 */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An imported statement file; {@code runId} is the run it is in, or null. */
  public record FileRow(
      long id,
      StatementFormat format,
      PaymentChannel channel,
      String account,
      LocalDate day,
      String fileName,
      int lineCount,
      long paymentsFen,
      long refundsFen,
      long feesFen,
      String importedBy,
      String importedAt,
      Long runId)
      implements Serializable {}

  /** A recorded run. */
  public record RunRow(
      long id,
      PaymentChannel channel,
      LocalDate day,
      RunStatus status,
      long matched,
      long differences,
      int unresolved,
      String createdBy,
      String createdAt,
      String closedAt)
      implements Serializable {}

  /** A dry run's outcome: what each outcome counts, and the items. */
  public record Preview(
      PaymentChannel channel,
      LocalDate day,
      List<Long> fileIds,
      long matched,
      long missingInLedger,
      long missingInChannel,
      long mismatches,
      long fees,
      List<ItemRow> items)
      implements Serializable {}

  @Inject StatementImports imports;
  @Inject Reconciliations reconciliations;
  @Inject ConsoleTransactions transactions;

  private List<RunRow> runs = List.of();
  private List<FileRow> files = List.of();
  private List<FileRow> chosen = new ArrayList<>();
  private Preview preview;

  private StatementFormat format;
  // The upload of the current request only; never kept with the view.
  private transient UploadedFile upload;

  @PostConstruct
  void load() {
    refresh();
  }

  private void refresh() {
    runs =
        transactions.call(
            () -> reconciliations.list(null, null).stream().map(ReconciliationView::run).toList());
    files =
        transactions.call(
            () ->
                imports.list(null, null).stream()
                    .map(
                        f -> file(f, imports.findRunOf(f.getId()).map(r -> r.getId()).orElse(null)))
                    .toList());
    List<Long> ids = chosen.stream().map(FileRow::id).toList();
    chosen = new ArrayList<>(files.stream().filter(f -> ids.contains(f.id())).toList());
  }

  private static RunRow run(ReconciliationRun r) {
    Map<Outcome, Long> counts = r.counts();
    return new RunRow(
        r.getId(),
        r.getChannel(),
        r.getDay(),
        r.getStatus(),
        counts.get(Outcome.MATCHED),
        r.getItems().size() - counts.get(Outcome.MATCHED),
        r.unresolved().size(),
        r.getCreatedBy(),
        ConsolePage.time(r.getCreatedAt()),
        r.getClosedAt() == null ? null : ConsolePage.time(r.getClosedAt()));
  }

  private static FileRow file(StatementFile f, Long runId) {
    return new FileRow(
        f.getId(),
        f.getFormat(),
        f.getChannel(),
        f.getAccount(),
        f.getDay(),
        f.getFileName(),
        f.getLineCount(),
        f.getPaymentsFen(),
        f.getRefundsFen(),
        f.getFeesFen(),
        f.getImportedBy(),
        ConsolePage.time(f.getImportedAt()),
        runId);
  }

  /**
   * Imports the uploaded file in the format chosen, chooses it alone and shows its dry run. A file
   * that cannot be read whole is refused with its line and reason, and nothing is imported.
   */
  public void importAndPreview() {
    if (upload == null || upload.getSize() == 0) {
      ConsolePage.error("upload:file", ConsolePage.bundle().getString("recon.fileRequired"));
      return;
    }
    if (upload.getSize() > getMaxFileBytes()) {
      ConsolePage.error(
          "upload:file",
          ConsolePage.bundle().getString("recon.fileTooLarge") + " " + getMaxFileMib() + " MiB");
      return;
    }
    byte[] bytes = upload.getContent();
    String name = upload.getFileName();
    Long[] imported = new Long[1];
    boolean done =
        ReconciliationSteps.step(
            () -> imported[0] = imports.importStatement(format, bytes, name).getId(),
            "recon.imported");
    upload = null;
    if (!done) {
      return;
    }
    refresh();
    chosen = new ArrayList<>(files.stream().filter(f -> f.id() == imported[0]).toList());
    dryRun();
  }

  /** Matches the chosen files in a dry run and shows the outcome; nothing is recorded. */
  public void dryRun() {
    List<Long> ids = chosenIds();
    if (ids.isEmpty()) {
      return;
    }
    Preview[] shown = new Preview[1];
    if (ReconciliationSteps.step(
        () -> shown[0] = transactions.call(() -> preview(reconciliations.dryRun(ids))), null)) {
      preview = shown[0];
    } else {
      preview = null;
    }
  }

  private static Preview preview(ReconciliationRun r) {
    Map<Outcome, Long> counts = r.counts();
    return new Preview(
        r.getChannel(),
        r.getDay(),
        r.getFiles().stream().map(StatementFile::getId).toList(),
        counts.get(Outcome.MATCHED),
        counts.get(Outcome.MISSING_IN_LEDGER),
        counts.get(Outcome.MISSING_IN_CHANNEL),
        counts.get(Outcome.AMOUNT_MISMATCH),
        counts.get(Outcome.FEE),
        r.getItems().stream().map(ItemRow::of).toList());
  }

  /** Records a run over the chosen files and opens it. */
  public String record() {
    List<Long> ids = chosenIds();
    if (ids.isEmpty()) {
      return null;
    }
    Long[] recorded = new Long[1];
    if (!ReconciliationSteps.step(
        () -> recorded[0] = reconciliations.record(ids).getId(), "recon.recorded")) {
      return null;
    }
    ConsolePage.keepMessages();
    return "/finance/run?faces-redirect=true&id=" + recorded[0];
  }

  private List<Long> chosenIds() {
    if (chosen == null || chosen.isEmpty()) {
      ConsolePage.error(null, ConsolePage.bundle().getString("recon.chooseFiles"));
      return List.of();
    }
    return chosen.stream().map(FileRow::id).toList();
  }

  /** Forgets the dry run shown. */
  public void clearPreview() {
    preview = null;
  }

  /** The largest statement file, in bytes: the same setting as the API's. */
  public long getMaxFileBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue(ReconciliationResource.STATEMENT_FILE_BYTES_SETTING, Long.class)
        .filter(b -> b > 0)
        .orElse(ReconciliationResource.DEFAULT_STATEMENT_FILE_BYTES);
  }

  public String getMaxFileMib() {
    return ConsolePage.yuan(getMaxFileBytes() * 100 / (1024 * 1024));
  }

  /** A text of the bundle with a value (an item's number, or several) put in. */
  public String text(String key, Object value) {
    return ReconciliationSteps.format(key, value);
  }

  /** An amount of fen as yuan, two decimals. */
  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  /** Whether the user may import files and record runs. */
  public boolean isMaker() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("finance") || external.isUserInRole("administrator");
  }

  public StatementFormat[] getFormats() {
    return StatementFormat.values();
  }

  public List<RunRow> getRuns() {
    return runs;
  }

  public List<FileRow> getFiles() {
    return files;
  }

  public List<FileRow> getChosen() {
    return chosen;
  }

  public void setChosen(List<FileRow> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public Preview getPreview() {
    return preview;
  }

  public StatementFormat getFormat() {
    return format;
  }

  public void setFormat(StatementFormat format) {
    this.format = format;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
