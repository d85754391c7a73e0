package org.yikatong.bootstrap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.inspection.application.InspectionPlans;
import org.yikatong.inspection.application.NewSchedule;
import org.yikatong.inspection.application.NewTemplate;
import org.yikatong.inspection.domain.InspectionKind;
import org.yikatong.ledger.application.CardHolderRegistry;
import org.yikatong.ledger.application.ChartOfAccounts;
import org.yikatong.ledger.application.NewCardHolder;
import org.yikatong.ledger.application.Subsidies;
import org.yikatong.notification.application.NewContact;
import org.yikatong.notification.application.NotificationContacts;
import org.yikatong.notification.domain.Channel;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.DutyRoster;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.spareparts.application.NewDepot;
import org.yikatong.spareparts.application.NewPart;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.terminal.domain.Merchant;
import org.yikatong.terminal.domain.MerchantCategory;
import org.yikatong.terminal.domain.MerchantRepository;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Loads the demo data documented in {@code docs/demo-data.md}: one user per role, four merchants, a
 * dozen terminals with derivable secrets, and a hundred card holders with cards and purses.
 *
 * <p>Deterministic (a fixed random seed), all in one transaction, and loaded only into a database
 * that has no {@code admin} user yet, so that a restart or a second node loads nothing twice.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class DemoDataLoader {

  static final int CARD_HOLDERS = 100;

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  /** username, password, display name, role. Documented in docs/demo-data.md. */
  static final List<List<String>> USERS =
      List.of(
          List.of("admin", "Ykt!Admin2026", "系统管理员", Role.ADMINISTRATOR),
          List.of("finance", "Ykt!Finance2026", "财务处 王会计", Role.FINANCE),
          List.of("approver", "Ykt!Approver2026", "财务处 李科长", Role.FINANCE_APPROVER),
          List.of("helpdesk", "Ykt!Helpdesk2026", "服务台 张老师", Role.HELPDESK),
          List.of("tech", "Ykt!Tech2026", "运维 刘工", Role.TECHNICIAN),
          List.of("tech2", "Ykt!Tech2026", "运维 王工", Role.TECHNICIAN),
          List.of("itc", "Ykt!Tech2026", "信息中心 周工", Role.TECHNICIAN),
          List.of("itc2", "Ykt!Tech2026", "信息中心 吴工", Role.TECHNICIAN),
          List.of("lead", "Ykt!Lead2026", "运维组长 赵工", Role.HELPDESK),
          List.of("manager", "Ykt!Manager2026", "运维经理 孙经理", Role.HELPDESK),
          List.of("auditor", "Ykt!Auditor2026", "审计处 陈老师", Role.AUDITOR));

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高",
    "罗"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "华", "丽", "强", "军", "婷",
    "晨"
  };
  private static final String[] DEPARTMENTS = {
    "计算机学院", "机械工程学院", "外国语学院", "经济管理学院", "数学与统计学院", "化学化工学院", "图书馆", "后勤集团"
  };

  @Inject AppUserRepository users;
  @Inject MerchantRepository merchants;
  @Inject TerminalRepository terminals;
  @Inject CardHolderRegistry registry;
  @Inject PasswordHasher hasher;
  @Inject SecretCipher cipher;
  @Inject Clock clock;
  @Inject ChartOfAccounts chart;
  @Inject CardRepository cards;
  @Inject Subsidies subsidies;
  @Inject DutyRoster roster;
  @Inject org.yikatong.servicedesk.application.SlaContracts slaContracts;
  @Inject DemoServiceDesk serviceDesk;
  @Inject NotificationContacts notificationContacts;
  @Inject InspectionPlans inspections;
  @Inject SpareParts spareParts;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  /** PIN of every demo card, and password and count of the demo card holder logins. */
  static final String DEMO_PIN = "123456";

  static final String CARDHOLDER_PASSWORD = "Ykt!Card2026";
  static final int CARDHOLDER_LOGINS = 3;

  /**
   * Loads the demo data unless it is there already.
   *
   * @return whether anything was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean loadIfEmpty() {
    if (isLoaded()) {
      return false;
    }
    Instant now = clock.instant();
    for (List<String> u : USERS) {
      users.add(
          new AppUser(
              u.get(0), hasher.hash(u.get(1).toCharArray()), u.get(2), Set.of(u.get(3)), now));
    }
    Merchant canteen1 = merchant("M0001", "第一食堂", MerchantCategory.CANTEEN);
    Merchant canteen2 = merchant("M0002", "第二食堂", MerchantCategory.CANTEEN);
    Merchant market = merchant("M0003", "校园超市", MerchantCategory.SUPERMARKET);
    Merchant print = merchant("M0004", "文印中心", MerchantCategory.SERVICE);
    terminal("T0000001", TerminalType.POS, canteen1, "第一食堂 一楼 1号窗口", now);
    terminal("T0000002", TerminalType.POS, canteen1, "第一食堂 一楼 2号窗口", now);
    terminal("T0000003", TerminalType.POS, canteen1, "第一食堂 二楼 清真窗口", now);
    terminal("T0000004", TerminalType.POS, canteen2, "第二食堂 1号窗口", now);
    terminal("T0000005", TerminalType.POS, canteen2, "第二食堂 2号窗口", now);
    terminal("T0000006", TerminalType.POS, market, "校园超市 收银台", now);
    terminal("T0000007", TerminalType.POS, print, "文印中心 前台", now);
    terminal("K0000001", TerminalType.KIOSK, null, "图书馆大厅 自助圈存机", now);
    terminal("K0000002", TerminalType.KIOSK, null, "学生公寓 3 号楼 自助圈存机", now);
    terminal("G0000001", TerminalType.GATE, null, "东校门 闸机", now);
    terminal("D0000001", TerminalType.DOOR, null, "学生公寓 3 号楼 门禁", now);
    terminal("L0000001", TerminalType.LIBRARY, null, "图书馆 借还书机", now);

    String pinHash = hasher.hash(DEMO_PIN.toCharArray()); // one hash for all: demo data only
    StringBuilder subsidyFile = new StringBuilder("holder_no,amount\n");
    Random random = new Random(2026);
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai"));
    for (int i = 1; i <= CARD_HOLDERS; i++) {
      CardHolderType type =
          i <= 80
              ? CardHolderType.STUDENT
              : i <= 95 ? CardHolderType.STAFF : CardHolderType.VISITOR;
      String holderNo =
          switch (type) {
            case STUDENT -> "2026%04d".formatted(i);
            case STAFF -> "S%05d".formatted(i);
            case VISITOR -> "V%05d".formatted(i);
          };
      String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String department =
          type == CardHolderType.VISITOR ? null : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      LocalDate expires =
          switch (type) {
            case STUDENT -> today.plusYears(4);
            case STAFF -> today.plusYears(5);
            case VISITOR -> today.plusDays(30);
          };
      long balanceFen = random.nextInt(80_001);
      String serial = "YKT%08d".formatted(i);
      registry.register(
          new NewCardHolder(
              holderNo,
              name,
              type,
              department,
              serial,
              expires,
              balanceFen,
              switch (type) {
                case STUDENT -> "UNDERGRADUATE";
                case STAFF -> "STAFF";
                case VISITOR -> "VISITOR";
              }));
      cards.findBySerial(serial).orElseThrow().setPinHash(pinHash);
      if (i <= CARDHOLDER_LOGINS) {
        users
            .findByUsername(holderNo)
            .orElseThrow()
            .setPassword(hasher.hash(CARDHOLDER_PASSWORD.toCharArray()), false, now);
      }
      if (type == CardHolderType.STUDENT) {
        subsidyFile.append(holderNo).append(",100.00\n");
      }
    }
    dutyRoster();
    // The monthly meal subsidy for students, spendable until the end of next month.
    subsidies.upload(
        "DEMO-MEAL-" + today.getYear() + String.format("%02d", today.getMonthValue()),
        subsidyFile.toString(),
        today.plusMonths(1).withDayOfMonth(today.plusMonths(1).lengthOfMonth()));
    serviceDesk.load(now);
    notificationContacts();
    loadInspections();
    loadSpareParts();
    maintenanceRequests(now);
    LOG.info(
        "Demo data loaded: "
            + USERS.size()
            + " users, 4 merchants, 12 terminals, "
            + CARD_HOLDERS
            + " card holders, "
            + CARDHOLDER_LOGINS
            + " card holder logins, a meal subsidy batch, a duty roster, FAQ articles, a survey,"
            + " a training, notification contacts, 2 inspection schedules,"
            + " 7 spare parts in 2 depots, maintenance requests");
    return true;
  }

  /**
   * Three duty posts: the vendor's service desk for the canteens (A 刘工, B 王工) and for the whole
   * campus (A 王工, B 刘工), and the university's IT office for the whole campus (A 周工, B 吴工), which
   * takes what the university answers for (network, power, security, its operators, a card holder's
   * damage); all escalating to 赵工 and then 孙经理.
   */
  private void dutyRoster() {
    roster.savePost(
        "CANTEEN",
        "食堂片区",
        "食堂",
        EnumSet.complementOf(EnumSet.of(TicketCategory.SECURITY)),
        "lead",
        "manager",
        5);
    roster.setRoster("CANTEEN", null, "tech", "tech2");
    roster.savePost(
        "CAMPUS", "全校", null, EnumSet.allOf(TicketCategory.class), "lead", "manager", 5);
    roster.setRoster("CAMPUS", null, "tech2", "tech");
    roster.savePost(
        "CAMPUS_IT",
        "信息中心（学校）",
        null,
        EnumSet.allOf(TicketCategory.class),
        "lead",
        "manager",
        5,
        ResponsibleParty.UNIVERSITY_IT);
    roster.setRoster("CAMPUS_IT", null, "itc", "itc2");
  }

  /**
   * Where the service desk's notifications go: the staff who handle tickets, and one card holder
   * who wants text messages. Mail goes to the example.edu-style demo domain (no real mailbox).
   */
  private void notificationContacts() {
    notificationContacts.put(
        "admin",
        new NewContact("系统管理员", "admin@yikatong.example", null, null, Set.of(Channel.MAIL)));
    notificationContacts.put(
        "helpdesk",
        new NewContact(
            "服务台 张老师",
            "helpdesk@yikatong.example",
            "13800000004",
            "o-demo-helpdesk",
            Set.of(Channel.MAIL, Channel.WECHAT)));
    notificationContacts.put(
        "tech",
        new NewContact(
            "运维 刘工",
            "tech@yikatong.example",
            "13800000005",
            "o-demo-tech",
            Set.of(Channel.MAIL, Channel.WECHAT, Channel.SMS)));
    notificationContacts.put(
        "tech2",
        new NewContact(
            "运维 王工", "tech2@yikatong.example", "13800000006", null, Set.of(Channel.MAIL)));
    notificationContacts.put(
        "itc",
        new NewContact("信息中心 周工", "itc@campus.example.edu.cn", null, null, Set.of(Channel.MAIL)));
    notificationContacts.put(
        "lead",
        new NewContact(
            "运维组长 赵工",
            "lead@yikatong.example",
            "13800000007",
            "o-demo-lead",
            Set.of(Channel.MAIL, Channel.WECHAT)));
    notificationContacts.put(
        "manager",
        new NewContact(
            "运维经理 孙经理",
            "manager@yikatong.example",
            "13800000008",
            null,
            Set.of(Channel.MAIL, Channel.SMS)));
    notificationContacts.put(
        "20260001", new NewContact(null, null, "13900000001", null, Set.of(Channel.SMS)));
  }

  /**
   * The two inspections of the seeds: the weekly full inspection of hardware, software and network
   * (O&M plan) (Mondays 9:00, due within a day) and the 2-hourly kiosk patrol (emergency plan),
   * both for {@code tech}.
   */
  private void loadInspections() {
    NewTemplate full =
        new NewTemplate(
            "每周全面巡检",
            InspectionKind.FULL,
            null,
            "一卡通机房及全校终端",
            List.of(
                item("服务器运行状态（CPU、内存、磁盘）正常", TicketCategory.HARDWARE),
                item("数据库与应用服务运行正常，日志无异常", TicketCategory.SOFTWARE),
                item("昨日数据备份已完成且可恢复", TicketCategory.SOFTWARE),
                item("核心交换机、防火墙运行正常", TicketCategory.NETWORK),
                item("各终端网络连通、心跳正常", TicketCategory.NETWORK),
                item("POS、闸机、门禁等终端外观与读卡正常", TicketCategory.HARDWARE),
                item("UPS 与机房供电正常", TicketCategory.POWER),
                item("系统补丁与病毒库为最新", TicketCategory.SECURITY)));
    NewTemplate patrol =
        new NewTemplate(
            "自助圈存机巡查",
            InspectionKind.PATROL,
            TerminalType.KIOSK,
            null,
            List.of(
                item("屏幕显示与触摸正常", TicketCategory.HARDWARE),
                item("读卡器、扫码头工作正常", TicketCategory.HARDWARE),
                item("网络连接正常", TicketCategory.NETWORK),
                item("圈存测试交易成功", TicketCategory.SOFTWARE),
                item("凭条打印机有纸、打印正常", TicketCategory.HARDWARE),
                item("电源与机箱无异常", TicketCategory.POWER)));
    long fullId = inspections.createTemplate(full).getId();
    long patrolId = inspections.createTemplate(patrol).getId();
    inspections.createSchedule(
        new NewSchedule(
            fullId,
            null,
            java.time.DayOfWeek.MONDAY,
            java.time.LocalTime.of(9, 0),
            24 * 60,
            "tech"));
    inspections.createSchedule(new NewSchedule(patrolId, 2, null, null, null, "tech"));
  }

  private static NewTemplate.Item item(String text, TicketCategory category) {
    return new NewTemplate.Item(text, category);
  }

  /**
   * A spare parts depot in the library and one in the dormitories (emergency plan), with the common
   * parts of kiosks and POS terminals (scanner heads, main boards, …) at realistic prices.
   */
  private void loadSpareParts() {
    spareParts.createDepot(new NewDepot("D-LIB", "图书馆备件库", "图书馆 B1 设备间"));
    spareParts.createDepot(new NewDepot("D-DORM", "学生公寓备件库", "学生公寓 3 号楼 值班室"));
    // code, name, unit, reorder level, unit cost (fen), stock in D-LIB, stock in D-DORM
    Object[][] parts = {
      {"SCAN-HEAD", "扫码头", "个", 2, 35_000L, 3, 2},
      {"KIOSK-BOARD", "圈存机主板", "块", 1, 120_000L, 2, 0},
      {"CARD-READER", "非接触读卡模块", "个", 2, 28_000L, 3, 1},
      {"PRINTER-58", "58mm 凭条打印机", "台", 1, 45_000L, 2, 1},
      {"TOUCH-15", "15 英寸触摸屏", "块", 1, 80_000L, 1, 0}, // at its level: an open alert
      {"PSU-12V", "12V 电源适配器", "个", 3, 6_000L, 5, 3},
      {"PAPER-58", "58mm 热敏纸", "卷", 20, 300L, 40, 20}
    };
    for (Object[] p : parts) {
      String code = (String) p[0];
      spareParts.createPart(
          new NewPart(code, (String) p[1], (String) p[2], (int) p[3], (long) p[4]));
      if ((int) p[5] > 0) {
        spareParts.receive(code, "D-LIB", (int) p[5], null, "期初库存");
      }
      if ((int) p[6] > 0) {
        spareParts.receive(code, "D-DORM", (int) p[6], null, "期初库存");
      }
    }
  }

  /**
   * Three maintenance requests (docs/demo-data.md): a perfective one done and archived last week,
   * an adaptive one reviewed today and waiting for its plan, and card holder 20260001's own
   * perfective request, verified and waiting for their confirmation.
   */
  private void maintenanceRequests(Instant now) {
    org.yikatong.servicedesk.domain.calendar.WorkingCalendar calendar =
        slaContracts.defaultCalendar();
    Instant t = now.minus(java.time.Duration.ofDays(10));
    var done =
        new org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest(
            org.yikatong.servicedesk.domain.maintenance.MaintenanceKind.PERFECTIVE,
            "财务处",
            "王会计",
            "0951-2061234",
            null,
            null,
            "补助发放报表增加院系汇总",
            "每月补助发放后需要按院系汇总的报表，目前由财务处手工统计。",
            t,
            "helpdesk");
    em.persist(done);
    done.numbered(org.yikatong.kernel.domain.BusinessDay.of(t));
    done.review("属于完善性维护，同意受理。", t.plusSeconds(3 * 3600), "tech");
    done.agreePlan("在报表中心增加“补助发放院系汇总”报表，下周部署。", null, t.plusSeconds(26 * 3600), "tech");
    done.startImplementation(null, t.plusSeconds(27 * 3600), "tech");
    done.implement("报表已开发并部署到生产环境。", t.plusSeconds(3 * 86400), "tech");
    done.verify("与上月手工统计结果逐项核对一致。", t.plusSeconds(4 * 86400), "helpdesk");
    done.confirm("报表满足需要。", "王会计", t.plusSeconds(5 * 86400), "helpdesk");
    done.archive(null, t.plusSeconds(5 * 86400 + 3600), "admin");
    done.scheduleDeadlines(calendar);

    var open =
        new org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest(
            org.yikatong.servicedesk.domain.maintenance.MaintenanceKind.ADAPTIVE,
            "教务处",
            "李老师",
            "0951-2065678",
            null,
            "K0000001",
            "圈存机适配合作银行新接口",
            "合作银行下月起启用新的圈存接口规范，图书馆大厅圈存机需要适配。",
            now,
            "helpdesk");
    em.persist(open);
    open.numbered(org.yikatong.kernel.domain.BusinessDay.of(now));
    open.review("属于适应性维护，受理；待与银行确认接口文档后制定方案。", now, "tech");
    open.scheduleDeadlines(calendar);

    holdersOwnRequest(calendar, now);
  }

  /**
   * Card holder 20260001's own request, verified three days after submission: theirs to confirm.
   */
  private void holdersOwnRequest(
      org.yikatong.servicedesk.domain.calendar.WorkingCalendar calendar, Instant now) {
    Object[] holder =
        em.createQuery(
                "select h.fullName, h.department from CardHolder h where h.holderNo = :n",
                Object[].class)
            .setParameter("n", "20260001")
            .getSingleResult();
    Instant t = now.minus(java.time.Duration.ofDays(4));
    var own =
        new org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest(
            org.yikatong.servicedesk.domain.maintenance.MaintenanceKind.PERFECTIVE,
            (String) holder[1],
            (String) holder[0],
            null,
            "20260001",
            null,
            null,
            "App 消费记录按月导出",
            "希望一卡通 App 能把每月的消费记录导出为表格，方便记账。",
            t,
            "20260001");
    em.persist(own);
    own.numbered(org.yikatong.kernel.domain.BusinessDay.of(t));
    own.review("属于完善性维护，同意受理。", t.plusSeconds(2 * 3600), "helpdesk");
    own.agreePlan("App“我的账单”页增加按月导出 CSV。", null, t.plusSeconds(5 * 3600), "tech");
    own.implement("App 3.2 已发布，含按月导出。", t.plusSeconds(2 * 86400), "tech");
    own.verify("测试账号导出 11 月账单，金额与流水一致。", t.plusSeconds(3 * 86400), "helpdesk");
    own.scheduleDeadlines(calendar);
  }

  /** Whether the demo data is present (the demo administrator exists). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isLoaded() {
    return users.findByUsername("admin").isPresent();
  }

  private Merchant merchant(String code, String name, MerchantCategory category) {
    Merchant merchant = new Merchant(code, name, category);
    merchants.add(merchant);
    chart.openFor(merchant);
    return merchant;
  }

  private void terminal(
      String code, TerminalType type, Merchant merchant, String location, Instant now) {
    terminals.add(
        new Terminal(
            code,
            type,
            merchant,
            location,
            cipher.encrypt(DemoTerminalSecrets.secretOf(code)),
            now));
  }
}
