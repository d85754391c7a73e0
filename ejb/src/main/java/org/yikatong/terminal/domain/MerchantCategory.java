package org.yikatong.terminal.domain;

/** Kind of merchant; settlement and reporting group by it. */
public enum MerchantCategory {
  CANTEEN,
  SUPERMARKET,
  SHOP,
  SERVICE
}
