package org.yikatong.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.ArticleText;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.application.NewAsset;
import org.yikatong.servicedesk.application.NewSurvey;
import org.yikatong.servicedesk.application.NewTrainingSession;
import org.yikatong.servicedesk.application.SatisfactionSurveys;
import org.yikatong.servicedesk.application.TrainingSessions;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * The service desk's share of the demo data (docs/demo-data.md): FAQ and knowledge articles, the
 * current quarter's satisfaction survey, one training session and the asset register (terminals
 * linked to the demo terminals, a gateway, a server, a kiosk; one warranty ending within 60 days,
 * one over). Called by {@link DemoDataLoader} in its transaction, as the administrator.
 */
@Stateless
@jakarta.annotation.security.RolesAllowed(Role.ADMINISTRATOR)
public class DemoServiceDesk {

  private static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  @Inject KnowledgeBase knowledgeBase;
  @Inject SatisfactionSurveys surveys;
  @Inject TrainingSessions trainings;
  @Inject AssetRegister assets;

  public void load(Instant now) {
    faq();
    assets(LocalDate.ofInstant(now, CAMPUS));
    surveys.open(
        new NewSurvey(
            null,
            "校园一卡通用户满意度调查（本季度）",
            List.of(
                "报修响应速度（微信、APP、电话报修后多久有人处理）",
                "故障解决质量",
                "服务台服务态度",
                "自助圈存机、POS 机等设备的可用性",
                "对一卡通系统的总体满意度")));
    LocalDate day = LocalDate.ofInstant(now, CAMPUS).plusDays(14);
    trainings.schedule(
        new NewTrainingSession(
            "一卡通系统使用方法、常见问题及解决方案",
            "操作员",
            "运维 刘工",
            day.atTime(LocalTime.of(14, 30)).atZone(CAMPUS).toInstant(),
            120,
            "行政楼 302 会议室",
            200_000));
  }

  /**
   * The demo assets, accepted relative to today so that their warranties stand as described: the
   * library kiosk's ends within 60 days, the old POS terminal's is over, the others run.
   */
  private void assets(LocalDate today) {
    // serial, type, model, location, supplier, accepted on, own warranty end, terminal, note
    Object[][] rows = {
      {
        "HC-K200-0001",
        AssetType.KIOSK,
        "华创 K200 自助圈存机",
        "图书馆大厅",
        "华创智能设备",
        today.minusMonths(12).plusDays(30),
        null,
        "K0000001",
        "默认合同保修一年"
      },
      {
        "HC-K200-0002",
        AssetType.KIOSK,
        "华创 K200 自助圈存机",
        "学生公寓 3 号楼",
        "华创智能设备",
        today.minusDays(120),
        today.minusDays(120).plusYears(3).minusDays(1),
        "K0000002",
        "三年保修（采购合同）"
      },
      {
        "XP-P80-1001",
        AssetType.TERMINAL,
        "新普 P80 消费机",
        "第一食堂 一楼 1号窗口",
        "新普电子",
        today.minusDays(200),
        null,
        "T0000001",
        null
      },
      {
        "XP-P80-0877",
        AssetType.TERMINAL,
        "新普 P80 消费机",
        "第一食堂 一楼 2号窗口",
        "新普电子",
        today.minusYears(2),
        null,
        "T0000002",
        "已过保，维修按合同折扣价收费"
      },
      {
        "HW-AR-0001",
        AssetType.GATEWAY,
        "华为 AR6120 通信网关",
        "信息中心 机房 A 排 3 柜",
        "华为技术",
        today.minusDays(300),
        null,
        null,
        null
      },
      {
        "DELL-R750-01",
        AssetType.SERVER,
        "Dell PowerEdge R750",
        "信息中心 机房 A 排 1 柜",
        "戴尔（中国）",
        today.minusDays(400),
        today.minusDays(400).plusYears(3).minusDays(1),
        null,
        "原厂三年上门保修"
      }
    };
    for (Object[] r : rows) {
      assets.register(
          new NewAsset(
              (String) r[0],
              (AssetType) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (LocalDate) r[5],
              (LocalDate) r[6],
              (String) r[7],
              null,
              (String) r[8]));
    }
  }

  private void faq() {
    publish(
        "校园卡丢失了怎么挂失？",
        "发现校园卡丢失后请立即挂失，挂失后卡片无法消费，余额不会损失：\n"
            + "1. 微信公众号「校园一卡通」→ 我的卡 → 挂失；\n"
            + "2. 一卡通 APP → 卡片管理 → 挂失；\n"
            + "3. 电话服务台或到一卡通服务中心（行政楼一楼）办理。\n"
            + "补办新卡请携带身份证件到服务中心，原卡余额转入新卡。",
        TicketCategory.OPERATOR_ERROR,
        List.of("挂失", "补卡"),
        List.of("丢卡", "丢失", "饭卡", "卡丢了", "冻结"),
        ArticleAudience.PUBLIC);
    publish(
        "找回校园卡后如何解挂？",
        "挂失后找回原卡，可在微信公众号或 APP 中选择「解挂」，输入查询密码后即可恢复使用；" + "已补办新卡的，原卡作废，不能解挂。",
        TicketCategory.OPERATOR_ERROR,
        List.of("挂失"),
        List.of("解挂", "找回", "恢复"),
        ArticleAudience.PUBLIC);
    publish(
        "自助圈存机圈存失败怎么办？",
        "圈存（把银行卡或电子账户的钱转入校园卡）失败时：\n"
            + "1. 请勿重复操作，先在圈存机「查询」中查看本次圈存是否已到账；\n"
            + "2. 若银行已扣款而卡内未到账，系统会在次日对账后自动补入；\n"
            + "3. 超过 2 个工作日仍未到账，请通过微信或 APP 报修，注明圈存机位置和时间。",
        TicketCategory.NETWORK,
        List.of("圈存", "充值"),
        List.of("圈存机", "转账", "未到账", "充值失败", "自助机"),
        ArticleAudience.PUBLIC);
    publish(
        "卡内余额与消费记录不符",
        "请先在 APP「消费明细」中核对每笔交易的时间和商户。常见原因：补助尚未领取或已过期、"
            + "圈存次日到账、同一餐刷卡两次（重复扣款会在核实后退回）。"
            + "仍有疑问请报修并写明交易时间、地点和金额，服务台将在 24 小时内答复。",
        TicketCategory.SOFTWARE,
        List.of("余额", "对账"),
        List.of("余额不符", "多扣", "扣款", "重复扣款", "补助"),
        ArticleAudience.PUBLIC);
    publish(
        "宿舍门禁刷卡不开门",
        "请确认卡片未挂失、未过期，并把卡平放在读卡区停留 1 秒。若门禁指示灯不亮或多人均无法开门，" + "属于设备故障，请拨打服务台电话或通过微信报修，并联系宿管值班人员临时开门。",
        TicketCategory.HARDWARE,
        List.of("门禁"),
        List.of("门禁不开", "刷卡没反应", "宿舍", "开门"),
        ArticleAudience.PUBLIC);
    publish(
        "POS 机黑屏的处理（操作员）",
        "食堂、超市 POS 机黑屏无显示时：\n"
            + "1. 检查电源适配器和插座，重新插拔电源；\n"
            + "2. 长按电源键 10 秒重启；\n"
            + "3. 仍黑屏则改用备用 POS 或人工记账，在服务台报修（二级故障，4 小时内处理），"
            + "注明终端号（如 T0000003）。不要自行拆机。",
        TicketCategory.HARDWARE,
        List.of("pos", "操作员"),
        List.of("黑屏", "无显示", "刷卡机", "不开机"),
        ArticleAudience.STAFF);
    knowledgeBase.create(
        new ArticleText(
            "校园卡查询密码重置",
            "草稿：密码重置需本人携带证件到服务中心办理，线上重置流程待信息中心确认。",
            TicketCategory.OPERATOR_ERROR,
            List.of("密码"),
            List.of("忘记密码", "重置"),
            ArticleAudience.PUBLIC));
  }

  private void publish(
      String title,
      String body,
      TicketCategory category,
      List<String> tags,
      List<String> keywords,
      ArticleAudience audience) {
    KnowledgeArticle article =
        knowledgeBase.create(new ArticleText(title, body, category, tags, keywords, audience));
    knowledgeBase.publish(article.getId());
  }
}
