package org.yikatong.servicedesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.asset.AssetType;

class AssetCsvFileTest {

  private static final String HEADER = AssetCsvFile.HEADER + "\n";

  /** A register that knows serial SN-OLD, terminal K0000001 and contract DEFAULT. */
  private static final AssetCsvFile.Register REGISTER =
      new AssetCsvFile.Register() {
        @Override
        public Set<String> registered(Collection<String> serialNos) {
          return serialNos.stream().filter("SN-OLD"::equals).collect(Collectors.toSet());
        }

        @Override
        public boolean terminalExists(String terminalCode) {
          return terminalCode.equals("K0000001");
        }

        @Override
        public boolean contractExists(String contractCode) {
          return contractCode.equals("DEFAULT");
        }
      };

  private static List<LineError> problems(String csv) {
    return AssetCsvFile.check(AssetCsvFile.parse(csv), REGISTER);
  }

  @Test
  @DisplayName("A good file: every line an asset, a byte order mark and quoted fields taken")
  void goodFile() {
    String csv =
        "\uFEFF"
            + HEADER
            + "SN-1,kiosk,K-200,图书馆大厅,华创,2025-09-01,,K0000001,DEFAULT,\n"
            + "SN-2,SERVER,\"PowerEdge R750, 2U\",数据中心,\"戴尔 \"\"中国\"\"\",2025-01-10,2028-01-09,,,"
            + "\"三年原厂保修\"\r\n";

    AssetCsvFile.Parsed parsed = AssetCsvFile.parse(csv);

    assertEquals(List.of(), AssetCsvFile.check(parsed, REGISTER));
    assertEquals(2, parsed.lines().size());
    NewAsset kiosk = parsed.lines().get(0).asset();
    assertEquals("SN-1", kiosk.serialNo());
    assertEquals(AssetType.KIOSK, kiosk.type());
    assertEquals(LocalDate.of(2025, 9, 1), kiosk.acceptedOn());
    assertNull(kiosk.warrantyEnd());
    assertEquals("K0000001", kiosk.terminalCode());
    assertEquals("DEFAULT", kiosk.contractCode());
    assertNull(kiosk.note());
    NewAsset server = parsed.lines().get(1).asset();
    assertEquals(3, parsed.lines().get(1).line());
    assertEquals("PowerEdge R750, 2U", server.model());
    assertEquals("戴尔 \"中国\"", server.supplier());
    assertEquals(LocalDate.of(2028, 1, 9), server.warrantyEnd());
    assertEquals("三年原厂保修", server.note());
  }

  @Test
  @DisplayName("Every problem of a bad file is listed with its line, in line order")
  void everyProblemByLine() {
    String csv =
        HEADER
            + "SN-1,KIOSK,K-200,图书馆,华创,2025-09-01,,,,\n" // 2: good
            + "SN-2,PRINTER,P-1,图书馆,华创,2025-09-01,,,,\n" // 3: unknown type
            + "SN-3,KIOSK,,图书馆,华创,2025-09-01,,,,\n" // 4: model missing
            + "SN-4,KIOSK,K-200,图书馆,华创,2025-13-01,,,,\n" // 5: no date
            + "SN-5,KIOSK,K-200,图书馆,华创,2025-09-01,2025-08-31,,,\n" // 6: ends before
            + "SN-1,KIOSK,K-200,图书馆,华创,2025-09-01,,,,\n" // 7: twice in the file
            + "SN-OLD,KIOSK,K-200,图书馆,华创,2025-09-01,,,,\n" // 8: registered
            + "SN-8,KIOSK,K-200,图书馆,华创,2025-09-01,,K9999999,,\n" // 9: no terminal
            + "SN-9,KIOSK,K-200,图书馆,华创,2025-09-01,,,NOPE,\n" // 10: no contract
            + "SN-10,KIOSK,K-200,图书馆\n"; // 11: too few fields

    List<LineError> problems = problems(csv);

    assertEquals(
        List.of(3, 4, 5, 6, 7, 8, 9, 10, 11),
        problems.stream().map(LineError::line).toList(),
        problems.toString());
    assertTrue(problems.get(0).message().contains("Unknown type PRINTER"), problems.toString());
    assertTrue(problems.get(1).message().contains("model is missing"), problems.toString());
    assertTrue(
        problems.get(2).message().contains("accepted_on is not a date"), problems.toString());
    assertTrue(problems.get(3).message().contains("before the acceptance"), problems.toString());
    assertTrue(problems.get(4).message().contains("on line 2 too"), problems.toString());
    assertTrue(problems.get(5).message().contains("registered already"), problems.toString());
    assertTrue(problems.get(6).message().contains("No terminal has the code K9999999"));
    assertTrue(problems.get(7).message().contains("No service contract has the code NOPE"));
    assertTrue(problems.get(8).message().contains("this one has 4"), problems.toString());
    assertEquals(
        List.of(
            "unknownType",
            "missing",
            "notDate",
            "warrantyBeforeAcceptance",
            "serialTwice",
            "registered",
            "noTerminal",
            "noContract",
            "fieldCount"),
        problems.stream().map(LineError::code).toList(),
        "each problem has the code the console words it by");
    assertEquals(
        List.of("PRINTER", "TERMINAL, READER, KIOSK, GATEWAY, SERVER"), problems.get(0).args());
  }

  @Test
  @DisplayName("Line numbers count the header, empty lines and lines inside quoted fields")
  void lineNumbers() {
    String csv =
        HEADER
            + "\n"
            + "SN-1,KIOSK,K-200,图书馆,华创,2025-09-01,,,,\"two\nlines\"\n"
            + "\r\n"
            + "SN-2,KIOSK,K-200,图书馆,华创,not-a-date,,,,";

    List<LineError> problems = problems(csv);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(6, problems.get(0).line());
    assertEquals("notDate", problems.get(0).code());
    assertEquals(List.of("accepted_on", "not-a-date"), problems.get(0).args());
    assertEquals(3, AssetCsvFile.parse(csv).lines().get(0).line());
  }

  @Test
  @DisplayName("A line with several problems has each listed")
  void severalProblemsOnALine() {
    List<LineError> problems = problems(HEADER + ",CAR,,图书馆,,yesterday,,,,\n");

    assertEquals(
        5, problems.size(), problems.toString()); // serial, type, model, supplier, accepted_on
    assertTrue(problems.stream().allMatch(p -> p.line() == 2));
  }

  @Test
  @DisplayName("A wrong header, an empty file and a file of no assets are refused")
  void wrongHeaderOrEmpty() {
    assertEquals(1, problems("serial,type,model\nSN-1,KIOSK,K\n").get(0).line());
    assertTrue(problems("").get(0).message().contains("empty"));
    assertTrue(problems(HEADER).get(0).message().contains("no assets"));
    assertEquals(
        List.of(),
        problems(AssetCsvFile.HEADER.toUpperCase() + "\nA,GATEWAY,G,机房,某,2025-01-01,,,,\n"));
  }

  @Test
  @DisplayName("A quote never closed is refused, not half read")
  void unclosedQuote() {
    List<LineError> problems =
        problems(HEADER + "SN-1,KIOSK,K-200,图书馆,华创,2025-09-01,,,,\nSN-2,\"KIOSK,K\n");

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(3, problems.get(0).line());
  }
}
