package org.yikatong.cardadapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.yikatong.cardadapter.api.TerminalCommandMessage;

/**
 * A pooled managed connection of the terminal command factory. It takes part in no transaction (the
 * application keeps its commands durably and resends them) and fires CONNECTION_CLOSED when a
 * handle is closed, so the pool takes it back.
 */
final class TerminalCommandManagedConnection implements ManagedConnection {

  private final TerminalCommandManagedConnectionFactory factory;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<TerminalCommandConnectionImpl> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  TerminalCommandManagedConnection(TerminalCommandManagedConnectionFactory factory) {
    this.factory = factory;
  }

  TerminalCommandManagedConnectionFactory factory() {
    return factory;
  }

  boolean send(TerminalCommandMessage command) throws ResourceException {
    return factory.adapter().send(command);
  }

  void closed(TerminalCommandConnectionImpl handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(l -> l.connectionClosed(event));
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    TerminalCommandConnectionImpl handle = new TerminalCommandConnectionImpl(this);
    handles.add(handle);
    return handle;
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof TerminalCommandConnectionImpl handle)) {
      throw new ResourceException("Not a terminal command connection: " + connection);
    }
    handle.associate(this);
    handles.add(handle);
  }

  @Override
  public void cleanup() {
    handles.forEach(TerminalCommandConnectionImpl::invalidate);
    handles.clear();
  }

  @Override
  public void destroy() {
    cleanup();
    listeners.clear();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("Terminal commands take part in no transaction");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("Terminal commands take part in no transaction");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "Yikatong terminal gateways";
      }

      @Override
      public String getEISProductVersion() {
        return "1.0";
      }

      @Override
      public int getMaxConnections() {
        return 0; // no limit of its own
      }

      @Override
      public String getUserName() {
        return null;
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
