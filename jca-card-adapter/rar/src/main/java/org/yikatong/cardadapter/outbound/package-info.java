/**
 * The adapter's outbound side: a connection factory through which the application sends commands
 * (0620) to terminals over the gateway connections the inbound side holds. One class per SPI role.
 */
package org.yikatong.cardadapter.outbound;
