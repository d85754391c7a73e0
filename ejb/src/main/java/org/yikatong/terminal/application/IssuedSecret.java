package org.yikatong.terminal.application;

/**
 * A terminal secret just created, shown this once: the platform keeps it only encrypted.
 *
 * @param terminalId the terminal it belongs to
 * @param secretHex the 32-byte secret as 64 hex characters, to load into the terminal
 */
public record IssuedSecret(String terminalId, String secretHex) {}
