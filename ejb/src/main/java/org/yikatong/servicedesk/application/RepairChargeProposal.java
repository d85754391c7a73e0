package org.yikatong.servicedesk.application;

import java.time.LocalDate;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;

/**
 * What the system proposes for a repair at resolution, and why: {@link
 * RepairCharge#OUT_OF_WARRANTY} when the ticket's asset's free warranty ended before the day of the
 * resolution, otherwise {@link RepairCharge#WARRANTY} (a ticket without a registered asset is
 * treated as under warranty). Damage caused by people is never proposed: a person says so, with the
 * reason.
 *
 * @param reason the system's stated reason, in the console's language
 */
public record RepairChargeProposal(RepairCharge charge, String reason)
    implements java.io.Serializable {

  /**
   * @param asset the ticket's asset, or null
   * @param warrantyMonths the warranty months of the asset's contract
   * @param day the day of the resolution (campus time)
   */
  public static RepairChargeProposal of(Asset asset, int warrantyMonths, LocalDate day) {
    if (asset == null) {
      return new RepairChargeProposal(RepairCharge.WARRANTY, "未登记资产，按保修处理");
    }
    LocalDate end = asset.warrantyEnd(warrantyMonths);
    if (end.isBefore(day)) {
      return new RepairChargeProposal(
          RepairCharge.OUT_OF_WARRANTY, "资产 " + asset.getSerialNo() + " 保修期已于 " + end + " 结束");
    }
    return new RepairChargeProposal(
        RepairCharge.WARRANTY, "资产 " + asset.getSerialNo() + " 在保修期内（至 " + end + "）");
  }
}
