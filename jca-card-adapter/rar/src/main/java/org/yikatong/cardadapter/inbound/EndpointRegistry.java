package org.yikatong.cardadapter.inbound;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.cardadapter.api.GatewayConnectionListener;

/**
 * The message endpoints currently activated on the adapter, one entry per activation spec, each
 * serving one of the adapter's listener types.
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
   * Delivers one connection event to every active endpoint of {@link GatewayConnectionListener},
   * each in its own endpoint instance. A failing endpoint does not keep the event from the others;
   * its failure is logged with the cause, since the gateway cannot be told about it.
   *
   * @return how many endpoints received the event without failure
   */
  public int deliver(String what, Consumer<GatewayConnectionListener> call) {
    int delivered = 0;
    for (MessageEndpointFactory factory : factoriesOf(GatewayConnectionListener.class)) {
      try {
        if (invoke(
                factory,
                GatewayConnectionListener.class,
                l -> {
                  call.accept(l);
                  return Boolean.TRUE;
                })
            .isPresent()) {
          delivered++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Endpoint " + factory.getActivationName() + " failed on " + what, e);
      }
    }
    return delivered;
  }

  /**
   * Calls the first active endpoint of the listener type.
   *
   * @return the endpoint's answer; empty when no endpoint of that type is active or available
   * @throws RuntimeException whatever the endpoint threw
   */
  public <L, R> Optional<R> callOne(Class<L> listenerType, Function<L, R> call) {
    for (MessageEndpointFactory factory : factoriesOf(listenerType)) {
      Optional<R> answer = invoke(factory, listenerType, call);
      if (answer.isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }

  private List<MessageEndpointFactory> factoriesOf(Class<?> listenerType) {
    return factories.values().stream()
        .filter(
            f ->
                f.getEndpointClass() == null || listenerType.isAssignableFrom(f.getEndpointClass()))
        .toList();
  }

  private static <L, R> Optional<R> invoke(
      MessageEndpointFactory factory, Class<L> listenerType, Function<L, R> call) {
    MessageEndpoint endpoint = null;
    try {
      endpoint = factory.createEndpoint(null);
      if (!listenerType.isInstance(endpoint)) {
        return Optional.empty();
      }
      return Optional.ofNullable(call.apply(listenerType.cast(endpoint)));
    } catch (UnavailableException e) {
      LOG.log(Level.WARNING, "Endpoint " + factory.getActivationName() + " unavailable", e);
      return Optional.empty();
    } finally {
      if (endpoint != null) {
        endpoint.release();
      }
    }
  }
}
