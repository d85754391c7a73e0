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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.yikatong.kernel.infrastructure.PdfFonts;
import org.yikatong.servicedesk.application.MaintenanceForms;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceDeadline;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequestEvent;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceStatus;

/**
 * Prints a maintenance request as the customer's form, 《用户问题反馈及落实情况表》 (user problem feedback and
 * resolution form (after-sales plan)), with every field, the signature (who, when) of every step,
 * the contract deadlines of a custom change request, and the whole history.
 *
 * <p>Set in the printables' fonts ({@link PdfFonts}). Plain Java, thread-safe, no state.
 */
@ApplicationScoped
public class MaintenanceFormPdf implements MaintenanceForms {

  /** The form's title as the contract names it. */
  public static final String TITLE = "用户问题反馈及落实情况表";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  /**
   * @param printedAt when it is printed (shown in the footer)
   * @return the PDF's bytes
   */
  @Override
  public byte[] render(MaintenanceRequest r, Instant printedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 42, 42);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(TITLE + " " + r.getRequestNo());
      document.addCreator("Yikatong");
      document.open();
      PdfFonts f = new PdfFonts();

      Paragraph title = new Paragraph(f.title.process(TITLE));
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph no = new Paragraph(f.body.process("编号 No. " + r.getRequestNo()));
      no.setAlignment(Element.ALIGN_RIGHT);
      no.setSpacingAfter(8);
      document.add(no);

      PdfPTable form = new PdfPTable(new float[] {1.3f, 4f});
      form.setWidthPercentage(100);
      row(form, f, "维护类型", r.getKind().label() + " (" + r.getKind() + ")");
      row(form, f, "当前状态", r.getStatus().label() + " (" + r.getStatus() + ")");
      row(form, f, "申请单位/部门", r.getRequestingUnit());
      row(
          form,
          f,
          "申请人",
          r.getRequesterName()
              + (r.getRequesterHolderNo() == null
                  ? ""
                  : "（持卡人 " + r.getRequesterHolderNo() + "，本人提交）"));
      row(form, f, "联系方式", r.getRequesterContact());
      row(form, f, "提交", signed(r.getCreatedBy(), r.getCreatedAt()));
      if (r.getTicket() != null) {
        row(form, f, "关联工单", r.getTicket().getTicketNo());
      }
      if (r.getTerminalCode() != null) {
        row(form, f, "终端", r.getTerminalCode());
      }
      row(form, f, "标题", r.getTitle());
      row(form, f, "问题/需求描述", r.getDescription());
      step(form, f, r, "审核处理意见", r.getHandlingOpinion(), MaintenanceStatus.REVIEWED);
      if (r.getRejectionReason() != null) {
        step(form, f, r, "不予受理理由", r.getRejectionReason(), MaintenanceStatus.REJECTED);
      }
      step(
          form,
          f,
          r,
          "维护方案",
          r.getPlan() == null ? null : r.getPlan() + "\n用户确认人：" + r.getPlanAgreedBy(),
          MaintenanceStatus.PLAN_AGREED);
      step(form, f, r, "实施记录", r.getImplementation(), MaintenanceStatus.IMPLEMENTED);
      step(form, f, r, "验证结果", r.getVerification(), MaintenanceStatus.VERIFIED);
      step(
          form,
          f,
          r,
          "用户确认",
          r.getUserConfirmation() == null
              ? null
              : r.getUserConfirmation() + "\n确认人：" + r.getConfirmedBy(),
          MaintenanceStatus.CONFIRMED);
      step(form, f, r, "归档", r.getArchivedAt() == null ? null : "已归档", MaintenanceStatus.ARCHIVED);
      if (r.getKind().isCustomRequest()) {
        StringBuilder deadlines = new StringBuilder();
        for (MaintenanceDeadline d : MaintenanceDeadline.values()) {
          if (r.due(d) == null) {
            continue;
          }
          deadlines
              .append(d.label())
              .append("：期限 ")
              .append(time(r.due(d)))
              .append(r.metAt(d) == null ? "" : "，完成 " + time(r.metAt(d)))
              .append(r.warnedAt(d) == null || r.breachedAt(d) != null ? "" : "，已提醒")
              .append(r.breachedAt(d) == null ? "" : "，已超期")
              .append('\n');
        }
        row(form, f, "合同期限 [定制需求]", deadlines.toString().strip());
      }
      document.add(form);

      Paragraph history = new Paragraph(f.heading.process("处理记录"));
      history.setSpacingBefore(12);
      history.setSpacingAfter(6);
      document.add(history);
      PdfPTable events = new PdfPTable(new float[] {1.5f, 1.1f, 1.3f, 1.4f, 3.2f});
      events.setWidthPercentage(100);
      events.setHeaderRows(1);
      for (String h : new String[] {"时间", "经办人", "事项", "状态", "说明"}) {
        PdfPCell cell = new PdfPCell(f.bold.process(h));
        cell.setGrayFill(0.9f);
        events.addCell(cell);
      }
      for (MaintenanceRequestEvent e : r.getEvents()) {
        events.addCell(new PdfPCell(f.small.process(time(e.getAt()))));
        events.addCell(new PdfPCell(f.small.process(e.getActor())));
        events.addCell(new PdfPCell(f.small.process(kind(e.getKind()))));
        events.addCell(
            new PdfPCell(
                f.small.process(
                    (e.getFromStatus() == null ? "" : e.getFromStatus().label() + " → ")
                        + (e.getToStatus() == null ? "" : e.getToStatus().label()))));
        events.addCell(new PdfPCell(f.small.process(e.getText())));
      }
      document.add(events);

      Paragraph footer =
          new Paragraph(f.small.process("打印时间 " + time(printedAt) + "（北京时间）。签字栏记录的是系统中经办人及其操作时间。"));
      footer.setSpacingBefore(10);
      document.add(footer);
    } catch (DocumentException e) {
      throw new IllegalStateException(
          "The form of " + r.getRequestNo() + " could not be printed", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable table, PdfFonts f, String label, String value) {
    PdfPCell head = new PdfPCell(f.bold.process(label));
    head.setGrayFill(0.93f);
    head.setPadding(4);
    table.addCell(head);
    PdfPCell cell = new PdfPCell(f.body.process(value == null ? "" : value));
    cell.setPadding(4);
    table.addCell(cell);
  }

  /** A step of the form: its text, then the signature and date of whoever recorded it. */
  private static void step(
      PdfPTable table,
      PdfFonts f,
      MaintenanceRequest r,
      String label,
      String text,
      MaintenanceStatus reached) {
    Optional<MaintenanceRequestEvent> event =
        r.getEvents().stream().filter(e -> e.getToStatus() == reached).findFirst();
    String signature =
        event.map(e -> "签字：" + e.getActor() + "    日期：" + time(e.getAt())).orElse("签字：        日期：");
    row(table, f, label, (text == null ? "" : text + "\n") + signature);
  }

  private static String signed(String by, Instant at) {
    return by + "    " + time(at);
  }

  private static String kind(String eventKind) {
    return switch (eventKind) {
      case MaintenanceRequestEvent.SUBMITTED -> "提交";
      case MaintenanceRequestEvent.STATUS -> "流转";
      case MaintenanceRequestEvent.STARTED -> "开始实施";
      case MaintenanceRequestEvent.WARNING -> "临期提醒";
      case MaintenanceRequestEvent.BREACH -> "超期";
      default -> eventKind;
    };
  }

  private static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
