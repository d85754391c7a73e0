package org.yikatong.monitoring.application;

/** How many alerts are open across the cluster, for the metrics registry. */
public interface OpenAlertCount {

  /** The alerts raised and not yet cleared. */
  long openAlerts();
}
