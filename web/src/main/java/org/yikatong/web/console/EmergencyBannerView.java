package org.yikatong.web.console;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yikatong.emergency.application.EmergencyMode;
import org.yikatong.emergency.application.EmergencyViews.Banner;

/**
 * The banner of active emergencies at the top of every console page: title, drill mark, stage and
 * the latest update with its time and author. Read once per request.
 */
@Named
@RequestScoped
public class EmergencyBannerView {

  @Inject EmergencyMode mode;

  private List<Banner> active;

  public List<Banner> getActive() {
    if (active == null) {
      try {
        active = mode.banner();
      } catch (EJBAccessException e) {
        active = List.of(); // a role that sees no emergency (the pages are for staff)
      }
    }
    return active;
  }

  /** Reads the active emergencies again, after a step of this request changed them. */
  public void refresh() {
    active = null;
  }

  public String time(java.time.Instant at) {
    return ConsolePage.time(at);
  }
}
