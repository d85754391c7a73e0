package org.yikatong.servicedesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * A party's monthly warranty statement: every ticket resolved in the month (campus time) that the
 * party answered for, with its repair's classification and cost, and the totals — how many repairs
 * were free under the warranty, how many were chargeable and what they come to.
 *
 * @param organisation the party's organisation under the default contract, or the party's name
 * @param unclassified tickets resolved without a classification (none since classification became
 *     part of every resolution)
 */
public record WarrantyStatement(
    YearMonth month,
    ResponsibleParty party,
    String organisation,
    List<Line> lines,
    int free,
    int chargeable,
    int unclassified,
    long chargeableFen,
    Instant printedAt)
    implements Serializable {

  /**
   * One repair.
   *
   * @param assetSerial the asset's serial number, or null when the ticket names no asset
   * @param charge null when the ticket was resolved without a classification
   */
  public record Line(
      String ticketNo,
      String assetSerial,
      String assetModel,
      String assetLocation,
      TicketCategory category,
      Instant resolvedAt,
      RepairCharge charge,
      String reason,
      long partsFen,
      int labourMinutes,
      long labourFen,
      long totalFen)
      implements Serializable {}
}
