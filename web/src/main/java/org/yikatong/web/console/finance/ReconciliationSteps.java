package org.yikatong.web.console.finance;

import java.util.stream.Collectors;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * How the reconciliation pages take a step through a service: done, it says so; refused (a file
 * that cannot be read, a date already reconciled, an item already resolved, a closed run), it says
 * why at the top of the page in the user's language, with the service's words as the detail, and
 * nothing is changed.
 */
final class ReconciliationSteps {

  private ReconciliationSteps() {}

  /**
   * Runs a step of the services; done, it shows the information message {@code doneKey} (unless
   * null) and answers true; refused, it shows why and answers false.
   */
  static boolean step(Runnable work, String doneKey) {
    return ConsoleSteps.step("recon", work, doneKey);
  }

  /**
   * A text of the bundle with one value put in ({@code "确认为第 {0} 项"}); a list of values is put in
   * as "3, 5".
   */
  static String format(String key, Object value) {
    String shown =
        value == null
            ? ""
            : value instanceof java.util.Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    return java.text.MessageFormat.format(ConsolePage.bundle().getString(key), shown);
  }
}
