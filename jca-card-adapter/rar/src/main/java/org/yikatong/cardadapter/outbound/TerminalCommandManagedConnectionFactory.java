package org.yikatong.cardadapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.yikatong.cardadapter.CardAdapterResourceAdapter;
import org.yikatong.cardadapter.api.TerminalCommandConnection;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;

/**
 * Makes the managed connections of the terminal command factory. A managed connection holds no
 * physical connection of its own — commands go out over the gateway connections of the inbound side
 * — and no credentials, so every managed connection of this factory can serve every request.
 */
@ConnectionDefinition(
    connectionFactory = TerminalCommandConnectionFactory.class,
    connectionFactoryImpl = TerminalCommandConnectionFactoryImpl.class,
    connection = TerminalCommandConnection.class,
    connectionImpl = TerminalCommandConnectionImpl.class)
public class TerminalCommandManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  private transient CardAdapterResourceAdapter adapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new TerminalCommandConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("The terminal command factory runs inside the application server");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new TerminalCommandManagedConnection(this);
  }

  /** Any of this factory's managed connections will do: they are all alike (see class comment). */
  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (candidate instanceof TerminalCommandManagedConnection mc && mc.factory() == this) {
        return mc;
      }
    }
    return null;
  }

  CardAdapterResourceAdapter adapter() throws ResourceException {
    if (adapter == null) {
      throw new ResourceException(
          "The terminal command factory is not associated with the adapter");
    }
    return adapter;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return adapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    if (!(ra instanceof CardAdapterResourceAdapter cardAdapter)) {
      throw new ResourceException("Not the card adapter: " + ra);
    }
    this.adapter = cardAdapter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TerminalCommandManagedConnectionFactory f
        && Objects.equals(f.adapter, adapter);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(adapter);
  }
}
