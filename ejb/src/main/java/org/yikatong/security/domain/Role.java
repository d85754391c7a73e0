package org.yikatong.security.domain;

import java.util.List;

/**
 * The role names of Yikatong, as stored in {@code app_user_role} and checked by {@code
 * RolesAllowed}, {@code web.xml} and the console. Constants rather than an enum so that they can be
 * used in annotations.
 */
public final class Role {

  public static final String ADMINISTRATOR = "administrator";
  public static final String FINANCE = "finance";
  public static final String FINANCE_APPROVER = "finance-approver";
  public static final String HELPDESK = "helpdesk";
  public static final String TECHNICIAN = "technician";
  public static final String AUDITOR = "auditor";
  public static final String CARDHOLDER = "cardholder";
  public static final String GATEWAY = "gateway";

  /** Every role, in the order the console lists them. */
  public static final List<String> ALL =
      List.of(
          ADMINISTRATOR,
          FINANCE,
          FINANCE_APPROVER,
          HELPDESK,
          TECHNICIAN,
          AUDITOR,
          CARDHOLDER,
          GATEWAY);

  private Role() {}
}
