package org.yikatong.servicedesk.domain.ticket;

/**
 * Who answers for a fault, as the contract draws it per module before delivery: hardware faults the
 * hardware supplier, software defects the developer, the network, power, data security and the
 * operators the university's own IT, a card damaged by its holder the holder.
 */
public enum ResponsibleParty {
  HARDWARE_SUPPLIER(true),
  SOFTWARE_DEVELOPER(true),
  UNIVERSITY_IT(false),
  CARD_HOLDER(false);

  private final boolean vendor;

  ResponsibleParty(boolean vendor) {
    this.vendor = vendor;
  }

  /** Whether the party is a vendor of the contract, whose breaches the penalty rules charge. */
  public boolean isVendor() {
    return vendor;
  }
}
