/**
 * A channel's or a bank's statement as read from its file, in one shape whatever the format: its
 * lines with the channel's and the merchant's references, amounts in fen and times as instants, and
 * the totals the file declares of itself.
 */
package org.yikatong.finance.domain.statement;
