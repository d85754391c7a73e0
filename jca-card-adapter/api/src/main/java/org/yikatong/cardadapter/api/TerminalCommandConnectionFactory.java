package org.yikatong.cardadapter.api;

import jakarta.resource.Referenceable;
import java.io.Serializable;

/**
 * The card adapter's outbound connection factory, looked up by JNDI ({@code
 * java:/yikatong/TerminalCommands}): sends commands to terminals through the gateway connection
 * that last carried each terminal, and tells whether the adapter's listener takes gateway
 * connections.
 */
public interface TerminalCommandConnectionFactory extends Serializable, Referenceable {

  TerminalCommandConnection getConnection();

  /** The state of the adapter's listener for terminal gateways, as it is now. */
  ListenerStatus listenerStatus();
}
