package org.yikatong.gateway;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.yikatong.cardadapter.api.GatewayConnectionEvent;
import org.yikatong.cardadapter.api.GatewayConnectionListener;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.application.GatewayConnectionLog;

/**
 * Receives gateway connection events from the card adapter and hands them to the {@link
 * GatewayConnectionLog}. Each event is one container-managed transaction, run as the {@link
 * Role#GATEWAY} role.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "endpointName",
          propertyValue = "gateway-connections")
    })
@ResourceAdapter(GatewayConnectionMDB.CARD_ADAPTER)
@RunAs(Role.GATEWAY)
@PermitAll // the adapter delivers without a caller identity
public class GatewayConnectionMDB implements GatewayConnectionListener {

  /** The card adapter as deployed inside the Yikatong EAR. */
  static final String CARD_ADAPTER = "yikatong.ear#yikatong-card-adapter.rar";

  @Inject GatewayConnectionLog log;

  @Override
  public void gatewayConnected(GatewayConnectionEvent event) {
    log.opened(event);
  }

  @Override
  public void gatewayDisconnected(GatewayConnectionEvent event) {
    log.closed(event);
  }
}
