package org.yikatong.finance.domain.statementfile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * A statement file as imported: its format, the channel it comes from, the merchant number or bank
 * account and the business day it covers, the SHA-256 of its bytes (a file is imported once), who
 * imported it and when, the totals it declares and those of its lines, and every line. It never
 * changes once stored; a wrong file is corrected by importing the right one, never by editing.
 */
@Entity
@Table(name = "statement_file")
@Immutable
public class StatementFile {

  /** The longest reference a line may carry (ISO 20022 allows 35, the channels fewer). */
  public static final int MAX_REFERENCE = 64;

  /** The longest account a statement may name. */
  public static final int MAX_ACCOUNT = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_file_seq")
  @SequenceGenerator(
      name = "statement_file_seq",
      sequenceName = "statement_file_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_format", nullable = false, length = 16)
  private StatementFormat format;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private PaymentChannel channel;

  @Column(name = "channel_account", nullable = false, length = MAX_ACCOUNT)
  private String account;

  @Column(name = "business_date", nullable = false)
  private LocalDate day;

  @Column(name = "content_sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "line_count", nullable = false)
  private int lineCount;

  @Column(name = "payments_fen", nullable = false)
  private long paymentsFen;

  @Column(name = "refunds_fen", nullable = false)
  private long refundsFen;

  @Column(name = "fees_fen", nullable = false)
  private long feesFen;

  @Column(name = "declared_lines")
  private Integer declaredLines;

  @Column(name = "declared_payments_fen")
  private Long declaredPaymentsFen;

  @Column(name = "declared_refunds_fen")
  private Long declaredRefundsFen;

  @Column(name = "declared_fees_fen")
  private Long declaredFeesFen;

  @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
  @OrderBy("lineNo")
  private List<StatementFileLine> lines = new ArrayList<>();

  protected StatementFile() {}

  /**
   * The file of a statement as read.
   *
   * @throws IllegalArgumentException when the statement names no account, or a line carries a
   *     reference longer than {@value #MAX_REFERENCE} characters
   */
  public StatementFile(
      Statement statement, String sha256, String fileName, String importedBy, Instant importedAt) {
    String account = statement.account() == null ? "" : statement.account().strip();
    if (account.isEmpty()) {
      throw new IllegalArgumentException("The statement names no merchant number or account");
    }
    if (account.length() > MAX_ACCOUNT) {
      throw new IllegalArgumentException(
          "The statement's account is longer than " + MAX_ACCOUNT + " characters");
    }
    this.format = statement.format();
    this.channel = channelOf(statement.format());
    this.account = account;
    this.day = statement.day();
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.fileName = fileName == null || fileName.isBlank() ? null : shorten(fileName.strip(), 200);
    this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    DeclaredTotals declared = statement.totals();
    if (declared != null) {
      this.declaredLines = declared.lines();
      this.declaredPaymentsFen = declared.paymentsFen();
      this.declaredRefundsFen = declared.refundsFen();
      this.declaredFeesFen = declared.feesFen();
    }
    for (StatementLine line : statement.lines()) {
      lines.add(new StatementFileLine(this, line));
      switch (line.kind()) {
        case PAYMENT -> paymentsFen += line.amountFen();
        case REFUND -> refundsFen += line.amountFen();
        case FEE -> feesFen += line.amountFen();
      }
      if (line.kind() != LineKind.FEE) {
        feesFen += line.feeFen();
      }
    }
    this.lineCount = lines.size();
  }

  /** The channel whose clearing account a statement of this format settles. */
  public static PaymentChannel channelOf(StatementFormat format) {
    return switch (format) {
      case WECHAT_BILL -> PaymentChannel.WECHAT;
      case ALIPAY_BILL -> PaymentChannel.ALIPAY;
      case CAMT_053, CAMT_054, MT940 -> PaymentChannel.BANK;
    };
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public StatementFormat getFormat() {
    return format;
  }

  public PaymentChannel getChannel() {
    return channel;
  }

  public String getAccount() {
    return account;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public int getLineCount() {
    return lineCount;
  }

  /** The sum of the payment lines, in fen. */
  public long getPaymentsFen() {
    return paymentsFen;
  }

  /** The sum of the refund lines, in fen. */
  public long getRefundsFen() {
    return refundsFen;
  }

  /** The channel's charges: fee lines and the charges on payment and refund lines, in fen. */
  public long getFeesFen() {
    return feesFen;
  }

  /** What the file declares of itself, or null when its format declares nothing. */
  public DeclaredTotals getDeclared() {
    return declaredLines == null
        ? null
        : new DeclaredTotals(
            declaredLines,
            declaredPaymentsFen == null ? 0 : declaredPaymentsFen,
            declaredRefundsFen == null ? 0 : declaredRefundsFen,
            declaredFeesFen == null ? 0 : declaredFeesFen);
  }

  public List<StatementFileLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
