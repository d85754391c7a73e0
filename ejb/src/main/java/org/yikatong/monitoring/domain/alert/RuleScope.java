package org.yikatong.monitoring.domain.alert;

/** What one alert of a rule is about: its subject. */
public enum RuleScope {
  /** One terminal, by its code. */
  TERMINAL,
  /** The terminals of one location. */
  LOCATION,
  /** The terminals of one merchant. */
  MERCHANT,
  /** One payment channel. */
  CHANNEL,
  /** Every terminal of the campus. */
  CAMPUS
}
