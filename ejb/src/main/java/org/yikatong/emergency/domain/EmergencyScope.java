package org.yikatong.emergency.domain;

/**
 * What an emergency covers.
 *
 * <ul>
 *   <li>{@link #ALL_KIOSKS}: every enabled self-service kiosk;
 *   <li>{@link #LOCATION}: every enabled kiosk and POS whose location starts with the given text
 *       (so {@code 一食堂} covers {@code 一食堂 1 层} and {@code 一食堂 2 层}), the service points of the
 *       emergency left out;
 *   <li>{@link #CHANNEL}: an online payment channel (WeChat, Alipay, bank): no terminal is
 *       switched, the notice and the status page still apply.
 * </ul>
 */
public enum EmergencyScope {
  ALL_KIOSKS,
  LOCATION,
  CHANNEL
}
