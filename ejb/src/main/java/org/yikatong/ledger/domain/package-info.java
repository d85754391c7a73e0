/**
 * The ledger's model: accounts, the journal and its entries, top-up orders, subsidy batches,
 * adjustments and day closes, each with its repository interface; the JPA implementations are in
 * the infrastructure package.
 */
package org.yikatong.ledger.domain;
