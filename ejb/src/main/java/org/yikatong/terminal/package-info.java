/**
 * Merchants, their terminals and readers, and the gateways that connect them to the card adapter.
 * Message-driven beans here translate adapter callbacks into application calls and hand off.
 */
package org.yikatong.terminal;
