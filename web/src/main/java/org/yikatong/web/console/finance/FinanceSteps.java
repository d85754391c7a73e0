package org.yikatong.web.console.finance;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * How the finance office's pages take a step through a service and read what the user typed: a step
 * done says so; refused (the record's state does not allow it, something named does not exist, the
 * input breaks a rule of the service), it says why at the top of the page and nothing is changed.
 * Amounts are typed in yuan and taken as whole fen, exactly.
 */
final class FinanceSteps {

  private FinanceSteps() {}

  /**
   * Runs a step of the service; done, it shows the information message {@code doneKey} (unless
   * null) and answers true; refused, it shows why and answers false.
   *
   * @param page the page's key prefix: {@code <page>.refused.<KIND>} names a refusal in the page's
   *     words where the bundle has it, else the console's {@code refused.<KIND>} does
   */
  static boolean step(String page, Runnable work, String doneKey) {
    return ConsoleSteps.step(page, work, doneKey);
  }

  /** An error message at the top of the page: a summary from the bundle and a detail. */
  static void show(String summary, String detail) {
    ConsoleSteps.show(summary, detail);
  }

  /**
   * An amount typed in yuan as fen, exactly; a message beside the field (its client id) instead,
   * and null, when it is missing, not more than zero, above {@code maxYuan}, or finer than a fen.
   *
   * @param ruleKey the bundle key of the message that says what amounts the field takes
   */
  static Long fen(BigDecimal yuan, String field, BigDecimal maxYuan, String ruleKey) {
    if (yuan == null) {
      ConsolePage.error(field, ConsolePage.bundle().getString("form.required"));
      return null;
    }
    if (yuan.signum() <= 0
        || yuan.compareTo(maxYuan) > 0
        || yuan.stripTrailingZeros().scale() > 2) {
      ConsolePage.error(field, ConsolePage.bundle().getString(ruleKey));
      return null;
    }
    return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /** Whether the signed-in user holds any of these roles. */
  static boolean inRole(String... roles) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    for (String role : roles) {
      if (context.isUserInRole(role)) {
        return true;
      }
    }
    return false;
  }

  /** The signed-in user's name. */
  static String user() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  /** A text stripped, or null when blank. */
  static String blankToNull(String s) {
    return ConsoleSteps.blankToNull(s);
  }
}
