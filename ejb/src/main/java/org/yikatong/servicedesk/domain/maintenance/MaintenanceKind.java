package org.yikatong.servicedesk.domain.maintenance;

/**
 * The three kinds of software maintenance the contract names (after-sales plan): 纠错性维护, 适应性维护,
 * 完善性维护. Adaptive and perfective maintenance are the customer's "custom change requests" (定制需求,
 * 属于买方个性化管理需要而要求的软件修改), which carry the contract's response deadlines and penalty.
 */
public enum MaintenanceKind {
  /** 纠错性维护: a defect is corrected. */
  CORRECTIVE("纠错性维护"),
  /** 适应性维护: the software is adapted to a changed environment or policy. */
  ADAPTIVE("适应性维护"),
  /** 完善性维护: the software is improved at the user's request. */
  PERFECTIVE("完善性维护");

  private final String label;

  MaintenanceKind(String label) {
    this.label = label;
  }

  /** Whether this kind is a custom change request with the contract's deadlines. */
  public boolean isCustomRequest() {
    return this != CORRECTIVE;
  }

  /** The Chinese name printed on the form. */
  public String label() {
    return label;
  }
}
