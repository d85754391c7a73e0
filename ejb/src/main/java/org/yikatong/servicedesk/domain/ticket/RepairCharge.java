package org.yikatong.servicedesk.domain.ticket;

/** How a resolved ticket's repair is paid for. */
public enum RepairCharge {
  /** Within the free warranty: installation, materials or product quality; repaired free. */
  WARRANTY(false),
  /** Caused by people (人为损坏): charged at the contract's prices. */
  DAMAGE_BY_PEOPLE(true),
  /** After the warranty end: charged at the contract's prices. */
  OUT_OF_WARRANTY(true);

  private final boolean chargeable;

  RepairCharge(boolean chargeable) {
    this.chargeable = chargeable;
  }

  public boolean isChargeable() {
    return chargeable;
  }
}
