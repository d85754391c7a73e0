package org.yikatong.servicedesk.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;

/**
 * The printed form, read back with OpenPDF. Chinese is set in the non-embedded STSong-Light, which
 * has no ToUnicode map for text extraction, so Chinese is checked in the page content as the font's
 * UCS-2 codes; Latin text (numbers, user names, dates) is extracted as text.
 */
class MaintenanceFormPdfTest {

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 11, day, hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }

  private static MaintenanceRequest archived() {
    MaintenanceRequest r =
        new MaintenanceRequest(
            MaintenanceKind.ADAPTIVE,
            "教务处",
            "李老师",
            "13900000000",
            null,
            "K0000001",
            "圈存机适配新银行接口",
            "合作银行升级了圈存接口，需要适配",
            at(20, 10),
            "helpdesk");
    r.scheduleDeadlines(WorkingCalendar.contract(Set.of(), Set.of()));
    r.review("属于适应性维护，受理", at(20, 14), "tech");
    r.agreePlan("按银行新规范改造圈存前置", null, at(23, 10), "tech");
    r.startImplementation(null, at(23, 15), "tech");
    r.implement("前置已升级 v2.3", at(24, 18), "tech");
    r.verify("联调通过", at(25, 10), "helpdesk");
    r.confirm("运行正常", null, at(26, 10), "helpdesk");
    r.archive(null, at(26, 11), "admin");
    return r;
  }

  @Test
  @DisplayName("the PDF names the request and has the Chinese form in a CJK font")
  void printsTheForm() throws Exception {
    MaintenanceRequest r = archived();

    byte[] pdf = new MaintenanceFormPdf().render(r, at(27, 9));

    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf);
    try {
      assertTrue(reader.getNumberOfPages() >= 1);
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains(r.getRequestNo()), "the number is searchable: " + text);
      assertEquals(Set.of("Helvetica", "STSong-Light-UniGB-UCS2-H"), PdfPages.fonts(reader, 1));
      byte[] content = reader.getPageContent(1);
      for (String chinese :
          new String[] {
            MaintenanceFormPdf.TITLE,
            "教务处",
            "李老师",
            "合作银行升级了圈存接口，需要适配",
            "属于适应性维护，受理",
            "按银行新规范改造圈存前置",
            "联调通过",
            "运行正常",
            "审核处理意见",
            "处理记录"
          }) {
        assertTrue(PdfPages.contains(content, PdfPages.ucs2(chinese)), chinese + " is on the page");
      }
    } finally {
      reader.close();
    }
  }

  @Test
  @DisplayName("every step's signature and date are printed")
  void signaturesAndDates() throws Exception {
    MaintenanceRequest r = archived();
    byte[] pdf = new MaintenanceFormPdf().render(r, at(27, 9));
    PdfReader reader = new PdfReader(pdf);
    try {
      byte[] content = reader.getPageContent(1);
      for (String latin :
          new String[] {
            "2026-11-20 14:00", // reviewed
            "2026-11-23 10:00", // plan agreed
            "2026-11-24 18:00", // implemented
            "2026-11-25 10:00", // verified
            "2026-11-26 10:00", // confirmed
            "2026-11-26 11:00", // archived
            "admin",
            "K0000001",
            "v2.3"
          }) {
        assertTrue(
            PdfPages.contains(content, latin.getBytes(StandardCharsets.ISO_8859_1)),
            latin + " is printed");
      }
    } finally {
      reader.close();
    }
  }
}
