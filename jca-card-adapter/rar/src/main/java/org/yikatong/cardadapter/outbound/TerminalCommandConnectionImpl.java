package org.yikatong.cardadapter.outbound;

import jakarta.resource.ResourceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.TerminalCommandConnection;
import org.yikatong.cardadapter.api.TerminalCommandMessage;

/** The application's handle on a managed connection; usable until closed. */
final class TerminalCommandConnectionImpl implements TerminalCommandConnection {

  private static final Logger LOG = Logger.getLogger(TerminalCommandConnectionImpl.class.getName());

  private volatile TerminalCommandManagedConnection managed;

  TerminalCommandConnectionImpl(TerminalCommandManagedConnection managed) {
    this.managed = managed;
  }

  void associate(TerminalCommandManagedConnection managed) {
    this.managed = managed;
  }

  void invalidate() {
    this.managed = null;
  }

  @Override
  public boolean send(TerminalCommandMessage command) {
    TerminalCommandManagedConnection current = managed;
    if (current == null) {
      throw new IllegalStateException("The terminal command connection is closed");
    }
    try {
      return current.send(command);
    } catch (ResourceException e) {
      LOG.log(Level.WARNING, "Command for " + command.terminalId() + " not sent", e);
      return false;
    }
  }

  @Override
  public void close() {
    TerminalCommandManagedConnection current = managed;
    managed = null;
    if (current != null) {
      current.closed(this);
    }
  }
}
