package org.yikatong.servicedesk.domain.maintenance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a maintenance request stands on the user problem feedback and resolution form (after-sales
 * plan): submitted, reviewed with a handling opinion (or rejected), plan agreed with the user,
 * implemented, verified, confirmed by the user, archived. Strictly forward, one step at a time.
 */
public enum MaintenanceStatus {
  SUBMITTED("已提交"),
  REVIEWED("已审核"),
  PLAN_AGREED("方案已确定"),
  IMPLEMENTED("已实施"),
  VERIFIED("已验证"),
  CONFIRMED("用户已确认"),
  ARCHIVED("已归档"),
  REJECTED("不予受理");

  private final String label;

  MaintenanceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<MaintenanceStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(REVIEWED, REJECTED);
      case REVIEWED -> EnumSet.of(PLAN_AGREED);
      case PLAN_AGREED -> EnumSet.of(IMPLEMENTED);
      case IMPLEMENTED -> EnumSet.of(VERIFIED);
      case VERIFIED -> EnumSet.of(CONFIRMED);
      case CONFIRMED -> EnumSet.of(ARCHIVED);
      case ARCHIVED, REJECTED -> EnumSet.noneOf(MaintenanceStatus.class);
    };
  }

  public boolean canMoveTo(MaintenanceStatus target) {
    return next().contains(target);
  }
}
