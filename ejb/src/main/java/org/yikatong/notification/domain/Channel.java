package org.yikatong.notification.domain;

/** How a message reaches its recipient. */
public enum Channel {
  MAIL,
  /** A WeChat template message to the recipient's openid (企业微信/公众号). */
  WECHAT,
  SMS
}
