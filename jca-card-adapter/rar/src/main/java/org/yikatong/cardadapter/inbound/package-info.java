/**
 * Inbound side of the card adapter: the listening socket, one reader per gateway connection, and
 * the registry of activated message endpoints they deliver to. Every thread is a {@link
 * jakarta.resource.spi.work.Work} scheduled on the container's work manager.
 */
package org.yikatong.cardadapter.inbound;
