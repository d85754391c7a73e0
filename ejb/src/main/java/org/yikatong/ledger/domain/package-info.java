/** Money, accounts and their repository. */
package org.yikatong.ledger.domain;
