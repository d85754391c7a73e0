package org.yikatong.terminal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.yikatong.cardadapter.api.ListenerStatus;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;
import org.yikatong.terminal.application.GatewayListener;

/**
 * {@link GatewayListener} through the card adapter's outbound connection factory, which answers
 * from the adapter's own listener: no connection is opened to find out, so asking leaves no trace
 * in the gateway connection log. A session bean, so that the server starts it only once the
 * adapter's factory is bound.
 */
@Stateless
@Local(GatewayListener.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardAdapterGatewayListener implements GatewayListener {

  @Resource(lookup = "java:/yikatong/TerminalCommands")
  TerminalCommandConnectionFactory adapter;

  @Override
  public ListenerStatus status() {
    return adapter.listenerStatus();
  }
}
