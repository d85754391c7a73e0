package org.yikatong.cardadapter.api;

/**
 * A connection handle for sending commands to terminals. Close it when done (try-with-resources).
 * It takes part in no transaction: the application keeps commands durably itself and sends a
 * command again, with the same STAN, until the terminal acknowledges it.
 */
public interface TerminalCommandConnection extends AutoCloseable {

  /**
   * Writes the command as 0620 on the gateway connection that last carried a request of the
   * terminal, MACed with the keys that request was verified with.
   *
   * @return false when no open connection carries the terminal (nothing was sent)
   */
  boolean send(TerminalCommandMessage command);

  @Override
  void close();
}
