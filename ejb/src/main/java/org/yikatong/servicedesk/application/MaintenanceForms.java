package org.yikatong.servicedesk.application;

import java.time.Instant;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceRequest;

/**
 * Prints a maintenance request as the customer's form (用户问题反馈及落实情况表), with every field, the
 * signature of every step, its contract deadlines and the whole history.
 */
public interface MaintenanceForms {

  /**
   * @param printedAt when it is printed (shown on the form)
   * @return the form as a PDF's bytes
   */
  byte[] render(MaintenanceRequest request, Instant printedAt);
}
