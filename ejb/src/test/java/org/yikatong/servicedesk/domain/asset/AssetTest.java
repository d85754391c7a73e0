package org.yikatong.servicedesk.domain.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssetTest {

  private static Asset accepted(LocalDate on) {
    return new Asset("SN-1", AssetType.KIOSK, "K-200", "图书馆大厅", "华创", on, Instant.EPOCH);
  }

  @Test
  @DisplayName("The warranty ends the day before the anniversary of acceptance")
  void warrantyFromContract() {
    Asset asset = accepted(LocalDate.of(2025, 3, 15));

    assertEquals(LocalDate.of(2026, 3, 14), asset.warrantyEnd(12));
    assertEquals(LocalDate.of(2028, 3, 14), asset.warrantyEnd(36));
    assertTrue(asset.inWarranty(LocalDate.of(2026, 3, 14), 12));
    assertFalse(asset.inWarranty(LocalDate.of(2026, 3, 15), 12));
    assertFalse(asset.inWarranty(LocalDate.of(2025, 3, 14), 12), "not before acceptance");
  }

  @Test
  @DisplayName(
      "Accepted on the last day of a month, the warranty ends on the eve of that month's end")
  void warrantyAtMonthEnd() {
    assertEquals(LocalDate.of(2025, 2, 27), accepted(LocalDate.of(2024, 2, 29)).warrantyEnd(12));
    assertEquals(LocalDate.of(2026, 2, 27), accepted(LocalDate.of(2025, 1, 31)).warrantyEnd(13));
  }

  @Test
  @DisplayName("An asset's own warranty end wins over the contract's months")
  void ownWarrantyEnd() {
    Asset asset = accepted(LocalDate.of(2025, 3, 15));
    asset.accepted(LocalDate.of(2025, 3, 15), LocalDate.of(2027, 12, 31));

    assertEquals(LocalDate.of(2027, 12, 31), asset.warrantyEnd(12));
    assertTrue(asset.inWarranty(LocalDate.of(2027, 12, 31), 12));
  }

  @Test
  @DisplayName("A warranty cannot end before acceptance")
  void warrantyEndBeforeAcceptance() {
    Asset asset = accepted(LocalDate.of(2025, 3, 15));

    assertThrows(
        IllegalArgumentException.class,
        () -> asset.accepted(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 14)));
    assertEquals(LocalDate.of(2026, 3, 14), asset.warrantyEnd(12), "unchanged");
  }

  @Test
  @DisplayName("The warranty is running, ending within the days looked ahead, or over")
  void warrantyStatus() {
    Asset asset = accepted(LocalDate.of(2025, 3, 15)); // ends 2026-03-14

    assertEquals(
        WarrantyStatus.IN_WARRANTY, asset.warrantyStatus(LocalDate.of(2026, 1, 12), 12, 60));
    assertEquals(WarrantyStatus.ENDING, asset.warrantyStatus(LocalDate.of(2026, 1, 13), 12, 60));
    assertEquals(WarrantyStatus.ENDING, asset.warrantyStatus(LocalDate.of(2026, 3, 14), 12, 60));
    assertEquals(WarrantyStatus.EXPIRED, asset.warrantyStatus(LocalDate.of(2026, 3, 15), 12, 60));
  }
}
