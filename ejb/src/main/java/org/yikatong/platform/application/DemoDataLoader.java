package org.yikatong.platform.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.yikatong.card.application.CardHolderRegistry;
import org.yikatong.card.application.NewCardHolder;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.ledger.application.ChartOfAccounts;
import org.yikatong.ledger.application.Subsidies;
import org.yikatong.security.application.PasswordHasher;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
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
        users.add(
            new AppUser(
                holderNo,
                hasher.hash(CARDHOLDER_PASSWORD.toCharArray()),
                name,
                Set.of(Role.CARDHOLDER),
                now));
      }
      if (type == CardHolderType.STUDENT) {
        subsidyFile.append(holderNo).append(",100.00\n");
      }
    }
    // The monthly meal subsidy for students, spendable until the end of next month.
    subsidies.upload(
        "DEMO-MEAL-" + today.getYear() + String.format("%02d", today.getMonthValue()),
        subsidyFile.toString(),
        today.plusMonths(1).withDayOfMonth(today.plusMonths(1).lengthOfMonth()));
    maintenanceRequests(now);
    LOG.info(
        "Demo data loaded: "
            + USERS.size()
            + " users, 4 merchants, 12 terminals, "
            + CARD_HOLDERS
            + " card holders, "
            + CARDHOLDER_LOGINS
            + " card holder logins, a meal subsidy batch");
    return true;
  }

  /**
   * Two maintenance requests (docs/demo-data.md): a perfective one done and archived last week, an
   * adaptive one reviewed today and waiting for its plan.
   */
  private void maintenanceRequests(Instant now) {
    org.yikatong.servicedesk.domain.WorkingCalendar calendar =
        org.yikatong.servicedesk.domain.WorkingCalendar.contract(Set.of(), Set.of());
    Instant t = now.minus(java.time.Duration.ofDays(10));
    var done =
        new org.yikatong.servicedesk.domain.MaintenanceRequest(
            org.yikatong.servicedesk.domain.MaintenanceKind.PERFECTIVE,
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
    done.numbered(org.yikatong.ledger.domain.BusinessDay.of(t));
    done.review("属于完善性维护，同意受理。", t.plusSeconds(3 * 3600), "tech");
    done.agreePlan("在报表中心增加“补助发放院系汇总”报表，下周部署。", null, t.plusSeconds(26 * 3600), "tech");
    done.startImplementation(null, t.plusSeconds(27 * 3600), "tech");
    done.implement("报表已开发并部署到生产环境。", t.plusSeconds(3 * 86400), "tech");
    done.verify("与上月手工统计结果逐项核对一致。", t.plusSeconds(4 * 86400), "helpdesk");
    done.confirm("报表满足需要。", "王会计", t.plusSeconds(5 * 86400), "helpdesk");
    done.archive(null, t.plusSeconds(5 * 86400 + 3600), "admin");
    done.scheduleDeadlines(calendar);

    var open =
        new org.yikatong.servicedesk.domain.MaintenanceRequest(
            org.yikatong.servicedesk.domain.MaintenanceKind.ADAPTIVE,
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
    open.numbered(org.yikatong.ledger.domain.BusinessDay.of(now));
    open.review("属于适应性维护，受理；待与银行确认接口文档后制定方案。", now, "tech");
    open.scheduleDeadlines(calendar);
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
