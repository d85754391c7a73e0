/**
 * Reconciliation of a channel's statements against the ledger: the matching engine (plain Java:
 * statement lines against the ledger's online top-ups and their refunds, by reference, then by
 * amount and time), and the reconciliation run that records its outcome item by item, each item
 * resolved by a match, a confirmed suggestion, an explanation or an approved adjustment.
 */
package org.yikatong.finance.domain.reconciliation;
