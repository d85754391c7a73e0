package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.Subsidies;
import org.yikatong.ledger.application.SubsidyPreview;
import org.yikatong.ledger.domain.SubsidyFile;
import org.yikatong.security.domain.Role;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.rest.LedgerResource;

/**
 * Subsidy batches. Finance uploads a subsidy file ({@code holder_no,amount} per line, in yuan),
 * names the batch and, if the subsidy expires, its last day; the page previews the file through the
 * service, which checks it as posting would and posts nothing: every bad line is named with its
 * number and reason, every good line with whom it grants how much. Only a file without problems can
 * be posted, and it posts whole or not at all. Below, the latest batches with how far their expiry
 * has gone. Auditors and approvers read the batches.
 *
 * <p>A file is taken up to the size the API takes ({@value
 * LedgerResource#SUBSIDY_FILE_BYTES_SETTING}, default 2 MiB) and at most 16 MiB whatever that
 * setting says (the console's limit of one request); how many lines it may have is the ledger's
 * rule.
 */
@Named
@ViewScoped
public class SubsidiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A subsidy file's size when the setting is not given, as the API has it. */
  static final long DEFAULT_FILE_BYTES = 2L * 1024 * 1024;

  /** The console takes no request larger than this (web.xml), whatever the setting says. */
  static final long CONSOLE_FILE_BYTES = 16L * 1024 * 1024;

  /** How many batches the list shows. */
  private static final int BATCHES = 100;

  /** How many of a preview's good lines the page keeps to show. */
  static final int GRANTS_SHOWN = 200;

  /** A good line of the preview, its amount in fen. */
  public record GrantRow(int lineNo, String holderNo, String fullName, long amountFen)
      implements Serializable {}

  /** A problem of the preview; line 0 is the file as a whole. */
  public record ProblemRow(int lineNo, String text) implements Serializable {}

  /** The preview shown, for the batch number and expiry date it was made with. */
  public record Preview(
      String batchNo,
      LocalDate expiresOn,
      int lines,
      int goodLines,
      long totalFen,
      List<GrantRow> grants,
      List<ProblemRow> problems)
      implements Serializable {

    public boolean isPostable() {
      return problems.isEmpty();
    }
  }

  /** A batch in the list, with its expiry as it stands today. */
  public record BatchRow(
      String batchNo,
      int lines,
      long totalFen,
      LocalDate expiresOn,
      String uploadedAt,
      String uploadedBy,
      String standing,
      long grantsExpired,
      long returnedFen,
      long daysLeft)
      implements Serializable {}

  @Inject Subsidies subsidies;

  private String batchNo;
  private LocalDate expiresOn;
  private String fileName;
  private long fileBytes;
  private String csv;
  private Preview preview;
  private List<BatchRow> batches = List.of();

  @PostConstruct
  void load() {
    readBatches();
  }

  private void readBatches() {
    LocalDate today = LocalDate.ofInstant(ConsolePage.now(), ConsolePage.CAMPUS);
    batches =
        subsidies.latest(BATCHES).stream()
            .map(
                s ->
                    new BatchRow(
                        s.batch().getBatchNo(),
                        s.batch().getLineCount(),
                        s.batch().getTotal().fen(),
                        s.batch().getExpiresOn(),
                        ConsolePage.time(s.batch().getUploadedAt()),
                        s.batch().getUploadedBy(),
                        s.standing().name(),
                        s.grantsExpired(),
                        s.returned().fen(),
                        s.batch().getExpiresOn() == null
                            ? 0
                            : ChronoUnit.DAYS.between(today, s.batch().getExpiresOn())))
            .toList();
  }

  /** Takes the file chosen; it is previewed once checked, never posted as it comes. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    preview = null;
    csv = null;
    fileName = null;
    if (file.getSize() > maxFileBytes()) {
      ConsolePage.error(
          "upload:file",
          MessageFormat.format(
              ConsolePage.bundle().getString("subsidy.fileTooLarge"), getMaxFileKib()));
      return;
    }
    csv = new String(file.getContent(), StandardCharsets.UTF_8);
    fileName = file.getFileName();
    fileBytes = file.getSize();
  }

  /** Checks the file as posting would, posting nothing, and shows what the service found. */
  public void check() {
    if (csv == null) {
      ConsolePage.error("upload:file", ConsolePage.bundle().getString("subsidy.noFile"));
      return;
    }
    String number = batchNo.strip();
    LocalDate expiry = expiresOn;
    FinanceSteps.step(
        "subsidy",
        () -> preview = shown(number, expiry, subsidies.preview(number, csv, expiry)),
        null);
  }

  private static Preview shown(String batchNo, LocalDate expiresOn, SubsidyPreview p) {
    return new Preview(
        batchNo,
        expiresOn,
        p.lines(),
        p.grants().size(),
        p.total().fen(),
        p.grants().stream()
            .limit(GRANTS_SHOWN)
            .map(g -> new GrantRow(g.lineNo(), g.holderNo(), g.fullName(), g.amount().fen()))
            .toList(),
        p.problems().stream().map(x -> new ProblemRow(x.lineNo(), x.text())).toList());
  }

  /**
   * Posts the previewed file as the batch. A batch number or expiry date changed since the preview
   * previews again first; a refusal (the ledger changed in between) shows the preview anew.
   */
  public void post() {
    if (csv == null || preview == null || !preview.isPostable()) {
      return;
    }
    String number = batchNo.strip();
    if (!number.equals(preview.batchNo()) || !Objects.equals(expiresOn, preview.expiresOn())) {
      check();
      ConsolePage.info("subsidy.previewAgain");
      return;
    }
    LocalDate expiry = expiresOn;
    String file = csv;
    boolean posted =
        FinanceSteps.step(
            "subsidy", () -> subsidies.upload(number, file, expiry), "subsidy.posted");
    if (posted) {
      batchNo = null;
      expiresOn = null;
      csv = null;
      fileName = null;
      preview = null;
      readBatches();
    } else {
      try {
        preview = shown(number, expiry, subsidies.preview(number, file, expiry));
      } catch (RequestRefusedException ignored) {
        // The refusal is on the page already.
      }
    }
  }

  /** Forgets the file and its preview. */
  public void clear() {
    csv = null;
    fileName = null;
    preview = null;
  }

  /** The largest subsidy file taken, in bytes: the API's setting, within the console's limit. */
  public long maxFileBytes() {
    Optional<String> setting =
        ConfigProvider.getConfig()
            .getOptionalValue(LedgerResource.SUBSIDY_FILE_BYTES_SETTING, String.class);
    long bytes = DEFAULT_FILE_BYTES;
    if (setting.isPresent()) {
      try {
        long given = Long.parseLong(setting.get().strip());
        bytes = given > 0 ? given : DEFAULT_FILE_BYTES;
      } catch (NumberFormatException e) {
        bytes = DEFAULT_FILE_BYTES;
      }
    }
    return Math.min(bytes, CONSOLE_FILE_BYTES);
  }

  /** The most lines one batch takes, as the ledger is set up. */
  public int getMaxLines() {
    return ConfigProvider.getConfig()
        .getOptionalValue(Subsidies.MAX_LINES_SETTING, Integer.class)
        .orElse(Subsidies.DEFAULT_MAX_LINES);
  }

  /** The largest subsidy of one line, in yuan. */
  public String getMaxLineYuan() {
    return ConsolePage.yuan(SubsidyFile.MAX_LINE.fen());
  }

  /** The largest file taken, in KiB. */
  public long getMaxFileKib() {
    return maxFileBytes() / 1024;
  }

  /** Whether the signed-in user may upload and post subsidy files. */
  public boolean isUploader() {
    return FinanceSteps.inRole(Role.FINANCE, Role.ADMINISTRATOR);
  }

  /** An amount of fen as yuan, two decimals. */
  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public String getBatchNo() {
    return batchNo;
  }

  public void setBatchNo(String batchNo) {
    this.batchNo = batchNo;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getFileName() {
    return fileName;
  }

  public long getFileBytes() {
    return fileBytes;
  }

  public Preview getPreview() {
    return preview;
  }

  public List<BatchRow> getBatches() {
    return batches;
  }
}
