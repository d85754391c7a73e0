package org.yikatong.servicedesk.application;

import java.util.List;

/**
 * Where a repair's parts come from: the parts withdrawn for a ticket. The spare parts area (above
 * the service desk) implements it as a CDI bean; {@link Tickets} prices the parts of a chargeable
 * repair at the contract's share of their unit cost. With none deployed a repair uses no parts.
 *
 * <p>Contract: called inside the ticket step's transaction, read-only.
 */
public interface RepairPartsSource {

  /**
   * A part used on a repair.
   *
   * @param unitCostFen the part's unit cost when it was withdrawn
   */
  record UsedPart(String partCode, String partName, int quantity, long unitCostFen) {}

  /** The parts withdrawn for the ticket of that id, oldest first. */
  List<UsedPart> usedFor(long ticketId);
}
