package org.yikatong.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yikatong.monitoring.domain.alert.AlertRepository;

/** {@link OpenAlertCount} from the database, in the caller's transaction. */
@ApplicationScoped
public class OpenAlertCounter implements OpenAlertCount {

  @Inject AlertRepository alerts;

  @Override
  public long openAlerts() {
    return alerts.countRaised();
  }
}
