package org.yikatong.ledger.domain;

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
}
