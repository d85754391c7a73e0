package org.yikatong.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.yikatong.cardadapter.api.ListenerStatus;
import org.yikatong.cardadapter.api.TerminalCommandConnectionFactory;

/**
 * Readiness: the card adapter's listener takes terminal gateway connections (its socket bound on
 * {@code yikatong.adapter.bind-address}:{@code yikatong.adapter.port}, default 127.0.0.1:9500, and
 * its accept loop running). DOWN otherwise: gateways sent to this node would find no one to answer.
 * The adapter answers from its own state, so the check opens no connection and leaves no record in
 * the gateway connection log.
 */
@Readiness
@ApplicationScoped
public class TerminalListenerReadiness implements HealthCheck {

  static final String NAME = "yikatong-terminal-listener";

  static final String ADAPTER = "java:/yikatong/TerminalCommands";

  @Override
  public HealthCheckResponse call() {
    return check(
        () -> {
          try {
            return InitialContext.<TerminalCommandConnectionFactory>doLookup(ADAPTER)
                .listenerStatus();
          } catch (NamingException e) {
            throw new IllegalStateException("The card adapter is not bound at " + ADAPTER, e);
          }
        });
  }

  static HealthCheckResponse check(Supplier<ListenerStatus> status) {
    Map<String, Object> data = new LinkedHashMap<>();
    boolean up;
    try {
      ListenerStatus s = status.get();
      up = s.accepting();
      data.put("address", s.address());
      data.put("port", port(s.address()));
      data.put("connections", s.connections());
      if (!up) {
        data.put("error", "the listener takes no connections");
      }
    } catch (RuntimeException e) {
      up = false;
      data.put("error", String.valueOf(e.getMessage()));
    }
    return new HealthCheckResponse(
        NAME,
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }

  /** The port of a {@code host:port} address; -1 when it names none. */
  static long port(String address) {
    int colon = address == null ? -1 : address.lastIndexOf(':');
    try {
      return colon < 0 ? -1 : Long.parseLong(address.substring(colon + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
