package org.yikatong.servicedesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.ticket.RepairCharge;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

class WarrantyStatementCsvTest {

  @Test
  @DisplayName("one line per repair in yuan and campus time, quoted where needed, then the totals")
  void render() {
    WarrantyStatement s =
        new WarrantyStatement(
            YearMonth.of(2026, 12),
            ResponsibleParty.HARDWARE_SUPPLIER,
            "硬件供应商",
            List.of(
                new WarrantyStatement.Line(
                    "GD20261201-1",
                    "SN-1",
                    "K-100",
                    "图书馆",
                    TicketCategory.HARDWARE,
                    Instant.parse("2026-12-01T02:30:00Z"),
                    RepairCharge.DAMAGE_BY_PEOPLE,
                    "屏幕被砸, 人为",
                    59_500,
                    45,
                    9_000,
                    68_500)),
            0,
            1,
            0,
            68_500,
            Instant.EPOCH);
    String[] lines = WarrantyStatementCsv.render(s).split("\r\n");
    assertEquals(WarrantyStatementCsv.HEADER, lines[0]);
    assertEquals(
        "GD20261201-1,SN-1,K-100,图书馆,HARDWARE,2026-12-01 10:30,DAMAGE_BY_PEOPLE,"
            + "\"屏幕被砸, 人为\",595.00,45,90.00,685.00",
        lines[1]);
    assertEquals("total,free,0", lines[4]);
    assertEquals("total,chargeable,1", lines[5]);
    assertEquals("total,chargeableYuan,685.00", lines[6]);
  }
}
