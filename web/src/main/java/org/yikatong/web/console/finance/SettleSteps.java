package org.yikatong.web.console.finance;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.yikatong.web.console.ConsoleSteps;

/**
 * How the settlement and report pages ask the finance services: what they answer, or, refused (the
 * day has not ended, nothing of that number exists, the input breaks a rule of the service), why at
 * the top of the page in the user's language, with what the service said as the detail.
 */
final class SettleSteps {

  private SettleSteps() {}

  /**
   * Asks a service; answered, it shows the information message {@code doneKey} (unless null) and
   * returns the answer; refused, it shows why and returns null.
   */
  static <T> T ask(Supplier<T> work, String doneKey) {
    return ConsoleSteps.ask("settle", work, doneKey);
  }

  /** The API's address of a path under {@code /api/v1/finance/}, in this console. */
  static String api(String path) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/v1/finance/"
        + path;
  }

  /** A value for a path segment or a query parameter. */
  static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
