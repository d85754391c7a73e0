package org.yikatong.servicedesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;

/** What the system proposes for a repair at resolution. */
class RepairChargeProposalTest {

  private static Asset acceptedOn(LocalDate day) {
    return new Asset("SN-1", AssetType.KIOSK, "K-100", "图书馆", "供应商", day, Instant.EPOCH);
  }

  @Test
  @DisplayName("within the warranty up to its last day, out of it the day after")
  void warrantyEnd() {
    Asset asset = acceptedOn(LocalDate.of(2025, 12, 2));
    RepairChargeProposal last = RepairChargeProposal.of(asset, 12, LocalDate.of(2026, 12, 1));
    assertEquals(RepairCharge.WARRANTY, last.charge());
    assertTrue(last.reason().contains("2026-12-01"), last.reason());
    RepairChargeProposal after = RepairChargeProposal.of(asset, 12, LocalDate.of(2026, 12, 2));
    assertEquals(RepairCharge.OUT_OF_WARRANTY, after.charge());
    assertTrue(after.reason().contains("已于 2026-12-01 结束"), after.reason());
    assertEquals(
        RepairCharge.WARRANTY,
        RepairChargeProposal.of(asset, 24, LocalDate.of(2026, 12, 2)).charge(),
        "the contract's months count");
  }

  @Test
  @DisplayName("an asset's own warranty end outranks the contract's months")
  void ownEnd() {
    Asset asset = acceptedOn(LocalDate.of(2025, 12, 2));
    asset.accepted(LocalDate.of(2025, 12, 2), LocalDate.of(2028, 12, 31));
    assertEquals(
        RepairCharge.WARRANTY,
        RepairChargeProposal.of(asset, 12, LocalDate.of(2027, 6, 1)).charge());
  }

  @Test
  @DisplayName("no registered asset: treated as under warranty, and said so")
  void noAsset() {
    RepairChargeProposal p = RepairChargeProposal.of(null, 12, LocalDate.of(2026, 12, 2));
    assertEquals(RepairCharge.WARRANTY, p.charge());
    assertEquals("未登记资产，按保修处理", p.reason());
  }
}
