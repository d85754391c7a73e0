package org.yikatong.servicedesk.domain.asset;

/** What the fault statistics of the register are grouped by. */
public enum AssetGrouping {
  SUPPLIER,
  MODEL,
  LOCATION
}
