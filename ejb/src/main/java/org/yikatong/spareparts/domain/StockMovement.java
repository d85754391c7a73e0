package org.yikatong.spareparts.domain;

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
import org.yikatong.kernel.domain.Money;

/**
 * One movement of stock, never changed: parts received into a depot, withdrawn from one for a
 * repair ticket (with the unit cost at the time, for the yearly maintenance cost), or transferred
 * between two depots. The ticket, and the registered asset the ticket named when the parts were
 * withdrawn, are named by their ids only: they belong to the service desk.
 */
@Entity
@Table(name = "stock_movement")
@Immutable
public class StockMovement {

  /** What moved where. */
  public enum Kind {
    /** Into a depot, from a purchase. */
    RECEIVE,
    /** Out of a depot, for a repair. */
    WITHDRAW,
    /** From one depot to another. */
    TRANSFER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_seq")
  @SequenceGenerator(
      name = "stock_movement_seq",
      sequenceName = "stock_movement_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "part_id", nullable = false)
  private SparePart part;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "from_depot_id")
  private Depot from;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_depot_id")
  private Depot to;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "unit_cost_fen", nullable = false)
  private long unitCostFen;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "asset_id")
  private Long assetId;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt;

  @Column(name = "moved_by", nullable = false, length = 64)
  private String movedBy;

  protected StockMovement() {}

  private StockMovement(
      Kind kind,
      SparePart part,
      Depot from,
      Depot to,
      int quantity,
      long unitCostFen,
      Long ticketId,
      Long assetId,
      String note,
      Instant movedAt,
      String movedBy) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("数量须大于 0");
    }
    if (note != null && note.length() > 200) {
      throw new IllegalArgumentException("备注最多 200 字");
    }
    this.kind = kind;
    this.part = part;
    this.from = from;
    this.to = to;
    this.quantity = quantity;
    this.unitCostFen = unitCostFen;
    this.ticketId = ticketId;
    this.assetId = assetId;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.movedAt = movedAt;
    this.movedBy = movedBy;
  }

  public static StockMovement received(
      SparePart part, Depot to, int quantity, String note, Instant at, String by) {
    return new StockMovement(
        Kind.RECEIVE, part, null, to, quantity, part.getUnitCostFen(), null, null, note, at, by);
  }

  /**
   * Parts taken out of a depot for the repair ticket with this id, used on the asset with this id
   * (null: the ticket names no registered asset).
   */
  public static StockMovement withdrawn(
      SparePart part,
      Depot from,
      int quantity,
      Long ticketId,
      Long assetId,
      String note,
      Instant at,
      String by) {
    return new StockMovement(
        Kind.WITHDRAW,
        part,
        from,
        null,
        quantity,
        part.getUnitCostFen(),
        ticketId,
        assetId,
        note,
        at,
        by);
  }

  public static StockMovement transferred(
      SparePart part, Depot from, Depot to, int quantity, String note, Instant at, String by) {
    if (from.getId().equals(to.getId())) {
      throw new IllegalArgumentException("调拨须在两个不同库房之间");
    }
    return new StockMovement(
        Kind.TRANSFER, part, from, to, quantity, part.getUnitCostFen(), null, null, note, at, by);
  }

  /**
   * The work log line a withdrawal adds to its ticket's history: "领用备件 扫码头（SCAN-HEAD）× 2，库位
   * D1（图书馆备件库），成本 700.00元", and the note if any.
   */
  public String worklogLine() {
    if (kind != Kind.WITHDRAW) {
      throw new IllegalStateException("Only a withdrawal is logged on a ticket");
    }
    return "领用备件 "
        + part.getName()
        + "（"
        + part.getCode()
        + "）× "
        + quantity
        + "，库位 "
        + from.getCode()
        + "（"
        + from.getName()
        + "），成本 "
        + Money.ofFen(getCostFen()).toYuanString()
        + "元"
        + (note == null || note.isBlank() ? "" : "；" + note.strip());
  }

  /** Quantity times the unit cost at the time, in fen. */
  public long getCostFen() {
    return Math.multiplyExact(unitCostFen, quantity);
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public SparePart getPart() {
    return part;
  }

  public Depot getFrom() {
    return from;
  }

  public Depot getTo() {
    return to;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getUnitCostFen() {
    return unitCostFen;
  }

  /** The id of the ticket a withdrawal was for; null for other movements. */
  public Long getTicketId() {
    return ticketId;
  }

  /** The id of the registered asset a withdrawal's parts were used on; null when not known. */
  public Long getAssetId() {
    return assetId;
  }

  public String getNote() {
    return note;
  }

  public Instant getMovedAt() {
    return movedAt;
  }

  public String getMovedBy() {
    return movedBy;
  }
}
