/**
 * The finance office's work on the ledger: the payment channels' and the bank's statements and
 * their reconciliation against the online top-ups, the merchants' daily settlement statements, the
 * finance reports, and the journal's nightly export with its restore check.
 */
package org.yikatong.finance;
