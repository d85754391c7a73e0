/**
 * The finance office's reports over the journal: the journal searched by card, holder, merchant,
 * terminal, entry kind, channel order and period; a card holder's statement of both purses; the use
 * of subsidies; the items parked in suspense or flagged for follow-up that are still open.
 */
package org.yikatong.finance.domain.report;
