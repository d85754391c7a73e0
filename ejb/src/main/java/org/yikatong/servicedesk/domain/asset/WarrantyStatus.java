package org.yikatong.servicedesk.domain.asset;

/** Where an asset's free warranty stands on a day (保修中 / 即将到期 / 已过保). */
public enum WarrantyStatus {
  /** The warranty runs beyond the days looked ahead. */
  IN_WARRANTY,
  /** The warranty's last day is today or within the days looked ahead. */
  ENDING,
  /** The warranty's last day has passed. */
  EXPIRED
}
