package org.yikatong.servicedesk.domain.maintenance;

/**
 * The contract's deadlines for a custom change request (after-sales plan):
 * "自接到买方的书面申请起，在2个工作日内了解需求并协商处理方法， 5个工作日内作出回应，协商好后在一周内开始处理买方需求".
 */
public enum MaintenanceDeadline {
  /** Understood (reviewed, or rejected) within 2 working days of the written request. */
  UNDERSTAND("2个工作日内了解需求"),
  /** Answered (plan agreed with the user, or rejected) within 5 working days of the request. */
  ANSWER("5个工作日内作出回应"),
  /** Implementation started within a week (7 calendar days) of the plan being agreed. */
  START("协商好后一周内开始处理");

  private final String label;

  MaintenanceDeadline(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
