/** Merchant, terminal and gateway connection records with their repositories. */
package org.yikatong.terminal.domain;
