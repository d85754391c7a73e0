package org.yikatong.inspection.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One inspection at one planned time: {@code PLANNED → IN_PROGRESS → COMPLETED}, or {@code MISSED}
 * when its due time passed before anyone began it. It keeps the checklist it was planned with (one
 * {@link InspectionRoundItem} per line); completing it records a result for every item at once, or
 * nothing. A round not completed by its due time is overdue; its assignee and the helpdesk are told
 * once ({@link #overdueNoticeDue}). One round per schedule and planned time (unique), so the
 * planner may run any number of times.
 */
@Entity
@Table(name = "inspection_round")
public class InspectionRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_round_seq")
  @SequenceGenerator(
      name = "inspection_round_seq",
      sequenceName = "inspection_round_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "schedule_id", nullable = false)
  private InspectionSchedule schedule;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private InspectionTemplate template;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "assignee", nullable = false, length = 64)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private RoundStatus status = RoundStatus.PLANNED;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "overdue_notified_at")
  private Instant overdueNotifiedAt;

  @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("itemNo")
  private List<InspectionRoundItem> items = new ArrayList<>();

  @Version private long version;

  protected InspectionRound() {}

  InspectionRound(InspectionSchedule schedule, Instant plannedAt, Instant dueAt) {
    if (!dueAt.isAfter(plannedAt)) {
      throw new IllegalArgumentException("A round is due after its planned time");
    }
    this.schedule = schedule;
    this.template = schedule.getTemplate();
    this.plannedAt = plannedAt;
    this.dueAt = dueAt;
    this.assignee = schedule.getAssignee();
    int no = 1;
    for (ChecklistItem item : template.getItems()) {
      items.add(new InspectionRoundItem(this, no++, item.getText(), item.getCategory()));
    }
  }

  /** A technician begins the round; refused once it is missed (or due and never begun). */
  public void start(Instant now, String by) {
    if (status != RoundStatus.PLANNED) {
      throw new IllegalStateException("巡检轮次 #" + id + " 为 " + status + "，不能开始");
    }
    refuseIfMissed(now);
    status = RoundStatus.IN_PROGRESS;
    startedAt = now;
    startedBy = by;
  }

  /**
   * Records a result for every checklist item and completes the round (beginning it too, if it was
   * only planned and is not yet due). A round begun in time may be completed late. Refused whole
   * when an item has no result, two, or an unknown number, or a failure has no note.
   *
   * @return the items that failed, in checklist order
   */
  public List<InspectionRoundItem> complete(List<ItemResult> results, Instant now, String by) {
    if (status != RoundStatus.PLANNED && status != RoundStatus.IN_PROGRESS) {
      throw new IllegalStateException("巡检轮次 #" + id + " 为 " + status + "，不能再记录结果");
    }
    if (status == RoundStatus.PLANNED) {
      refuseIfMissed(now);
    }
    Map<Integer, ItemResult> byNo = new HashMap<>();
    for (ItemResult result : results) {
      if (result == null || result.outcome() == null) {
        throw new IllegalArgumentException("每项结果须为 OK 或 FAILED");
      }
      if (result.itemNo() < 1 || result.itemNo() > items.size()) {
        throw new IllegalArgumentException("没有第 " + result.itemNo() + " 项检查项");
      }
      if (byNo.put(result.itemNo(), result) != null) {
        throw new IllegalArgumentException("第 " + result.itemNo() + " 项有两个结果");
      }
      if (result.outcome() == ItemOutcome.FAILED
          && (result.note() == null || result.note().isBlank())) {
        throw new IllegalArgumentException("第 " + result.itemNo() + " 项不合格，须说明情况");
      }
      if (result.note() != null && result.note().length() > 1000) {
        throw new IllegalArgumentException("第 " + result.itemNo() + " 项说明最多 1000 字");
      }
      if (result.terminalCode() != null && result.terminalCode().strip().length() > 8) {
        throw new IllegalArgumentException("终端号最多 8 位: " + result.terminalCode());
      }
    }
    if (byNo.size() != items.size()) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (InspectionRoundItem item : items) {
        if (!byNo.containsKey(item.getItemNo())) {
          missing.add(item.getItemNo());
        }
      }
      throw new IllegalArgumentException("缺少检查项结果: " + missing);
    }
    List<InspectionRoundItem> failed = new ArrayList<>();
    for (InspectionRoundItem item : items) {
      ItemResult result = byNo.get(item.getItemNo());
      item.record(result);
      if (result.outcome() == ItemOutcome.FAILED) {
        failed.add(item);
      }
    }
    if (startedAt == null) {
      startedAt = now;
      startedBy = by;
    }
    status = RoundStatus.COMPLETED;
    completedAt = now;
    completedBy = by;
    return failed;
  }

  /**
   * Marks a round nobody began as missed once its due time has passed.
   *
   * @return whether it was marked now
   */
  public boolean markMissedIfOverdue(Instant now) {
    if (status == RoundStatus.PLANNED && now.isAfter(dueAt)) {
      status = RoundStatus.MISSED;
      return true;
    }
    return false;
  }

  /** A round never begun by its due time is missed, whether or not the planner has marked it. */
  private void refuseIfMissed(Instant now) {
    if (now.isAfter(dueAt)) {
      throw new IllegalStateException("巡检轮次 #" + id + " 已过截止时间且未开始，记为漏检");
    }
  }

  /** Not completed and past its due time (a missed round is always overdue). */
  public boolean isOverdue(Instant now) {
    return status == RoundStatus.MISSED || (status != RoundStatus.COMPLETED && now.isAfter(dueAt));
  }

  /**
   * Whether the assignee and the helpdesk are to be told now that the round is overdue: true once,
   * the first time it is asked while the round is overdue (missed, or begun and not completed by
   * its due time); the round remembers when.
   */
  public boolean overdueNoticeDue(Instant now) {
    if (overdueNotifiedAt != null || !isOverdue(now)) {
      return false;
    }
    overdueNotifiedAt = now;
    return true;
  }

  /** The reference of the round's notices in the notification outbox. */
  public String noticeReference() {
    return "XJ-" + id;
  }

  /** How the round is referred to in tickets and messages. */
  public String reference() {
    return "巡检轮次 #" + id;
  }

  public Long getId() {
    return id;
  }

  public InspectionSchedule getSchedule() {
    return schedule;
  }

  public InspectionTemplate getTemplate() {
    return template;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getAssignee() {
    return assignee;
  }

  public RoundStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public Instant getOverdueNotifiedAt() {
    return overdueNotifiedAt;
  }

  public List<InspectionRoundItem> getItems() {
    return List.copyOf(items);
  }
}
