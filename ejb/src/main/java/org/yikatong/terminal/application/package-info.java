/**
 * Use cases on merchants, terminals and gateway connections: administration and secrets, the
 * terminal link (sign-on, heartbeats, RRN gaps), access checks, and outbound commands (queued in
 * the caller's transaction, sent through {@code TerminalCommandSender} after commit).
 */
package org.yikatong.terminal.application;
