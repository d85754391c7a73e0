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

  /** The password of a demo staff login. */
  static String password(String user) {
    return switch (user) {
      case ADMIN -> ADMIN_PASSWORD;
      case FINANCE -> FINANCE_PASSWORD;
      case APPROVER -> APPROVER_PASSWORD;
      case HELPDESK -> HELPDESK_PASSWORD;
      case AUDITOR -> AUDITOR_PASSWORD;
      case TECH -> TECH_PASSWORD;
      default -> throw new IllegalArgumentException("No demo login " + user);
    };
  }

  private DemoUsers() {}
}
