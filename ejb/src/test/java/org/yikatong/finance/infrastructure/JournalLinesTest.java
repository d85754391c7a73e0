package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.backup.ExportedEntry;
import org.yikatong.finance.domain.backup.ExportedPosting;

class JournalLinesTest {

  private static final ExportedEntry REFUND =
      new ExportedEntry(
          1_250,
          "REFUND:R-7",
          "REFUND",
          LocalDate.of(2026, 11, 22),
          Instant.parse("2026-11-22T04:05:06.123456Z"),
          300,
          "退款 \"多扣\"\n第二行",
          1_201L,
          "OVERDRAWN",
          "finance",
          List.of(
              new ExportedPosting("MM0001-T0", -300, null),
              new ExportedPosting("P20260001", 300, 8_750L)));

  @Test
  @DisplayName("an entry is one line with the documented fields in order, and reads back equal")
  void roundTrip() {
    String line = JournalLines.write(REFUND);

    assertFalse(line.contains("\n"), line);
    assertTrue(
        line.startsWith(
            "{\"id\":1250,\"businessKey\":\"REFUND:R-7\",\"kind\":\"REFUND\","
                + "\"businessDate\":\"2026-11-22\",\"postedAt\":\"2026-11-22T04:05:06.123456Z\","
                + "\"amountFen\":300,"),
        line);
    assertTrue(
        line.endsWith(
            "\"correctsId\":1201,\"followUp\":\"OVERDRAWN\",\"postedBy\":\"finance\","
                + "\"postings\":[{\"accountNo\":\"MM0001-T0\",\"amountFen\":-300,"
                + "\"balanceAfterFen\":null},{\"accountNo\":\"P20260001\",\"amountFen\":300,"
                + "\"balanceAfterFen\":8750}]}"),
        line);
    assertEquals(REFUND, JournalLines.read(line));
  }

  @Test
  @DisplayName("absent links are written as null and read back as absent")
  void nulls() {
    ExportedEntry plain =
        new ExportedEntry(
            7,
            "K",
            "PAYMENT",
            REFUND.businessDate(),
            REFUND.postedAt(),
            1,
            "x",
            null,
            null,
            "gateway",
            REFUND.postings());

    String line = JournalLines.write(plain);

    assertTrue(line.contains("\"correctsId\":null,\"followUp\":null"), line);
    assertEquals(plain, JournalLines.read(line));
  }

  @Test
  @DisplayName("the order of fields does not matter when reading; a changed value does")
  void readsAnyOrder() {
    String reordered =
        "{\"postings\":[],\"postedBy\":\"p\",\"description\":\"d\",\"amountFen\":5,"
            + "\"postedAt\":\"2026-11-22T00:00:00Z\",\"businessDate\":\"2026-11-22\","
            + "\"kind\":\"FEE\",\"businessKey\":\"K\",\"id\":9}";

    ExportedEntry e = JournalLines.read(reordered);

    assertEquals(9, e.id());
    assertEquals(5, e.amountFen());
    assertEquals(List.of(), e.postings());
  }

  @Test
  @DisplayName(
      "a line cut short, not JSON, lacking a field or with one of the wrong type is refused")
  void refusals() {
    String line = JournalLines.write(REFUND);
    for (String bad :
        List.of(
            line.substring(0, line.length() / 2),
            "",
            "[1,2]",
            line.replace("\"kind\":\"REFUND\",", ""),
            line.replace("\"amountFen\":300", "\"amountFen\":\"300\""),
            line.replace("\"amountFen\":300", "\"amountFen\":3.5"),
            line.replace("2026-11-22T04:05:06.123456Z", "yesterday"),
            line.replace("[{\"accountNo\"", "[7,{\"accountNo\""))) {
      assertThrows(IllegalArgumentException.class, () -> JournalLines.read(bad), bad);
    }
  }
}
