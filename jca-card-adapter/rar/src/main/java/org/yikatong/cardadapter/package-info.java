/**
 * The card adapter: a JCA 2.1 resource adapter that terminal gateways reach over TCP.
 *
 * <p>{@link org.yikatong.cardadapter.CardAdapterResourceAdapter} holds the configuration and the
 * lifecycle; {@code inbound} accepts gateway connections and delivers what happens on them to
 * message endpoints. The adapter knows nothing of the ledger: it only moves messages.
 */
package org.yikatong.cardadapter;
