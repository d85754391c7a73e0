package org.yikatong.spareparts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.spareparts.domain.SparePart.ReorderSignal;

/** Stock never below zero; a reorder alert once per fall to the level, again after a restock. */
class StockRulesTest {

  private final SparePart scanner = new SparePart("SCAN-HEAD", "扫码头", "个", 2, 35_000);
  private final Depot depot = new Depot("D1", "图书馆备件库", "图书馆 B1");

  @Test
  @DisplayName("a withdrawal beyond the stock is refused and leaves the stock as it was")
  void neverBelowZero() {
    PartStock stock = new PartStock(scanner, depot);
    stock.add(3);
    stock.take(2);
    assertEquals(1, stock.getQuantity());
    assertThrows(IllegalStateException.class, () -> stock.take(2));
    assertEquals(1, stock.getQuantity());
    stock.take(1);
    assertEquals(0, stock.getQuantity());
    assertThrows(IllegalStateException.class, () -> stock.take(1));
    assertThrows(IllegalArgumentException.class, () -> stock.take(0));
    assertThrows(IllegalArgumentException.class, () -> stock.add(-1));
  }

  @Test
  @DisplayName("the alert is raised once at or below the level, cleared only above it")
  void reorderOnce() {
    assertEquals(ReorderSignal.NONE, scanner.stockIs(5));
    assertEquals(ReorderSignal.RAISE, scanner.stockIs(2), "at the level");
    assertEquals(ReorderSignal.NONE, scanner.stockIs(1), "still low: not again");
    assertEquals(ReorderSignal.NONE, scanner.stockIs(2), "back to the level is not above it");
    assertEquals(ReorderSignal.CLEAR, scanner.stockIs(3));
    assertEquals(ReorderSignal.NONE, scanner.stockIs(4));
    assertEquals(ReorderSignal.RAISE, scanner.stockIs(0), "a new fall, a new alert");
  }

  @Test
  @DisplayName("a withdrawal records the unit cost at the time; cost = quantity × unit cost")
  void costRecorded() {
    StockMovement first =
        StockMovement.withdrawn(scanner, depot, 2, null, null, "换扫码头", Instant.EPOCH, "tech");
    scanner.costs(40_000);
    StockMovement later =
        StockMovement.withdrawn(scanner, depot, 1, null, null, null, Instant.EPOCH, "tech");
    assertEquals(70_000, first.getCostFen());
    assertEquals(40_000, later.getCostFen());
    assertThrows(
        IllegalArgumentException.class,
        () -> StockMovement.received(scanner, depot, 0, null, Instant.EPOCH, "helpdesk"));
  }

  @Test
  @DisplayName("a part needs a code, a name, a unit, and no negative level or cost")
  void partRules() {
    assertThrows(IllegalArgumentException.class, () -> new SparePart("a b", "x", "个", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new SparePart("A", "x", "个", -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new SparePart("A", "x", "个", 1, -1));
    assertThrows(IllegalArgumentException.class, () -> new SparePart("A", " ", "个", 1, 1));
  }

  @Test
  @DisplayName("a withdrawal's work log line names the part, quantity, depot and cost in yuan")
  void worklogLine() {
    StockMovement taken =
        StockMovement.withdrawn(scanner, depot, 2, null, null, "换扫码头", Instant.EPOCH, "tech");
    assertEquals("领用备件 扫码头（SCAN-HEAD）× 2，库位 D1（图书馆备件库），成本 700.00元；换扫码头", taken.worklogLine());
    scanner.costs(1_205);
    assertEquals(
        "领用备件 扫码头（SCAN-HEAD）× 1，库位 D1（图书馆备件库），成本 12.05元",
        StockMovement.withdrawn(scanner, depot, 1, null, null, " ", Instant.EPOCH, "tech")
            .worklogLine());
    assertThrows(
        IllegalStateException.class,
        () ->
            StockMovement.received(scanner, depot, 1, null, Instant.EPOCH, "helpdesk")
                .worklogLine());
  }

  @Test
  @DisplayName("a reorder alert's notice names the part, the total and the level")
  void alertNotice() {
    ReorderAlert alert = new ReorderAlert(scanner, 1, Instant.EPOCH);
    assertEquals("备件补货提醒：扫码头（SCAN-HEAD）", alert.noticeSubject());
    assertEquals("备件 扫码头（SCAN-HEAD）各库合计库存 1 个，已降至补货线 2 个，请安排采购补货。", alert.noticeText());
  }
}
