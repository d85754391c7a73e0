package org.yikatong.finance.domain.statement;

/**
 * The totals a statement file declares of itself (WeChat's summary block, Alipay's closing comment
 * lines, camt.053's balances and entry counts, MT940's opening and closing balances), checked
 * against its lines before anything is matched.
 *
 * @param lines how many transaction lines the file says it holds
 * @param paymentsFen the sum of the payments it declares, in fen
 * @param refundsFen the sum of the refunds it declares, in fen
 * @param feesFen the sum of the charges it declares, in fen
 */
public record DeclaredTotals(int lines, long paymentsFen, long refundsFen, long feesFen) {}
