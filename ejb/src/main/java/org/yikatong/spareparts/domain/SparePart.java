package org.yikatong.spareparts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of spare part (a scanner head, a main board): its unit, its reorder level and what one
 * costs. It remembers whether a reorder alert is open, so that an alert is raised once when the
 * total stock falls to or below the level and again only after a restock above it.
 */
@Entity
@Table(name = "spare_part")
public class SparePart {

  /** What a change of the total stock means for the reorder alert. */
  public enum ReorderSignal {
    /** The stock fell to or below the level: record an alert. */
    RAISE,
    /** The stock is above the level again: close the open alert. */
    CLEAR,
    /** Nothing to record. */
    NONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spare_part_seq")
  @SequenceGenerator(name = "spare_part_seq", sequenceName = "spare_part_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "unit", nullable = false, length = 16)
  private String unit;

  @Column(name = "reorder_level", nullable = false)
  private int reorderLevel;

  @Column(name = "unit_cost_fen", nullable = false)
  private long unitCostFen;

  @Column(name = "reorder_alerted", nullable = false)
  private boolean reorderAlerted;

  @Version private long version;

  protected SparePart() {}

  public SparePart(String code, String name, String unit, int reorderLevel, long unitCostFen) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException("备件编码为 1–32 位字母、数字、- 或 _: " + code);
    }
    this.code = code;
    change(name, unit, reorderLevel, unitCostFen);
  }

  /** Changes the description, unit, reorder level and unit cost. */
  public void change(String name, String unit, int reorderLevel, long unitCostFen) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("备件名称须为 1–100 字");
    }
    if (unit == null || unit.isBlank() || unit.length() > 16) {
      throw new IllegalArgumentException("计量单位须为 1–16 字");
    }
    if (reorderLevel < 0) {
      throw new IllegalArgumentException("补货线不能小于 0");
    }
    if (unitCostFen < 0) {
      throw new IllegalArgumentException("单价不能小于 0");
    }
    this.name = name.strip();
    this.unit = unit.strip();
    this.reorderLevel = reorderLevel;
    this.unitCostFen = unitCostFen;
  }

  /** The latest purchase price, taken on a receipt that names one. */
  public void costs(long unitCostFen) {
    if (unitCostFen < 0) {
      throw new IllegalArgumentException("单价不能小于 0");
    }
    this.unitCostFen = unitCostFen;
  }

  /**
   * The total stock over all depots is now {@code total}: says whether to raise or clear the
   * reorder alert, and remembers it.
   */
  public ReorderSignal stockIs(int total) {
    if (total <= reorderLevel && !reorderAlerted) {
      reorderAlerted = true;
      return ReorderSignal.RAISE;
    }
    if (total > reorderLevel && reorderAlerted) {
      reorderAlerted = false;
      return ReorderSignal.CLEAR;
    }
    return ReorderSignal.NONE;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  public int getReorderLevel() {
    return reorderLevel;
  }

  public long getUnitCostFen() {
    return unitCostFen;
  }

  public boolean isReorderAlerted() {
    return reorderAlerted;
  }
}
