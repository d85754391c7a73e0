package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;
import static org.yikatong.it.DemoUsers.ITC;
import static org.yikatong.it.DemoUsers.ITC2;
import static org.yikatong.it.DemoUsers.TECH;
import static org.yikatong.it.DemoUsers.TECH2;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.servicedesk.application.TicketResponsibilityChanged;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * Responsibility and repair charges over the REST API with the demo logins: the party from the
 * contract's rules when a ticket is opened, the helpdesk's change with a reason, dispatch to the
 * party's posts or hand-over to its contact, the classification at resolution with the contract's
 * prices, its correction, and the monthly statement as JSON, CSV and PDF. Runs inside the server to
 * hear the responsibility events and to register an asset.
 */
@ExtendWith(ArquillianExtension.class)
class WarrantyResponsibilityIT {

  private static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        WarrantyResponsibilityIT.class,
        Http.class,
        DemoUsers.class,
        ResponsibilityChangesHeard.class);
  }

  @Inject ResponsibilityChangesHeard heard;
  @Inject UserTransaction utx;
  @PersistenceContext EntityManager em;

  private final Http http = new Http();
  private final String uniq = Long.toString(System.nanoTime(), 36).toUpperCase();

  /** The repair cost this year of the assets of a model, as the asset statistics give it. */
  private long modelCost(String model) throws Exception {
    return Http.object(http.get(HELPDESK, "assets/statistics")).getJsonArray("byModel").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("key").equals(model))
        .mapToLong(g -> g.getJsonNumber("repairCostFen").longValue())
        .sum();
  }

  private JsonObject open(String category, String terminal, String contract) throws Exception {
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"图书馆\","
                + (terminal == null
                    ? "\"location\":\"图书馆一楼\","
                    : "\"terminalId\":\"" + terminal + "\",")
                + "\"category\":\""
                + category
                + "\",\"title\":\"圈存机故障 "
                + uniq
                + "\",\"description\":\"圈存机无法读卡 "
                + uniq
                + "\""
                + (contract == null ? "" : ",\"contract\":\"" + contract + "\"")
                + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    return Http.object(opened);
  }

  private JsonObject ticket(String no) throws Exception {
    HttpResponse<String> got = http.get(HELPDESK, "tickets/" + no);
    assertEquals(200, got.statusCode(), got.body());
    return Http.object(got);
  }

  private static String party(JsonObject ticket) {
    return ticket.getJsonObject("responsibility").getString("party");
  }

  private static String assignee(JsonObject ticket) {
    return absent(ticket, "assignee") ? null : ticket.getString("assignee");
  }

  /** Whether a field is left out (the API leaves out what is null) or null. */
  private static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  private static List<String> history(JsonObject ticket, String kind) {
    return ticket.getJsonArray("history").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("kind").equals(kind))
        .map(e -> e.getString("text"))
        .toList();
  }

  @Test
  @DisplayName(
      "the party from the contract's rules; changed by the helpdesk only with a reason, heard and"
          + " dispatched again to the new party's post")
  void partyFromRulesAndChange() throws Exception {
    JsonObject hardware = open("HARDWARE", "K0000001", null);
    String no = hardware.getString("ticketNo");
    assertEquals("HARDWARE_SUPPLIER", party(hardware));
    assertTrue(
        hardware.getJsonObject("responsibility").getString("note").contains("硬件故障由硬件供应商负责"),
        hardware.toString());
    assertTrue(
        List.of(TECH, TECH2).contains(assignee(hardware)),
        "the vendor's desk takes the hardware supplier's tickets under the default contract: "
            + assignee(hardware));
    List<String> told = http.notices(no);
    assertTrue(
        told.contains("VENDOR_INFORMED/service@hardware.example.com/MAIL"),
        "the supplier's contact is told of its part all the same: " + told);

    JsonObject network = open("NETWORK", "K0000002", null);
    assertEquals("UNIVERSITY_IT", party(network));
    assertTrue(
        List.of(ITC, ITC2).contains(assignee(network)),
        "the university's post: " + assignee(network));
    assertTrue(
        history(network, "STATUS").get(0).contains("post CAMPUS_IT"),
        history(network, "STATUS").toString());
    assertTrue(
        http.notices(network.getString("ticketNo")).stream()
            .noneMatch(n -> n.startsWith("VENDOR_INFORMED/")),
        "a ticket of the university's own part concerns no vendor");

    String path = "tickets/" + no + "/responsibility";
    assertEquals(400, http.put(HELPDESK, path, "{\"party\":\"UNIVERSITY_IT\"}").statusCode());
    assertEquals(
        400,
        http.put(HELPDESK, path, "{\"party\":\"UNIVERSITY_IT\",\"reason\":\"  \"}").statusCode());
    assertEquals(
        400, http.put(HELPDESK, path, "{\"party\":\"NOBODY\",\"reason\":\"错\"}").statusCode());
    assertEquals(
        403,
        http.put(TECH, path, "{\"party\":\"UNIVERSITY_IT\",\"reason\":\"技术员\"}").statusCode(),
        "technicians do not move responsibility");
    JsonObject unchanged = ticket(no);
    assertEquals("HARDWARE_SUPPLIER", party(unchanged), "a refused change changes nothing");
    assertEquals(assignee(hardware), assignee(unchanged));
    assertTrue(heard.of(no).isEmpty(), "nothing heard of a refused change");

    HttpResponse<String> changed =
        http.put(HELPDESK, path, "{\"party\":\"UNIVERSITY_IT\",\"reason\":\"校园网交换机断电，非设备故障\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject after = Http.object(changed);
    assertEquals("UNIVERSITY_IT", party(after));
    assertEquals("校园网交换机断电，非设备故障", after.getJsonObject("responsibility").getString("note"));
    assertTrue(
        List.of(ITC, ITC2).contains(assignee(after)), "dispatched again: " + assignee(after));
    List<TicketResponsibilityChanged> events = heard.of(no);
    assertEquals(1, events.size(), events.toString());
    assertEquals(ResponsibleParty.HARDWARE_SUPPLIER, events.get(0).before());
    assertEquals(ResponsibleParty.UNIVERSITY_IT, events.get(0).after());
    assertEquals("校园网交换机断电，非设备故障", events.get(0).reason());
    assertEquals(HELPDESK, events.get(0).by());
    assertTrue(
        history(after, "RESPONSIBILITY").get(1).startsWith("HARDWARE_SUPPLIER → UNIVERSITY_IT"),
        history(after, "RESPONSIBILITY").toString());
  }

  @Test
  @DisplayName(
      "a contract without the vendor's desk for hardware: the supplier's ticket handed to its"
          + " contact by mail, the helpdesk told; no rule: the university's post")
  void handOverToSupplier() throws Exception {
    String code = "WRT" + uniq.substring(Math.max(0, uniq.length() - 8));
    String mail = "hw-" + uniq.toLowerCase() + "@hardware.example.com";
    HttpResponse<String> created =
        http.post(
            ADMIN,
            "sla-contracts",
            "{\"code\":\"" + code + "\",\"name\":\"测试合同\",\"vendor\":\"测试\",\"calendar\":\"CN\"}");
    assertEquals(201, created.statusCode(), created.body());
    String contract = "sla-contracts/" + code;
    assertEquals(
        400,
        http.put(
                ADMIN,
                contract + "/warranty",
                "{\"warrantyMonths\":12,\"partsPricePercent\":120,\"labourFenPerHour\":12000}")
            .statusCode(),
        "parts at more than their cost");
    assertEquals(
        403,
        http.put(
                HELPDESK,
                contract + "/warranty",
                "{\"warrantyMonths\":12,\"partsPricePercent\":80,\"labourFenPerHour\":12000}")
            .statusCode(),
        "only administrators change contract terms");
    HttpResponse<String> terms =
        http.put(
            ADMIN,
            contract + "/warranty",
            "{\"warrantyMonths\":24,\"partsPricePercent\":80,\"labourFenPerHour\":15000,"
                + "\"deskTakesHardware\":false}");
    assertEquals(200, terms.statusCode(), terms.body());
    JsonObject warranty = Http.object(terms).getJsonObject("warranty");
    assertEquals(24, warranty.getInt("warrantyMonths"));
    assertFalse(warranty.getBoolean("deskTakesHardware"));
    assertEquals(
        400,
        http.put(
                ADMIN,
                contract + "/parties/HARDWARE_SUPPLIER",
                "{\"organisation\":\"测试硬件公司\",\"contactEmail\":\"not-an-address\"}")
            .statusCode());
    HttpResponse<String> partySet =
        http.put(
            ADMIN,
            contract + "/parties/HARDWARE_SUPPLIER",
            "{\"organisation\":\"测试硬件公司\",\"contactName\":\"李工\",\"contactPhone\":\"400-100\","
                + "\"contactEmail\":\""
                + mail
                + "\"}");
    assertEquals(200, partySet.statusCode(), partySet.body());
    assertEquals(
        400,
        http.put(ADMIN, contract + "/responsibilities", "{\"party\":\"HARDWARE_SUPPLIER\"}")
            .statusCode(),
        "a rule names a type, a category or both");
    HttpResponse<String> rule =
        http.put(
            ADMIN,
            contract + "/responsibilities",
            "{\"category\":\"HARDWARE\",\"party\":\"HARDWARE_SUPPLIER\",\"note\":\"硬件由供应商上门\"}");
    assertEquals(200, rule.statusCode(), rule.body());
    assertEquals(1, Http.object(rule).getJsonArray("responsibilities").size());

    JsonObject hardware = open("HARDWARE", null, code);
    String no = hardware.getString("ticketNo");
    assertEquals("HARDWARE_SUPPLIER", party(hardware));
    assertEquals("NEW", hardware.getString("status"), "no post of the supplier's");
    assertNull(assignee(hardware));
    assertEquals(
        "测试硬件公司 (李工, 400-100)", hardware.getJsonObject("responsibility").getString("handedTo"));
    assertEquals(List.of("测试硬件公司 (李工, 400-100)"), history(hardware, "HANDED_OVER"));
    List<String> notices = http.notices(no);
    assertTrue(notices.contains("HANDED_OVER/" + mail + "/MAIL"), notices.toString());
    assertTrue(notices.contains("HANDED_OVER/helpdesk/MAIL"), notices.toString());
    JsonObject toSupplier =
        Http.array(http.get(HELPDESK, "notifications?max=100&reference=" + no)).stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("recipient").equals(mail))
            .findFirst()
            .orElseThrow();
    assertEquals("PENDING", toSupplier.getString("status"), toSupplier.toString());
    assertTrue(toSupplier.getString("text").contains(no), toSupplier.toString());
    assertTrue(toSupplier.getString("text").contains("图书馆一楼"), toSupplier.toString());
    assertTrue(toSupplier.getString("text").contains("圈存机无法读卡 " + uniq));

    JsonObject power = open("POWER", null, code);
    assertEquals("UNIVERSITY_IT", party(power));
    assertTrue(
        power.getJsonObject("responsibility").getString("note").contains("无适用的责任规则"),
        power.toString());
    assertTrue(List.of(ITC, ITC2).contains(assignee(power)), "the university's post");

    HttpResponse<String> removed =
        http.delete(ADMIN, contract + "/responsibilities?category=HARDWARE");
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(
        404, http.delete(ADMIN, contract + "/responsibilities?category=HARDWARE").statusCode());
  }

  @Test
  @DisplayName(
      "resolution classified: the proposal by default, a chargeable one only with a reason, priced"
          + " at the contract's share of the parts and its labour rate; corrected with a reason;"
          + " the monthly statement")
  void classificationAndStatement() throws Exception {
    // Parts withdrawn for the ticket: 2 × 350.00 at the default contract's 85 %.
    String part = "WR-" + uniq;
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "spare-parts/parts",
                "{\"code\":\""
                    + part
                    + "\",\"name\":\"读卡模块\",\"unit\":\"个\",\"reorderLevel\":0,\"unitCostFen\":35000}")
            .statusCode());
    String depot = "WR" + uniq.substring(Math.max(0, uniq.length() - 10));
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "spare-parts/depots",
                "{\"code\":\"" + depot + "\",\"name\":\"测试库\",\"location\":\"信息中心\"}")
            .statusCode());
    assertEquals(
        201,
        http.post(
                HELPDESK,
                "spare-parts/receipts",
                "{\"part\":\"" + part + "\",\"depot\":\"" + depot + "\",\"quantity\":5}")
            .statusCode());
    String no = open("HARDWARE", "K0000001", null).getString("ticketNo");
    HttpResponse<String> withdrawn =
        http.post(
            TECH,
            "spare-parts/withdrawals",
            "{\"part\":\""
                + part
                + "\",\"depot\":\""
                + depot
                + "\",\"quantity\":2,\"ticketNo\":\""
                + no
                + "\"}");
    assertEquals(201, withdrawn.statusCode(), withdrawn.body());

    String resolve = "tickets/" + no + "/resolve";
    HttpResponse<String> proposal = http.get(TECH, "tickets/" + no + "/charge-proposal");
    assertEquals(200, proposal.statusCode(), proposal.body());
    assertEquals("WARRANTY", Http.object(proposal).getString("charge"));
    assertEquals(
        400,
        http.post(
                TECH,
                resolve,
                "{\"text\":\"更换读卡模块\",\"charge\":\"DAMAGE_BY_PEOPLE\",\"labourMinutes\":45}")
            .statusCode(),
        "a chargeable repair gives its reason");
    assertEquals(
        400,
        http.post(
                TECH, resolve, "{\"text\":\"更换读卡模块\",\"charge\":\"WARRANTY\",\"labourMinutes\":-1}")
            .statusCode(),
        "no negative work");
    JsonObject before = ticket(no);
    assertFalse(before.getString("status").equals("RESOLVED"), "nothing saved");
    assertTrue(absent(before, "charge"));

    HttpResponse<String> resolved =
        http.post(
            TECH,
            resolve,
            "{\"text\":\"更换读卡模块\",\"charge\":\"DAMAGE_BY_PEOPLE\",\"reason\":\"读卡口被硬物撬坏\","
                + "\"labourMinutes\":45}");
    assertEquals(200, resolved.statusCode(), resolved.body());
    JsonObject charge = Http.object(resolved).getJsonObject("charge");
    assertEquals("DAMAGE_BY_PEOPLE", charge.getString("charge"));
    assertEquals("读卡口被硬物撬坏", charge.getString("reason"));
    assertEquals(59_500, charge.getJsonNumber("partsFen").longValue(), "700.00 at 85 %");
    assertEquals(9_000, charge.getJsonNumber("labourFen").longValue(), "45 min at 120.00 an hour");
    assertEquals(68_500, charge.getJsonNumber("totalFen").longValue());

    String correct = "tickets/" + no + "/charge";
    assertEquals(
        400,
        http.put(HELPDESK, correct, "{\"charge\":\"WARRANTY\"}").statusCode(),
        "a correction gives its reason");
    assertEquals(
        403,
        http.put(TECH, correct, "{\"charge\":\"WARRANTY\",\"reason\":\"复核\"}").statusCode(),
        "the helpdesk corrects");
    JsonObject free =
        Http.object(
                http.put(HELPDESK, correct, "{\"charge\":\"WARRANTY\",\"reason\":\"复核：属材料问题\"}"))
            .getJsonObject("charge");
    assertEquals("WARRANTY", free.getString("charge"));
    assertEquals(0, free.getJsonNumber("totalFen").longValue());
    assertEquals(45, free.getInt("labourMinutes"), "the minutes stay");
    JsonObject again =
        Http.object(
                http.put(
                    HELPDESK,
                    correct,
                    "{\"charge\":\"DAMAGE_BY_PEOPLE\",\"reason\":\"复核：监控确认人为损坏\","
                        + "\"labourMinutes\":60}"))
            .getJsonObject("charge");
    assertEquals(71_500, again.getJsonNumber("totalFen").longValue(), "595.00 + 120.00");
    assertEquals(3, history(ticket(no), "CHARGE").size(), "every classification in history");

    // A ticket resolved without a classification: the system's proposal with its reason (a
    // place, no terminal: no registered asset).
    String plain = open("HARDWARE", null, null).getString("ticketNo");
    JsonObject plainCharge =
        Http.object(http.post(TECH, "tickets/" + plain + "/resolve", "{\"text\":\"重启恢复\"}"))
            .getJsonObject("charge");
    assertEquals("WARRANTY", plainCharge.getString("charge"));
    assertEquals("未登记资产，按保修处理", plainCharge.getString("reason"));
    assertEquals(0, plainCharge.getJsonNumber("totalFen").longValue());

    // An asset whose warranty ended: proposed out of warranty, and charged by default.
    String late = open("HARDWARE", "K0000001", null).getString("ticketNo");
    String serial = "IT-SN-" + uniq;
    utx.begin();
    Asset asset =
        new Asset(
            serial,
            AssetType.KIOSK,
            "KS-200",
            "图书馆一楼",
            "测试硬件公司",
            LocalDate.now(CAMPUS).minusYears(2),
            Instant.now());
    em.persist(asset);
    em.flush();
    em.createQuery("select t from Ticket t where t.ticketNo = :no", Ticket.class)
        .setParameter("no", late)
        .getSingleResult()
        .concernsAsset(asset.getId(), serial, Instant.now(), "it");
    utx.commit();
    JsonObject lateProposal =
        Http.object(http.get(HELPDESK, "tickets/" + late + "/charge-proposal"));
    assertEquals("OUT_OF_WARRANTY", lateProposal.getString("charge"));
    assertTrue(lateProposal.getString("reason").contains("保修期已于"), lateProposal.toString());
    long modelCostBefore = modelCost("KS-200");
    JsonObject lateCharge =
        Http.object(
                http.post(
                    TECH,
                    "tickets/" + late + "/resolve",
                    "{\"text\":\"更换电源\",\"labourMinutes\":30}"))
            .getJsonObject("charge");
    assertEquals("OUT_OF_WARRANTY", lateCharge.getString("charge"));
    assertEquals(6_000, lateCharge.getJsonNumber("totalFen").longValue(), "30 min, no parts");
    // The charge is the asset's repair cost: on its page and in the statistics by model.
    JsonObject onAsset =
        Http.object(http.get(HELPDESK, "assets/" + serial)).getJsonArray("tickets").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("ticketNo").equals(late))
            .findFirst()
            .orElseThrow();
    assertEquals("OUT_OF_WARRANTY", onAsset.getString("repairCharge"));
    assertEquals(6_000, onAsset.getJsonNumber("chargedFen").longValue());
    assertEquals(6_000, modelCost("KS-200") - modelCostBefore, "the statistics count the repair");
    assertEquals(
        400,
        http.post(
                TECH,
                "tickets/" + open("HARDWARE", "K0000001", null).getString("ticketNo") + "/resolve",
                "{\"text\":\"更换\",\"charge\":\"OUT_OF_WARRANTY\"}")
            .statusCode(),
        "against the proposal without a reason");

    // The month's statement of the hardware supplier.
    String month = YearMonth.now(CAMPUS).toString();
    String query = "?month=" + month + "&party=HARDWARE_SUPPLIER";
    HttpResponse<String> json = http.get(FINANCE, "warranty-statements" + query);
    assertEquals(200, json.statusCode(), json.body());
    JsonObject statement = Http.object(json);
    List<JsonObject> lines =
        statement.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
    JsonObject line =
        lines.stream().filter(l -> l.getString("ticketNo").equals(no)).findFirst().orElseThrow();
    assertEquals("DAMAGE_BY_PEOPLE", line.getString("charge"));
    assertEquals(59_500, line.getJsonNumber("partsFen").longValue());
    assertEquals(60, line.getInt("labourMinutes"));
    assertEquals(12_000, line.getJsonNumber("labourFen").longValue());
    assertEquals(71_500, line.getJsonNumber("totalFen").longValue());
    JsonObject lateLine =
        lines.stream().filter(l -> l.getString("ticketNo").equals(late)).findFirst().orElseThrow();
    assertEquals(serial, lateLine.getString("assetSerial"));
    assertEquals("KS-200", lateLine.getString("assetModel"));
    assertTrue(lines.stream().anyMatch(l -> l.getString("ticketNo").equals(plain)));
    long chargeable =
        lines.stream()
            .filter(l -> !absent(l, "charge") && !l.getString("charge").equals("WARRANTY"))
            .count();
    long chargeableFen =
        lines.stream()
            .filter(l -> !absent(l, "charge") && !l.getString("charge").equals("WARRANTY"))
            .mapToLong(l -> l.getJsonNumber("totalFen").longValue())
            .sum();
    assertEquals(chargeable, statement.getInt("chargeable"));
    assertEquals(chargeableFen, statement.getJsonNumber("chargeableFen").longValue());
    assertEquals(
        lines.stream()
            .filter(l -> !absent(l, "charge") && l.getString("charge").equals("WARRANTY"))
            .count(),
        statement.getInt("free"));
    assertTrue(statement.getInt("chargeable") >= 2 && statement.getInt("free") >= 1);

    HttpResponse<String> csv =
        http.get(AUDITOR, "warranty-statements/statement.csv" + query, "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    List<String> rows = csv.body().lines().toList();
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.startsWith(no + ",") && r.endsWith(",595.00,60,120.00,715.00")),
        csv.body());
    assertEquals(
        "total,chargeableYuan,"
            + (chargeableFen / 100)
            + "."
            + String.format("%02d", chargeableFen % 100),
        rows.get(rows.size() - 1));

    HttpResponse<byte[]> pdf =
        http.bytes(HELPDESK, "warranty-statements/statement.pdf" + query, "application/pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf.body());
    try {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(page));
      }
      assertTrue(text.toString().contains(no), text.toString());
      assertTrue(text.toString().contains("715.00"), text.toString());
    } finally {
      reader.close();
    }

    assertEquals(
        400,
        http.get(FINANCE, "warranty-statements?month=2026-13&party=HARDWARE_SUPPLIER")
            .statusCode());
    assertEquals(400, http.get(FINANCE, "warranty-statements?month=" + month).statusCode());
    assertEquals(403, http.get(TECH, "warranty-statements" + query).statusCode());
  }
}
