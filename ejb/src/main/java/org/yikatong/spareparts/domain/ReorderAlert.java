package org.yikatong.spareparts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The total stock of a part fell to or below its reorder level: raised once, open until a restock
 * brings the total above the level again. The helpdesk and the administrator are told when it is
 * raised (once per alert, in the movement's transaction).
 */
@Entity
@Table(name = "reorder_alert")
public class ReorderAlert {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reorder_alert_seq")
  @SequenceGenerator(
      name = "reorder_alert_seq",
      sequenceName = "reorder_alert_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "part_id", nullable = false)
  private SparePart part;

  @Column(name = "total_quantity", nullable = false)
  private int totalQuantity;

  @Column(name = "reorder_level", nullable = false)
  private int reorderLevel;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  protected ReorderAlert() {}

  public ReorderAlert(SparePart part, int totalQuantity, Instant raisedAt) {
    this.part = part;
    this.totalQuantity = totalQuantity;
    this.reorderLevel = part.getReorderLevel();
    this.raisedAt = raisedAt;
  }

  /** The stock is above the level again. */
  public void clear(Instant now) {
    if (clearedAt == null) {
      clearedAt = now;
    }
  }

  /** The reference of the alert's notice in the notification outbox. */
  public String noticeReference() {
    return "BH-" + id;
  }

  /** The one-line summary of the alert's notice. */
  public String noticeSubject() {
    return "备件补货提醒：" + part.getName() + "（" + part.getCode() + "）";
  }

  /** The text of the alert's notice. */
  public String noticeText() {
    return "备件 "
        + part.getName()
        + "（"
        + part.getCode()
        + "）各库合计库存 "
        + totalQuantity
        + " "
        + part.getUnit()
        + "，已降至补货线 "
        + reorderLevel
        + " "
        + part.getUnit()
        + "，请安排采购补货。";
  }

  public boolean isOpen() {
    return clearedAt == null;
  }

  public Long getId() {
    return id;
  }

  public SparePart getPart() {
    return part;
  }

  public int getTotalQuantity() {
    return totalQuantity;
  }

  public int getReorderLevel() {
    return reorderLevel;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }
}
