package org.yikatong.finance.domain.statementfile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.StatementLine;

/** One line of an imported statement file, as its reader read it; never changes. */
@Entity
@Table(name = "statement_file_line")
@Immutable
public class StatementFileLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_file_line_seq")
  @SequenceGenerator(
      name = "statement_file_line_seq",
      sequenceName = "statement_file_line_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "file_id", nullable = false, updatable = false)
  private StatementFile file;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "line_kind", nullable = false, length = 8)
  private LineKind kind;

  @Column(name = "channel_ref", length = StatementFile.MAX_REFERENCE)
  private String channelRef;

  @Column(name = "merchant_ref", length = StatementFile.MAX_REFERENCE)
  private String merchantRef;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "fee_fen", nullable = false)
  private long feeFen;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "batch_ref", length = StatementFile.MAX_REFERENCE)
  private String batchRef;

  @Column(name = "description", length = 200)
  private String description;

  protected StatementFileLine() {}

  StatementFileLine(StatementFile file, StatementLine line) {
    this.file = file;
    this.lineNo = line.lineNo();
    this.kind = line.kind();
    this.channelRef = reference(line.lineNo(), "channel reference", line.channelRef());
    this.merchantRef = reference(line.lineNo(), "merchant reference", line.merchantRef());
    this.amountFen = line.amountFen();
    this.feeFen = line.feeFen();
    this.at = line.at();
    this.batchRef = reference(line.lineNo(), "batch reference", line.batchRef());
    this.description =
        line.description() == null || line.description().isBlank()
            ? null
            : StatementFile.shorten(line.description().strip(), 200);
  }

  private static String reference(int lineNo, String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String ref = value.strip();
    if (ref.length() > StatementFile.MAX_REFERENCE) {
      throw new IllegalArgumentException(
          "Line "
              + lineNo
              + ": the "
              + what
              + " is longer than "
              + StatementFile.MAX_REFERENCE
              + " characters");
    }
    return ref;
  }

  /** The line as the statement model has it. */
  public StatementLine toStatementLine() {
    return new StatementLine(
        lineNo, kind, channelRef, merchantRef, amountFen, feeFen, at, batchRef, description);
  }

  public Long getId() {
    return id;
  }

  public StatementFile getFile() {
    return file;
  }

  public int getLineNo() {
    return lineNo;
  }

  public LineKind getKind() {
    return kind;
  }

  public String getChannelRef() {
    return channelRef;
  }

  public String getMerchantRef() {
    return merchantRef;
  }

  public long getAmountFen() {
    return amountFen;
  }

  public long getFeeFen() {
    return feeFen;
  }

  public Instant getAt() {
    return at;
  }

  public String getBatchRef() {
    return batchRef;
  }

  public String getDescription() {
    return description;
  }
}
