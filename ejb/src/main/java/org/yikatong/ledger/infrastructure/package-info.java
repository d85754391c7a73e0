/** JPA implementations of the ledger repositories. */
package org.yikatong.ledger.infrastructure;
