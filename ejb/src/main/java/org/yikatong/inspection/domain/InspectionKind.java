package org.yikatong.inspection.domain;

/** What an inspection is. */
public enum InspectionKind {
  /** The weekly full inspection of hardware, software and network (全面巡检) (O&M plan). */
  FULL,
  /** A patrol of devices in the field, such as the self-service kiosks (巡查) (emergency plan). */
  PATROL
}
