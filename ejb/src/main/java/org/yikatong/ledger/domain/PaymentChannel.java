package org.yikatong.ledger.domain;

import java.util.Locale;

/** Online payment channels and the clearing account each one settles through. */
public enum PaymentChannel {
  WECHAT(AccountType.CLEARING_WECHAT),
  ALIPAY(AccountType.CLEARING_ALIPAY),
  BANK(AccountType.CLEARING_BANK);

  private final AccountType clearing;

  PaymentChannel(AccountType clearing) {
    this.clearing = clearing;
  }

  public AccountType clearing() {
    return clearing;
  }

  /**
   * The setting that holds the secret this channel signs its callbacks with, such as {@code
   * yikatong.channel.wechat.secret} (environment variable {@code YIKATONG_CHANNEL_WECHAT_SECRET}).
   */
  public String secretSetting() {
    return "yikatong.channel." + name().toLowerCase(Locale.ROOT) + ".secret";
  }
}
