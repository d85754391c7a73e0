/**
 * JPA repositories of the terminal area, and the sender of terminal commands through the card
 * adapter.
 */
package org.yikatong.terminal.infrastructure;
