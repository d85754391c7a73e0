/**
 * The money ledger: accounts kept in fen, the double-entry journal with exactly-once posting,
 * terminal payments and their rules, the card counter's money steps (deposit, fee, refund),
 * refunds, subsidies, online top-up orders, maker-checker adjustments, day close per merchant, the
 * trial balance and the self-check.
 */
package org.yikatong.ledger;
