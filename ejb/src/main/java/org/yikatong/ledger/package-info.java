/**
 * The money ledger: accounts kept in fen. The double-entry journal, movements and their rules
 * arrive with issue #3; until then accounts hold their opening balance only.
 */
package org.yikatong.ledger;
