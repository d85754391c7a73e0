/**
 * Card holders and their cards: who may pay and pass, with which card, under which limits, and the
 * blacklist terminals keep. Money lives in {@code org.yikatong.ledger}, which stands above this
 * area: the card area knows nothing of purses.
 */
package org.yikatong.card;
