package org.yikatong.it;

/** Demo logins loaded on the test server (docs/demo-data.md). */
final class DemoUsers {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Ykt!Admin2026";
  static final String FINANCE = "finance";
  static final String FINANCE_PASSWORD = "Ykt!Finance2026";
  static final String TECH = "tech";
  static final String TECH_PASSWORD = "Ykt!Tech2026";

  private DemoUsers() {}
}
