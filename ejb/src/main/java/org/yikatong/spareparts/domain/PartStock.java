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
import jakarta.persistence.Version;

/**
 * How many of one part one depot holds; never below zero (the only way down is {@link #take}, which
 * refuses more than there is). One per part and depot.
 */
@Entity
@Table(name = "part_stock")
public class PartStock {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "part_stock_seq")
  @SequenceGenerator(name = "part_stock_seq", sequenceName = "part_stock_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "part_id", nullable = false)
  private SparePart part;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "depot_id", nullable = false)
  private Depot depot;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Version private long version;

  protected PartStock() {}

  public PartStock(SparePart part, Depot depot) {
    this.part = part;
    this.depot = depot;
  }

  /** Adds received or transferred parts. */
  public void add(int count) {
    positive(count);
    quantity = Math.addExact(quantity, count);
  }

  /** Takes parts out; refused (IllegalStateException) beyond what the depot holds. */
  public void take(int count) {
    positive(count);
    if (count > quantity) {
      throw new IllegalStateException(
          depot.getCode() + " 库存 " + part.getCode() + " 仅 " + quantity + "，不足 " + count);
    }
    quantity -= count;
  }

  private static void positive(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("数量须大于 0");
    }
  }

  public Long getId() {
    return id;
  }

  public SparePart getPart() {
    return part;
  }

  public Depot getDepot() {
    return depot;
  }

  public int getQuantity() {
    return quantity;
  }
}
