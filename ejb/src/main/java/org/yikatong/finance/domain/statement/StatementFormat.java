package org.yikatong.finance.domain.statement;

/** The statement files the finance office imports. */
public enum StatementFormat {
  /**
   * WeChat Pay's trade bill: CSV, every field prefixed by a backtick, a summary block at the end.
   */
  WECHAT_BILL,
  /** Alipay's bill: GBK-encoded CSV with {@code #} comment lines. */
  ALIPAY_BILL,
  /** A bank's end-of-day statement, ISO 20022 camt.053 XML. */
  CAMT_053,
  /** A bank's debit/credit notification, ISO 20022 camt.054 XML: the detail of batched entries. */
  CAMT_054,
  /** A bank's customer statement as SWIFT MT940. */
  MT940
}
