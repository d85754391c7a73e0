package org.yikatong.cardadapter.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import org.yikatong.cardadapter.api.GatewayConnectionListener;
import org.yikatong.cardadapter.api.TerminalMessageListener;

/**
 * Activation of one message endpoint: a listener of gateway connection events, or the server of
 * terminal requests.
 *
 * <p>{@code endpointName} only labels the endpoint in the adapter's log.
 */
@Activation(messageListeners = {GatewayConnectionListener.class, TerminalMessageListener.class})
public class GatewayActivationSpec implements ActivationSpec {

  @ConfigProperty(
      defaultValue = "gateway-endpoint",
      description = "Name of the endpoint, shown in the adapter's log.")
  private String endpointName = "gateway-endpoint";

  private ResourceAdapter resourceAdapter;

  @Override
  public void validate() throws InvalidPropertyException {
    if (endpointName == null || endpointName.isBlank()) {
      throw new InvalidPropertyException("endpointName must not be blank");
    }
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }

  public String getEndpointName() {
    return endpointName;
  }

  public void setEndpointName(String endpointName) {
    this.endpointName = endpointName;
  }
}
