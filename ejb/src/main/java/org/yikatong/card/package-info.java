/**
 * Card holders and their cards: who may pay and pass, and with which card. Money lives in {@code
 * org.yikatong.ledger}; this area only links holders to their purses.
 */
package org.yikatong.card;
