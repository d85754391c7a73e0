package org.yikatong.web.console.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yikatong.web.console.ConsolePage;

/**
 * {@code #{emergencyText}}: the emergency's stored words in the user's language where they carry a
 * code — a status update's stage at the head of its timeline line, a command's status.
 */
@Named
@ApplicationScoped
public class EmergencyText {

  private static final Pattern STAGE =
      Pattern.compile("^(INVESTIGATING|IDENTIFIED|MONITORING|RESOLVED): (.*)$", Pattern.DOTALL);

  /** A timeline line, its leading stage code shown as the stage's name. */
  public String detail(String detail) {
    if (detail == null) {
      return "";
    }
    Matcher m = STAGE.matcher(detail);
    return m.matches()
        ? ConsolePage.text("emergency.stage." + m.group(1), m.group(1)) + "：" + m.group(2)
        : detail;
  }

  /** A terminal command's status (PENDING, ACKNOWLEDGED, REFUSED) by name. */
  public String commandStatus(String status) {
    return status == null ? "" : ConsolePage.text("emergency.commandStatus." + status, status);
  }
}
