package org.yikatong.cardadapter.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * Which gateway connection last carried each terminal, and the keys its last request was verified
 * with: where, and how MACed, a command for the terminal goes. A terminal's route is replaced by
 * every authenticated request it sends and dropped when its connection closes.
 */
final class TerminalRoutes {

  /** The connection and keys of a terminal's latest authenticated request. */
  record Route(String connectionId, TerminalKeys keys) {}

  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  void seen(String terminalId, String connectionId, TerminalKeys keys) {
    routes.put(terminalId, new Route(connectionId, keys));
  }

  Optional<Route> of(String terminalId) {
    return Optional.ofNullable(routes.get(terminalId));
  }

  void forgetConnection(String connectionId) {
    routes.values().removeIf(route -> route.connectionId().equals(connectionId));
  }
}
