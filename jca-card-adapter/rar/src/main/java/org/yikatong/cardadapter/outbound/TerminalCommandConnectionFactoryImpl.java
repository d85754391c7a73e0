package org.yikatong.cardadapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.yikatong.cardadapter.api.ListenerStatus;
import org.yikatong.cardadapter.api.TerminalCommandConnection;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;

/** What the application looks up by JNDI; hands out connection handles through the pool. */
public class TerminalCommandConnectionFactoryImpl implements TerminalCommandConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final transient TerminalCommandManagedConnectionFactory factory;
  private final transient ConnectionManager manager;
  private Reference reference;

  TerminalCommandConnectionFactoryImpl(
      TerminalCommandManagedConnectionFactory factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
  }

  @Override
  public TerminalCommandConnection getConnection() {
    try {
      return (TerminalCommandConnection) manager.allocateConnection(factory, null);
    } catch (ResourceException e) {
      throw new IllegalStateException("No terminal command connection: " + e.getMessage(), e);
    }
  }

  @Override
  public ListenerStatus listenerStatus() {
    try {
      return factory.adapter().listenerStatus();
    } catch (ResourceException e) {
      throw new IllegalStateException("No card adapter: " + e.getMessage(), e);
    }
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
