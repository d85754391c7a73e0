/**
 * Merchants, terminals, gateway connections, access rules and decisions, outbound commands, refused
 * messages and RRN gaps, each with its repository.
 */
package org.yikatong.terminal.domain;
