package org.yikatong.cardadapter.inbound;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionListener;

/**
 * The message endpoints currently activated on the adapter, one entry per activation spec.
 *
 * <p>Thread-safe: activations change on container threads while connection readers deliver.
 */
public final class EndpointRegistry {

  private static final Logger LOG = Logger.getLogger(EndpointRegistry.class.getName());

  private final Map<ActivationSpec, MessageEndpointFactory> factories = new ConcurrentHashMap<>();

  public void add(ActivationSpec spec, MessageEndpointFactory factory) {
    factories.put(spec, factory);
  }

  public void remove(ActivationSpec spec) {
    factories.remove(spec);
  }

  public boolean isEmpty() {
    return factories.isEmpty();
  }

  public void clear() {
    factories.clear();
  }

  /**
   * Delivers one event to every active endpoint, each in its own endpoint instance.
   *
   * <p>A failing endpoint does not keep the event from the others; its failure is logged with the
   * cause, since the gateway on the other side cannot be told about it.
   *
   * @return how many endpoints received the event without failure
   */
  public int deliver(String what, Consumer<GatewayConnectionListener> call) {
    int delivered = 0;
    for (MessageEndpointFactory factory : factories.values()) {
      MessageEndpoint endpoint = null;
      try {
        endpoint = factory.createEndpoint(null);
        call.accept((GatewayConnectionListener) endpoint);
        delivered++;
      } catch (UnavailableException e) {
        LOG.log(Level.WARNING, "Endpoint " + factory.getActivationName() + " unavailable", e);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Endpoint " + factory.getActivationName() + " failed to handle " + what,
            e);
      } finally {
        if (endpoint != null) {
          endpoint.release();
        }
      }
    }
    return delivered;
  }
}
