package org.yikatong.servicedesk.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.application.WarrantyAgreement;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/** The printed warranty agreement, read back: every part the warranty measures ask for. */
class WarrantyAgreementPdfTest {

  private static WarrantyAgreement agreement() {
    return new WarrantyAgreement(
        "DEFAULT",
        "一卡通系统运维服务合同",
        "系统供应商",
        "中国大陆法定节假日",
        12,
        85,
        12_050,
        List.of(
            new WarrantyAgreement.AssetCount(AssetType.TERMINAL, 42),
            new WarrantyAgreement.AssetCount(AssetType.SERVER, 3)),
        List.of(
            new WarrantyAgreement.Target(
                TicketLevel.LEVEL_1,
                SlaEvent.Target.RESPONSE,
                SlaTarget.minutes(15),
                WorkingCalendar.Basis.ROUND_THE_CLOCK),
            new WarrantyAgreement.Target(
                TicketLevel.LEVEL_3,
                SlaEvent.Target.RESOLUTION,
                SlaTarget.workingDays(2),
                WorkingCalendar.Basis.WORKING_HOURS)),
        List.of(
            new WarrantyAgreement.Party(
                ResponsibleParty.HARDWARE_SUPPLIER,
                "华东终端设备公司",
                "张工",
                "400-800-0001",
                "service@hardware.example.com"),
            new WarrantyAgreement.Party(
                ResponsibleParty.UNIVERSITY_IT, "学校信息化办公室", null, null, null)),
        List.of(
            new WarrantyAgreement.Responsibility(
                null, TicketCategory.HARDWARE, ResponsibleParty.HARDWARE_SUPPLIER, "硬件故障"),
            new WarrantyAgreement.Responsibility(
                AssetType.SERVER,
                TicketCategory.SECURITY,
                ResponsibleParty.UNIVERSITY_IT,
                "数据安全由学校负责")),
        List.of(
            new WarrantyAgreement.Escalation(
                "食堂终端岗", "第一食堂", ResponsibleParty.SOFTWARE_DEVELOPER, "lead", "manager")),
        Instant.parse("2026-12-02T02:30:00Z"));
  }

  @Test
  @DisplayName(
      "the agreement prints scope, response times, escalation, channels, fees and responsibility")
  void printsEveryPart() throws Exception {
    byte[] pdf = new WarrantyAgreementPdf().render(agreement());

    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf);
    try {
      byte[] content = PdfPages.content(reader);
      for (String chinese :
          List.of(
              WarrantyAgreementPdf.TITLE,
              "一、保修范围",
              "消费终端",
              "服务器",
              "二、响应与处理时限",
              "一级",
              "响应",
              "分钟",
              "全天连续计时",
              "个工作日",
              "三、服务流程",
              "四、升级路径",
              "食堂终端岗",
              "五、报修渠道与联系人",
              "华东终端设备公司",
              "张工",
              "六、收费标准",
              "七、责任划分",
              "硬件供应商",
              "学校信息中心",
              "数据安全由学校负责")) {
        assertTrue(PdfPages.hasChinese(content, chinese), chinese + " is printed");
      }
      for (String latin :
          List.of("DEFAULT", "42", "15", "400-800-0001", "85%", "120.50", "2026-12-02 10:30")) {
        assertTrue(PdfPages.hasLatin(content, latin), latin + " is printed");
      }
      assertFalse(PdfPages.hasChinese(content, "软件缺陷由开发商负责"), "only the contract's rules");
    } finally {
      reader.close();
    }
  }
}
