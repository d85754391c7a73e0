/**
 * The terminal gateway wire contract ({@code docs/terminal-protocol.md}) as plain Java, testable
 * without a server: ISO 8583:1987 packing with jPOS's {@code ISO87BPackager}, the per-terminal
 * keys, the message MAC, ISO 9564 format-0 PIN blocks, the balance field and the response codes.
 *
 * <p>Used by the adapter's connection readers and by the gateway simulator; it holds no state
 * beyond immutable keys and knows nothing of the ledger.
 */
package org.yikatong.cardadapter.protocol;
