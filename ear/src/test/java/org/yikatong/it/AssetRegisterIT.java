package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.TECH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The asset register over the REST API: CSV import all or nothing (every bad line listed by number,
 * nothing imported), one asset registered and changed, the effective warranty end, tickets naming
 * their asset (by serial, by the terminal's asset, or set later), the spare parts used on it, and
 * the statistics — faults and cost per supplier, model and location, warranties ending soon and
 * repeated faults. Every test registers assets of its own serial numbers and supplier.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetRegisterIT {

  private static final String HEADER =
      "serial,type,model,location,supplier,accepted_on,warranty_end,terminal_code,contract_code,note\n";

  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private HttpResponse<String> importCsv(String csv) throws Exception {
    return http.send(
        "POST",
        Http.api("assets/import"),
        HELPDESK,
        DemoUsers.password(HELPDESK),
        "text/csv; charset=UTF-8",
        csv);
  }

  /** A line of an asset file. */
  private String line(
      String serial,
      String type,
      String model,
      String location,
      String supplier,
      LocalDate acceptedOn,
      LocalDate warrantyEnd) {
    return String.join(
            ",",
            serial,
            type,
            model,
            location,
            supplier,
            acceptedOn.toString(),
            warrantyEnd == null ? "" : warrantyEnd.toString(),
            "",
            "",
            "")
        + "\n";
  }

  private String asset(String suffix) {
    return "IT-" + uniq + "-" + suffix;
  }

  private void imported(int count, String csv) throws Exception {
    HttpResponse<String> response = importCsv(csv);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(count, Http.object(response).getInt("imported"));
  }

  /** The registered assets by type in the default contract's warranty agreement. */
  private Map<String, Long> agreementCounts() throws Exception {
    HttpResponse<String> response = http.get(HELPDESK, "sla-contracts/DEFAULT/warranty-agreement");
    assertEquals(200, response.statusCode(), response.body());
    return Http.object(response).getJsonArray("assetCounts").stream()
        .map(JsonValue::asJsonObject)
        .collect(
            java.util.stream.Collectors.toMap(
                c -> c.getString("type"), c -> c.getJsonNumber("count").longValue()));
  }

  private JsonObject detail(String serial) throws Exception {
    HttpResponse<String> response = http.get(AUDITOR, "assets/" + serial);
    assertEquals(200, response.statusCode(), response.body());
    return Http.object(response);
  }

  private int status(String serial) throws Exception {
    return http.get(AUDITOR, "assets/" + serial).statusCode();
  }

  /** Opens a ticket naming the asset by serial number, or a terminal (then serial is null). */
  private String ticket(String serial, String terminal) throws Exception {
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"信息中心\",\"category\":\"HARDWARE\","
                + "\"title\":\"设备故障\",\"description\":\"无法使用\""
                + (serial == null ? "" : ",\"assetSerial\":\"" + serial + "\"")
                + (terminal == null ? "" : ",\"terminalId\":\"" + terminal + "\"")
                + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened).getString("ticketNo");
  }

  private static List<JsonObject> errors(HttpResponse<String> refused) {
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        refused.headers().toString());
    return Http.object(refused).getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static List<Integer> lines(List<JsonObject> errors) {
    return errors.stream().map(e -> e.getInt("line")).toList();
  }

  private static Optional<JsonObject> row(JsonArray rows, String key) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("key").equals(key))
        .findFirst();
  }

  @Test
  @DisplayName("A good file is imported whole; a BOM and quoted fields are taken; warranty ends")
  void importGoodFile() throws Exception {
    String supplier = "供应商 " + uniq;
    LocalDate accepted = LocalDate.of(2025, 3, 15);
    String csv =
        "\uFEFF"
            + HEADER
            + line(asset("K"), "KIOSK", "K200", "图书馆", supplier, accepted, null)
            + asset("S")
            + ",server,\"R750, 2U\",机房,\""
            + supplier
            + "\",2025-01-10,2028-01-09,,DEFAULT,\"原厂 \"\"三年\"\" 保修\"\r\n"
            + line(asset("G"), "GATEWAY", "AR6120", "机房", supplier, today.minusYears(3), null);

    Map<String, Long> before = agreementCounts();
    imported(3, csv);
    Map<String, Long> after = agreementCounts();
    for (String type : List.of("KIOSK", "SERVER", "GATEWAY")) {
      assertEquals(
          before.getOrDefault(type, 0L) + 1,
          after.getOrDefault(type, 0L),
          type + " counted in the default contract's warranty agreement, named or not");
    }

    JsonArray listed = Http.array(http.get(TECH, "assets?supplier=" + encode(supplier)));
    assertEquals(3, listed.size(), listed.toString());
    JsonObject kiosk = detail(asset("K")).getJsonObject("asset");
    assertEquals("KIOSK", kiosk.getString("type"));
    assertEquals("2026-03-14", kiosk.getString("warrantyEnd"), "accepted + 12 months - 1 day");
    assertTrue(absent(kiosk, "ownWarrantyEnd"), kiosk.toString());
    JsonObject server = detail(asset("S")).getJsonObject("asset");
    assertEquals("R750, 2U", server.getString("model"));
    assertEquals("原厂 \"三年\" 保修", server.getString("note"));
    assertEquals("2028-01-09", server.getString("warrantyEnd"));
    assertEquals("DEFAULT", server.getString("contractCode"));
    JsonObject gateway = detail(asset("G")).getJsonObject("asset");
    assertFalse(gateway.getBoolean("inWarranty"));
    assertEquals("EXPIRED", gateway.getString("warranty"));
    assertEquals(
        1,
        Http.array(http.get(FINANCE, "assets?type=GATEWAY&text=" + asset("G").toLowerCase()))
            .size());
  }

  @Test
  @DisplayName(
      "A file with bad lines is refused with every problem by line, and nothing is imported")
  void refusedFileListsEveryLine() throws Exception {
    String s = "供应商 " + uniq;
    LocalDate d = LocalDate.of(2025, 9, 1);
    String csv =
        HEADER
            + line(asset("1"), "KIOSK", "K200", "图书馆", s, d, null) // 2: good
            + line(asset("2"), "PRINTER", "P1", "图书馆", s, d, null) // 3: unknown type
            + line(asset("3"), "KIOSK", "", "图书馆", s, d, null) // 4: model missing
            + asset("4")
            + ",KIOSK,K200,图书馆,"
            + s
            + ",2025-02-30,,,,\n" // 5: not a date
            + line(asset("5"), "KIOSK", "K200", "图书馆", s, d, d.minusDays(1)) // 6: ends before
            + line(asset("1"), "KIOSK", "K200", "图书馆", s, d, null) // 7: twice in the file
            + asset("7")
            + ",KIOSK,K200,图书馆,"
            + s
            + ",2025-09-01,,Z9999999,,\n" // 8: no terminal
            + asset("8")
            + ",KIOSK,K200,图书馆,"
            + s
            + ",2025-09-01,,,NO-SUCH-CONTRACT,\n"; // 9: no contract

    List<JsonObject> errors = errors(importCsv(csv));

    assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), lines(errors), errors.toString());
    assertTrue(errors.get(0).getString("message").contains("PRINTER"), errors.toString());
    assertTrue(errors.get(1).getString("message").contains("model"), errors.toString());
    assertTrue(errors.get(2).getString("message").contains("2025-02-30"), errors.toString());
    assertTrue(errors.get(3).getString("message").contains("before"), errors.toString());
    assertTrue(errors.get(4).getString("message").contains("line 2"), errors.toString());
    assertTrue(errors.get(5).getString("message").contains("Z9999999"), errors.toString());
    assertTrue(errors.get(6).getString("message").contains("NO-SUCH-CONTRACT"), errors.toString());
    assertEquals(404, status(asset("1")), "the good line was not imported either");
    assertEquals(0, Http.array(http.get(AUDITOR, "assets?supplier=" + encode(s))).size());
  }

  @Test
  @DisplayName("Serial numbers twice in a file or registered already refuse the file")
  void duplicateSerials() throws Exception {
    String s = "供应商 " + uniq;
    LocalDate d = LocalDate.of(2025, 9, 1);
    imported(1, HEADER + line(asset("OLD"), "READER", "R10", "门禁", s, d, null));

    List<JsonObject> errors =
        errors(
            importCsv(
                HEADER
                    + line(asset("NEW"), "READER", "R10", "门禁", s, d, null)
                    + line(asset("OLD"), "READER", "R10", "门禁", s, d, null)
                    + line(asset("NEW"), "READER", "R10", "门禁", s, d, null)));

    assertEquals(List.of(3, 4), lines(errors), errors.toString());
    assertTrue(errors.get(0).getString("message").contains("registered already"));
    assertTrue(errors.get(1).getString("message").contains("on line 2 too"));
    assertEquals(404, status(asset("NEW")));
  }

  @Test
  @DisplayName("A warranty ending before acceptance refuses the file and the single asset")
  void datesInWrongOrder() throws Exception {
    String s = "供应商 " + uniq;
    List<JsonObject> errors =
        errors(
            importCsv(
                HEADER
                    + line(
                        asset("D"),
                        "SERVER",
                        "R750",
                        "机房",
                        s,
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 5, 31))));
    assertEquals(List.of(2), lines(errors));
    assertEquals(404, status(asset("D")));

    HttpResponse<String> single =
        http.post(
            HELPDESK,
            "assets",
            "{\"serialNo\":\""
                + asset("D")
                + "\",\"type\":\"SERVER\",\"model\":\"R750\",\"location\":\"机房\",\"supplier\":\""
                + s
                + "\",\"acceptedOn\":\"2025-06-01\",\"warrantyEnd\":\"2025-05-31\"}");
    assertEquals(400, single.statusCode(), single.body());
    assertEquals(404, status(asset("D")));
  }

  @Test
  @DisplayName("An unknown type refuses the file with the types there are")
  void unknownType() throws Exception {
    List<JsonObject> errors =
        errors(
            importCsv(
                HEADER
                    + line(asset("T"), "TOASTER", "X", "食堂", "某", LocalDate.of(2025, 1, 1), null)));
    assertEquals(List.of(2), lines(errors));
    assertTrue(errors.get(0).getString("message").contains("TERMINAL"), errors.toString());
    assertEquals(404, status(asset("T")));
    assertEquals(400, http.get(AUDITOR, "assets?type=TOASTER").statusCode());
  }

  @Test
  @DisplayName("One asset is registered and changed at its version; a stale version is refused")
  void registerAndChange() throws Exception {
    String body =
        "{\"serialNo\":\""
            + asset("ONE")
            + "\",\"type\":\"TERMINAL\",\"model\":\"P80\",\"location\":\"第一食堂\","
            + "\"supplier\":\"新普\",\"acceptedOn\":\""
            + today.minusDays(10)
            + "\",\"terminalCode\":\"T0000003\"}";
    HttpResponse<String> created = http.post(HELPDESK, "assets", body);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(409, http.post(HELPDESK, "assets", body).statusCode(), "serial taken");
    assertEquals(403, http.post(TECH, "assets", body.replace("ONE", "TWO")).statusCode());
    long version = Http.object(created).getJsonNumber("version").longValue();

    String change =
        "{\"version\":%d,\"type\":\"TERMINAL\",\"model\":\"P80\",\"location\":\"第一食堂 二楼\","
            + "\"supplier\":\"新普\",\"acceptedOn\":\"%s\",\"warrantyEnd\":\"%s\","
            + "\"note\":\"换新\"}";
    HttpResponse<String> changed =
        http.put(
            HELPDESK,
            "assets/" + asset("ONE"),
            change.formatted(version, today.minusDays(10), today.plusYears(2)));
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject asset = Http.object(changed);
    assertEquals("第一食堂 二楼", asset.getString("location"));
    assertEquals(today.plusYears(2).toString(), asset.getString("warrantyEnd"));
    assertTrue(absent(asset, "terminalCode"), "unlinked: " + asset);

    HttpResponse<String> stale =
        http.put(
            HELPDESK,
            "assets/" + asset("ONE"),
            change.formatted(version, today.minusDays(10), today.plusYears(3)));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(
        today.plusYears(2).toString(),
        detail(asset("ONE")).getJsonObject("asset").getString("warrantyEnd"));
  }

  @Test
  @DisplayName("A ticket names its asset by serial, by its terminal's asset, or set later")
  void ticketsNameTheirAsset() throws Exception {
    String s = "供应商 " + uniq;
    imported(
        2,
        HEADER
            + line(asset("A"), "KIOSK", "K200", "图书馆", s, today.minusDays(30), null)
            + line(asset("B"), "KIOSK", "K200", "图书馆", s, today.minusDays(30), null));

    String bySerial = ticket(asset("A"), null);
    assertEquals(
        asset("A"),
        Http.object(http.get(TECH, "tickets/" + bySerial + "/asset")).getString("serialNo"));
    // The demo register has HC-K200-0002 for the kiosk K0000002.
    String byTerminal = ticket(null, "K0000002");
    assertEquals(
        "HC-K200-0002",
        Http.object(http.get(TECH, "tickets/" + byTerminal + "/asset")).getString("serialNo"));

    HttpResponse<String> moved =
        http.put(HELPDESK, "tickets/" + bySerial + "/asset", "{\"serial\":\"" + asset("B") + "\"}");
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals(asset("B"), Http.object(moved).getString("serialNo"));
    assertEquals(
        List.of(bySerial),
        detail(asset("B")).getJsonArray("tickets").stream()
            .map(t -> t.asJsonObject().getString("ticketNo"))
            .toList());
    assertEquals(0, detail(asset("A")).getJsonArray("tickets").size());

    assertEquals(
        404,
        http.put(HELPDESK, "tickets/" + bySerial + "/asset", "{\"serial\":\"NO-" + uniq + "\"}")
            .statusCode());
    HttpResponse<String> unknown =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"x\",\"category\":\"HARDWARE\",\"title\":\"t\","
                + "\"description\":\"d\",\"assetSerial\":\"NO-"
                + uniq
                + "\"}");
    assertEquals(404, unknown.statusCode(), unknown.body());
  }

  @Test
  @DisplayName("Faults and repair cost are counted per supplier, model and location of the period")
  void statistics() throws Exception {
    String s = "供应商 " + uniq;
    String model = "型号 " + uniq;
    String where = "位置 " + uniq;
    imported(
        2,
        HEADER
            + line(asset("X"), "TERMINAL", model, where, s, today.minusDays(30), null)
            + line(asset("Y"), "TERMINAL", model + "B", where, s, today.minusDays(30), null));
    ticket(asset("X"), null);
    ticket(asset("X"), null);
    ticket(asset("Y"), null);

    HttpResponse<String> response =
        http.get(AUDITOR, "assets/statistics?from=" + today.minusDays(1) + "&to=" + today);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject stats = Http.object(response);
    JsonObject supplier = row(stats.getJsonArray("bySupplier"), s).orElseThrow();
    assertEquals(3, supplier.getInt("faults"));
    assertEquals(0, supplier.getJsonNumber("repairCostFen").longValue(), "no charged repair yet");
    assertEquals(2, row(stats.getJsonArray("byModel"), model).orElseThrow().getInt("faults"));
    assertEquals(1, row(stats.getJsonArray("byModel"), model + "B").orElseThrow().getInt("faults"));
    assertEquals(3, row(stats.getJsonArray("byLocation"), where).orElseThrow().getInt("faults"));

    JsonObject before =
        Http.object(
            http.get(
                AUDITOR,
                "assets/statistics?from=" + today.minusDays(10) + "&to=" + today.minusDays(2)));
    assertTrue(row(before.getJsonArray("bySupplier"), s).isEmpty(), "not in an earlier period");
    JsonObject thisYear = Http.object(http.get(AUDITOR, "assets/statistics"));
    assertEquals(today.withDayOfYear(1).toString(), thisYear.getString("from"));
    assertEquals(
        400, http.get(AUDITOR, "assets/statistics?from=2026-02-01&to=2026-01-01").statusCode());
  }

  @Test
  @DisplayName(
      "The assets whose warranty ends within the days asked are listed, first ending first")
  void expiring() throws Exception {
    String s = "供应商 " + uniq;
    imported(
        3,
        HEADER
            // own end in 10 days
            + line(asset("E10"), "SERVER", "R750", "机房", s, today.minusYears(2), today.plusDays(10))
            // default contract (12 months): ends in 20 days
            + line(
                asset("E20"), "KIOSK", "K200", "图书馆", s, today.plusDays(21).minusMonths(12), null)
            // ends in 100 days
            + line(
                asset("E100"),
                "KIOSK",
                "K200",
                "图书馆",
                s,
                today.minusDays(30),
                today.plusDays(100)));

    List<String> in60 = serials(http.get(HELPDESK, "assets/statistics/expiring"));
    assertTrue(in60.contains(asset("E10")), in60.toString());
    assertTrue(in60.contains(asset("E20")), in60.toString());
    assertFalse(in60.contains(asset("E100")), in60.toString());
    assertTrue(in60.indexOf(asset("E10")) < in60.indexOf(asset("E20")));
    List<String> in15 = serials(http.get(HELPDESK, "assets/statistics/expiring?days=15"));
    assertTrue(in15.contains(asset("E10")) && !in15.contains(asset("E20")), in15.toString());
    assertTrue(
        serials(http.get(HELPDESK, "assets/statistics/expiring?days=120")).contains(asset("E100")));
    assertEquals("ENDING", detail(asset("E20")).getJsonObject("asset").getString("warranty"));
  }

  @Test
  @DisplayName("An asset with three tickets in 90 days has repeated faults; one with two has not")
  void repeatedFaults() throws Exception {
    String s = "供应商 " + uniq;
    imported(
        2,
        HEADER
            + line(asset("R3"), "READER", "R10", "门禁", s, today.minusDays(30), null)
            + line(asset("R2"), "READER", "R10", "门禁", s, today.minusDays(30), null));
    for (int i = 0; i < 3; i++) {
      ticket(asset("R3"), null);
    }
    ticket(asset("R2"), null);
    ticket(asset("R2"), null);

    HttpResponse<String> response = http.get(AUDITOR, "assets/statistics/repeated-faults");
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> repeated = Http.array(response).stream().map(JsonValue::asJsonObject).toList();
    Optional<JsonObject> r3 =
        repeated.stream()
            .filter(r -> r.getJsonObject("asset").getString("serialNo").equals(asset("R3")))
            .findFirst();
    assertEquals(3, r3.orElseThrow().getInt("faults"));
    assertTrue(
        repeated.stream()
            .noneMatch(r -> r.getJsonObject("asset").getString("serialNo").equals(asset("R2"))));
    assertTrue(
        Http.array(http.get(AUDITOR, "assets/statistics/repeated-faults?faults=2&days=1")).stream()
            .anyMatch(
                r ->
                    r.asJsonObject()
                        .getJsonObject("asset")
                        .getString("serialNo")
                        .equals(asset("R2"))));
  }

  @Test
  @DisplayName("Spare parts withdrawn for a ticket about an asset are recorded against the asset")
  void partsRecordedAgainstTheAsset() throws Exception {
    imported(1, HEADER + line(asset("P"), "KIOSK", "K200", "图书馆", "某", today.minusDays(30), null));
    String part = "IT-" + uniq + "-P";
    String depot = "IT" + uniq.substring(Math.max(0, uniq.length() - 10)) + "P";
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "spare-parts/parts",
                "{\"code\":\""
                    + part
                    + "\",\"name\":\"扫码头\",\"unit\":\"个\",\"reorderLevel\":0,"
                    + "\"unitCostFen\":35000}")
            .statusCode());
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "spare-parts/depots",
                "{\"code\":\"" + depot + "\",\"name\":\"测试库\",\"location\":\"信息中心\"}")
            .statusCode());
    http.post(
        HELPDESK,
        "spare-parts/receipts",
        "{\"part\":\"" + part + "\",\"depot\":\"" + depot + "\",\"quantity\":5}");
    String ticketNo = ticket(asset("P"), null);
    String other = ticket(null, null);

    for (String t : List.of(ticketNo, other)) {
      HttpResponse<String> withdrawn =
          http.post(
              TECH,
              "spare-parts/withdrawals",
              "{\"part\":\""
                  + part
                  + "\",\"depot\":\""
                  + depot
                  + "\",\"quantity\":2,"
                  + "\"ticketNo\":\""
                  + t
                  + "\"}");
      assertEquals(201, withdrawn.statusCode(), withdrawn.body());
    }

    JsonObject detail = detail(asset("P"));
    JsonArray used = detail.getJsonArray("partsUsed");
    assertEquals(1, used.size(), used.toString());
    assertEquals(part, used.getJsonObject(0).getString("part"));
    assertEquals(2, used.getJsonObject(0).getInt("quantity"));
    assertEquals(ticketNo, used.getJsonObject(0).getString("ticketNo"));
    assertEquals(70000, detail.getJsonNumber("partsCostFen").longValue());
    assertEquals(ticketNo, detail.getJsonArray("tickets").getJsonObject(0).getString("ticketNo"));
  }

  private static List<String> serials(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.array(response).stream().map(v -> v.asJsonObject().getString("serialNo")).toList();
  }

  /** A field the answer leaves out (JSON-B writes no nulls) or gives as null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
