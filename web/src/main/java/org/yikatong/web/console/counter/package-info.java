/**
 * The card service counter: find a card holder, see both purses with their history and every card,
 * and act on a card (loss, found, freeze, replacement, cancellation with its refund, PIN, limits),
 * each action confirmed first and recorded in the audit trail by the services.
 */
package org.yikatong.web.console.counter;
