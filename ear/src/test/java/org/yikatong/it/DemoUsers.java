package org.yikatong.it;

/** Demo logins loaded on the test server (docs/demo-data.md). */
final class DemoUsers {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Ykt!Admin2026";
  static final String FINANCE = "finance";
  static final String FINANCE_PASSWORD = "Ykt!Finance2026";
  static final String APPROVER = "approver";
  static final String APPROVER_PASSWORD = "Ykt!Approver2026";
  static final String HELPDESK = "helpdesk";
  static final String HELPDESK_PASSWORD = "Ykt!Helpdesk2026";
  static final String AUDITOR = "auditor";
  static final String AUDITOR_PASSWORD = "Ykt!Auditor2026";
  static final String TECH = "tech";
  static final String TECH_PASSWORD = "Ykt!Tech2026";

  /** The second technician; same password as {@link #TECH}. */
  static final String TECH2 = "tech2";

  /** The university IT office's technicians (post CAMPUS_IT); same password as {@link #TECH}. */
  static final String ITC = "itc";

  static final String ITC2 = "itc2";

  /** The team lead, first escalation step. */
  static final String LEAD = "lead";

  static final String LEAD_PASSWORD = "Ykt!Lead2026";

  /** The manager, second escalation step. */
  static final String MANAGER = "manager";

  static final String MANAGER_PASSWORD = "Ykt!Manager2026";

  /** The first demo card holder (a student, card {@link #CARD_HOLDER_CARD}). */
  static final String CARD_HOLDER = "20260001";

  /** The serial number of the first demo card holder's card. */
  static final String CARD_HOLDER_CARD = "YKT00000001";

  /** The second demo card holder. */
  static final String CARD_HOLDER_2 = "20260002";

  /** The third demo card holder. */
  static final String CARD_HOLDER_3 = "20260003";

  /** The password of every demo card holder login. */
  static final String CARD_PASSWORD = "Ykt!Card2026";

  /** Every demo login. */
  static final java.util.List<String> ALL =
      java.util.List.of(
          ADMIN,
          FINANCE,
          APPROVER,
          HELPDESK,
          AUDITOR,
          TECH,
          TECH2,
          LEAD,
          MANAGER,
          CARD_HOLDER,
          CARD_HOLDER_2,
          CARD_HOLDER_3);

  /** The password of a demo login, staff or card holder. */
  static String password(String user) {
    return switch (user) {
      case ADMIN -> ADMIN_PASSWORD;
      case FINANCE -> FINANCE_PASSWORD;
      case APPROVER -> APPROVER_PASSWORD;
      case HELPDESK -> HELPDESK_PASSWORD;
      case AUDITOR -> AUDITOR_PASSWORD;
      case TECH, TECH2, ITC, ITC2 -> TECH_PASSWORD;
      case LEAD -> LEAD_PASSWORD;
      case MANAGER -> MANAGER_PASSWORD;
      case CARD_HOLDER, CARD_HOLDER_2, CARD_HOLDER_3 -> CARD_PASSWORD;
      default -> throw new IllegalArgumentException("No demo login " + user);
    };
  }

  private DemoUsers() {}
}
