package org.yikatong.finance.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yikatong.finance.domain.settlement.SettlementFigure;
import org.yikatong.finance.domain.settlement.SettlementStatus;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.FollowUp;

/** The Chinese words of the finance office's printed reports. */
final class FinanceLabels {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(BusinessDay.ZONE);

  private FinanceLabels() {}

  static String kind(EntryKind kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case PAYMENT -> "消费";
      case OFFLINE_PAYMENT -> "脱机消费";
      case CASH_TOP_UP -> "现金充值";
      case ONLINE_TOP_UP -> "在线充值";
      case SUBSIDY -> "补助发放";
      case SUBSIDY_EXPIRY -> "补助过期回收";
      case REFUND -> "退款";
      case REVERSAL -> "冲正";
      case DEPOSIT -> "押金";
      case FEE -> "手续费";
      case CANCEL_REFUND -> "销户退款";
      case ADJUSTMENT -> "调账";
      case SETTLEMENT -> "日结结算";
      case OPENING_BALANCE -> "期初余额";
    };
  }

  static String figure(SettlementFigure figure) {
    return switch (figure) {
      case SALES -> "消费（营业额）";
      case REFUNDS -> "退款";
      case REVERSALS -> "冲正";
      case FEES -> "手续费";
      case ADJUSTMENTS -> "调整";
    };
  }

  static String status(SettlementStatus status) {
    return switch (status) {
      case CLOSED -> "已日结（最终）";
      case PROVISIONAL -> "未日结（临时）";
    };
  }

  static String accountType(AccountType type) {
    return switch (type) {
      case CARDHOLDER_PURSE -> "持卡人现金钱包";
      case CARDHOLDER_SUBSIDY -> "持卡人补助钱包";
      case MERCHANT_TAKINGS -> "商户待结算款";
      case MERCHANT_SETTLED -> "商户已结算款";
      case CLEARING_CASH -> "现金清算";
      case CLEARING_WECHAT -> "微信支付清算";
      case CLEARING_ALIPAY -> "支付宝清算";
      case CLEARING_BANK -> "银行清算";
      case SUBSIDY_FUNDING -> "补助资金";
      case DEPOSITS -> "卡押金";
      case FEES -> "手续费收入";
      case SUSPENSE -> "挂账（待处理）";
      case OPENING_BALANCE -> "期初余额结转";
    };
  }

  static String followUp(FollowUp followUp) {
    if (followUp == null) {
      return "";
    }
    return switch (followUp) {
      case OVERDRAWN -> "脱机消费透支";
      case INVALID_CARD_OFFLINE -> "失效卡脱机消费";
      case UNKNOWN_CARD_OFFLINE -> "未知卡脱机消费";
      case LATE_PAYMENT -> "订单过期后到账";
    };
  }

  /** An instant in campus time, or empty. */
  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
