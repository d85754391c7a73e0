/** JPA repositories and the message-driven beans bound to the card adapter. */
package org.yikatong.terminal.infrastructure;
