package org.yikatong.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yikatong.terminal.domain.TerminalType;

/**
 * What an inspection checks: a named, ordered checklist and its target — all terminals of a type, a
 * location or area, or both (the kiosks of one building). A changed checklist applies to rounds
 * planned afterwards; each round keeps the checklist it was planned with.
 */
@Entity
@Table(name = "inspection_template")
public class InspectionTemplate {

  public static final int MAX_ITEMS = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_template_seq")
  @SequenceGenerator(
      name = "inspection_template_seq",
      sequenceName = "inspection_template_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private InspectionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", length = 16)
  private TerminalType targetType;

  @Column(name = "target_area", length = 100)
  private String targetArea;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "inspection_template_item",
      joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "item_index")
  private List<ChecklistItem> items = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Version private long version;

  protected InspectionTemplate() {}

  public InspectionTemplate(
      String name,
      InspectionKind kind,
      TerminalType targetType,
      String targetArea,
      List<ChecklistItem> items,
      Instant now,
      String by) {
    this.createdAt = now;
    this.createdBy = by;
    change(name, kind, targetType, targetArea, items);
  }

  /** Replaces the name, kind, target and checklist. */
  public void change(
      String name,
      InspectionKind kind,
      TerminalType targetType,
      String targetArea,
      List<ChecklistItem> items) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("模板名称须为 1–100 字");
    }
    String area = targetArea == null || targetArea.isBlank() ? null : targetArea.strip();
    if (targetType == null && area == null) {
      throw new IllegalArgumentException("巡检对象须为一类终端或一个地点/区域");
    }
    if (area != null && area.length() > 100) {
      throw new IllegalArgumentException("地点/区域最多 100 字");
    }
    if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("检查项须为 1–" + MAX_ITEMS + " 项");
    }
    this.name = name.strip();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.targetType = targetType;
    this.targetArea = area;
    this.items.clear();
    this.items.addAll(items);
  }

  /** Where the rounds go, in words: the area, the terminal type, or both. */
  public String targetDescription() {
    if (targetType == null) {
      return targetArea;
    }
    String type = "全部" + targetType.name() + "终端";
    return targetArea == null ? type : targetArea + " " + type;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public InspectionKind getKind() {
    return kind;
  }

  public TerminalType getTargetType() {
    return targetType;
  }

  public String getTargetArea() {
    return targetArea;
  }

  public List<ChecklistItem> getItems() {
    return List.copyOf(items);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
