package org.yikatong.monitoring.application;

/**
 * Where a node's live figures go besides the database summaries: the metrics registry that the data
 * center's Prometheus scrapes. Called on the payment path: an implementation only counts in memory
 * and never blocks.
 */
public interface TrafficMeters {

  /**
   * One terminal request served.
   *
   * @param kind what was asked: PAYMENT, TOP_UP, REFUND, REVERSAL, OFFLINE_ADVICE, BALANCE, ACCESS
   * @param responseCode the ISO 8583 response code sent back (field 39)
   * @param nanos the time from the request's arrival to its response
   */
  void served(String kind, String responseCode, long nanos);

  /**
   * One payment channel callback handled.
   *
   * @param channel the payment channel's name (WECHAT, ALIPAY, BANK)
   * @param accepted whether it was accepted (a bad signature or an error is not)
   */
  void callback(String channel, boolean accepted);
}
