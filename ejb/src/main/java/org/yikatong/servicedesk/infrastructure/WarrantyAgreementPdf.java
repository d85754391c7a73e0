package org.yikatong.servicedesk.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.yikatong.kernel.infrastructure.PdfFonts;
import org.yikatong.servicedesk.application.WarrantyAgreement;
import org.yikatong.servicedesk.application.WarrantyAgreementRenderer;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * Prints a contract's warranty agreement, 《保修协议》: scope, response times per level, process,
 * escalation, channels, fees and the responsibility table, as the warranty measures ask it to be
 * written down before delivery. Set in the printables' fonts ({@link PdfFonts}); no state.
 */
@ApplicationScoped
public class WarrantyAgreementPdf implements WarrantyAgreementRenderer {

  /** The document's title. */
  public static final String TITLE = "保修协议";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Override
  public byte[] render(WarrantyAgreement a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 42, 42);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(TITLE + " " + a.contractCode());
      document.addCreator("Yikatong");
      document.open();
      PdfFonts f = new PdfFonts();

      Paragraph title = new Paragraph(f.title.process(TITLE));
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph sub =
          new Paragraph(f.body.process(a.contractName() + "（合同编号 " + a.contractCode() + "）"));
      sub.setAlignment(Element.ALIGN_CENTER);
      sub.setSpacingAfter(10);
      document.add(sub);

      heading(document, f, "一、保修范围");
      text(
          document,
          f,
          "本协议适用于本合同项下经验收合格的一卡通系统软硬件（终端、读卡器、自助机、网关与服务器）。"
              + "免费保修期自验收合格之日起 "
              + a.warrantyMonths()
              + " 个月；单台设备另有约定的，以资产登记的保修截止日为准。保修期内因安装、材料或产品质量"
              + "造成的损坏免费修复或更换；人为损坏不在免费保修范围内。");
      if (a.assetCounts().isEmpty()) {
        text(document, f, "资产登记中尚无属于本合同的设备。");
      } else {
        PdfPTable scope = table(new float[] {3f, 1f});
        header(scope, f, "设备类型", "登记数量");
        for (WarrantyAgreement.AssetCount c : a.assetCounts()) {
          cells(scope, f, assetType(c.type()), Long.toString(c.count()));
        }
        document.add(scope);
      }

      heading(document, f, "二、响应与处理时限");
      text(document, f, "时限按 " + a.calendarName() + " 计算。");
      PdfPTable targets = table(new float[] {1f, 1.4f, 1f, 1.4f});
      header(targets, f, "故障级别", "时限项目", "时限", "计时方式");
      for (WarrantyAgreement.Target t : a.targets()) {
        cells(targets, f, level(t.level()), target(t.target()), time(t.time()), basis(t.basis()));
      }
      document.add(targets);

      heading(document, f, "三、服务流程");
      text(
          document,
          f,
          "1. 报修：通过下列渠道报修，服务台登记工单并分级。\n"
              + "2. 定责：按第七条责任划分确定责任方；服务台可注明理由后调整责任方。\n"
              + "3. 派单：责任方为学校的，派给学校的值班技术人员；为供应商的，派给其驻场人员，"
              + "无驻场人员时通知其联系人。\n"
              + "4. 处理与记录：响应、到场、方案与解决均记录时间，更换的备件登记到设备。\n"
              + "5. 结算：解决时认定保修内或收费（人为损坏、过保），收费维修按第六条计价，按月出具对账单，双方核对。");

      heading(document, f, "四、升级路径");
      PdfPTable chain = table(new float[] {1.6f, 1.4f, 1.2f, 1f, 1f});
      header(chain, f, "值班岗位", "区域", "人员所属", "第一级（预警）", "第二级（超时）");
      for (WarrantyAgreement.Escalation e : a.escalations()) {
        cells(
            chain,
            f,
            e.post(),
            e.area() == null ? "全校" : e.area(),
            party(e.staffedBy()),
            e.teamLead(),
            e.manager());
      }
      document.add(chain);

      heading(document, f, "五、报修渠道与联系人");
      StringBuilder channels = new StringBuilder("报修渠道：");
      for (TicketChannel c : TicketChannel.values()) {
        channels
            .append(channel(c))
            .append(c.ordinal() < TicketChannel.values().length - 1 ? "、" : "。");
      }
      text(document, f, channels.toString());
      PdfPTable parties = table(new float[] {1.2f, 2f, 1.4f, 1.2f, 2f});
      header(parties, f, "责任方", "单位", "联系人", "电话", "电子邮件");
      for (WarrantyAgreement.Party p : a.parties()) {
        cells(
            parties,
            f,
            party(p.party()),
            p.organisation(),
            orDash(p.contact()),
            orDash(p.phone()),
            orDash(p.email()));
      }
      document.add(parties);

      heading(document, f, "六、收费标准");
      text(
          document,
          f,
          "保修期内非人为损坏：免费。人为损坏或保修期外：备件按成本价的 "
              + a.partsPricePercent()
              + "% 计价，人工按每小时 "
              + yuan(a.labourFenPerHour())
              + " 元计价（按实际工时，精确到分钟）。");

      heading(document, f, "七、责任划分");
      PdfPTable resp = table(new float[] {1.2f, 1.2f, 1.3f, 3f});
      header(resp, f, "故障类别", "设备类型", "责任方", "说明");
      for (WarrantyAgreement.Responsibility r : a.responsibilities()) {
        cells(
            resp,
            f,
            r.category() == null ? "任何类别" : category(r.category()),
            r.assetType() == null ? "任何设备" : assetType(r.assetType()),
            party(r.party()),
            orDash(r.note()));
      }
      document.add(resp);
      text(
          document,
          f,
          "未列明的故障：软件缺陷由软件开发商负责，硬件故障由硬件供应商负责，其余由学校负责。" + "责任方负责的工单超时按合同考核扣款；学校或持卡人负责的工单超时只记录，不扣款。");

      PdfPTable sign = new PdfPTable(2);
      sign.setWidthPercentage(100);
      sign.setSpacingBefore(24);
      sign.setKeepTogether(true);
      for (String line : List.of("甲方（学校）签章：", "乙方（" + orDash(a.vendor()) + "）签章：", "日期：", "日期：")) {
        PdfPCell c = new PdfPCell(f.body.process(line));
        c.setBorder(PdfPCell.NO_BORDER);
        c.setPaddingBottom(28);
        sign.addCell(c);
      }
      document.add(sign);
      Paragraph footer =
          new Paragraph(f.small.process("打印时间 " + TIME.format(a.printedAt()) + " · 一卡通服务台"));
      footer.setAlignment(Element.ALIGN_RIGHT);
      footer.setSpacingBefore(12);
      document.add(footer);
    } catch (DocumentException e) {
      throw new IllegalStateException("The warranty agreement could not be printed", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void heading(Document d, PdfFonts f, String text) throws DocumentException {
    Paragraph p = new Paragraph(f.heading.process(text));
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    d.add(p);
  }

  private static void text(Document d, PdfFonts f, String text) throws DocumentException {
    Paragraph p = new Paragraph(f.body.process(text));
    p.setSpacingAfter(4);
    d.add(p);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingAfter(6);
    t.setHeaderRows(1);
    t.setKeepTogether(true);
    return t;
  }

  private static void header(PdfPTable t, PdfFonts f, String... texts) {
    for (String s : texts) {
      PdfPCell c = new PdfPCell(f.bold.process(s));
      c.setPadding(4);
      c.setGrayFill(0.92f);
      t.addCell(c);
    }
  }

  private static void cells(PdfPTable t, PdfFonts f, String... texts) {
    for (String s : texts) {
      PdfPCell c = new PdfPCell(f.body.process(s == null ? "" : s));
      c.setPadding(4);
      t.addCell(c);
    }
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static String yuan(long fen) {
    return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
  }

  static String party(ResponsibleParty p) {
    return switch (p) {
      case HARDWARE_SUPPLIER -> "硬件供应商";
      case SOFTWARE_DEVELOPER -> "软件开发商";
      case UNIVERSITY_IT -> "学校信息中心";
      case CARD_HOLDER -> "持卡人";
    };
  }

  static String assetType(AssetType t) {
    return switch (t) {
      case TERMINAL -> "消费终端";
      case READER -> "读卡器";
      case KIOSK -> "自助机";
      case GATEWAY -> "网关";
      case SERVER -> "服务器";
    };
  }

  static String category(TicketCategory c) {
    return switch (c) {
      case HARDWARE -> "硬件";
      case SOFTWARE -> "软件";
      case NETWORK -> "网络";
      case POWER -> "供电";
      case OPERATOR_ERROR -> "操作失误";
      case SECURITY -> "安全";
    };
  }

  private static String level(TicketLevel l) {
    return switch (l) {
      case LEVEL_1 -> "一级";
      case LEVEL_2 -> "二级";
      case LEVEL_3 -> "三级";
    };
  }

  private static String target(SlaEvent.Target t) {
    return switch (t) {
      case RESPONSE -> "响应";
      case ON_SITE -> "到场";
      case PLAN -> "提交应急预案";
      case FIX_PLAN -> "提交解决方案";
      case RESOLUTION -> "解决";
    };
  }

  private static String time(SlaTarget t) {
    return t.amount()
        + switch (t.unit()) {
          case MINUTES -> " 分钟";
          case HOURS -> " 小时";
          case WORKING_DAYS -> " 个工作日";
        };
  }

  private static String basis(WorkingCalendar.Basis b) {
    return switch (b) {
      case ROUND_THE_CLOCK -> "全天连续计时";
      case DUTY_HOURS -> "值班时间";
      case WORKING_HOURS -> "工作日值班时间";
    };
  }

  private static String channel(TicketChannel c) {
    return switch (c) {
      case WECHAT -> "微信";
      case APP -> "手机 App";
      case PHONE -> "服务台电话";
      case WEB -> "网页";
      case MONITORING -> "系统监控自动报障";
    };
  }
}
