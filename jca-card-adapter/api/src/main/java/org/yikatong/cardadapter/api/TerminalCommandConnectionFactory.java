package org.yikatong.cardadapter.api;

import jakarta.resource.Referenceable;
import java.io.Serializable;

/**
 * The card adapter's outbound connection factory, looked up by JNDI ({@code
 * java:/yikatong/TerminalCommands}): sends commands to terminals through the gateway connection
 * that last carried each terminal.
 */
public interface TerminalCommandConnectionFactory extends Serializable, Referenceable {

  TerminalCommandConnection getConnection();
}
