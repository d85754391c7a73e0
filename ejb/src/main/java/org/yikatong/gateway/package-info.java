/**
 * The terminal gateways' interface, beside the web tier: the message-driven beans bound to the card
 * adapter, which translate its callbacks (connections, ISO 8583 requests) into calls of the
 * terminal and ledger application services and translate the answers back. No business rule lives
 * here.
 */
package org.yikatong.gateway;
