/**
 * The ledger's use cases: card payments and top-ups from terminals, online top-up orders, subsidy
 * batches, refunds and adjustments, the card lifecycle's money, day close and the reports. Each
 * public method of an EJB here is one JTA transaction.
 */
package org.yikatong.ledger.application;
