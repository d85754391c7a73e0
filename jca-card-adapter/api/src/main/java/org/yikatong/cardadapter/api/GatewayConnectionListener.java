package org.yikatong.cardadapter.api;

/**
 * Message listener through which the card adapter reports the life of gateway connections.
 *
 * <p>A message endpoint (MDB) bound to the card adapter with this listener type is activated when
 * the application starts; while at least one such endpoint is active the adapter accepts gateway
 * connections. Each method is called once per event, on a thread of the JCA work manager, and must
 * not block for long: it runs on the connection's own reader thread.
 */
public interface GatewayConnectionListener {

  /**
   * A gateway has opened a TCP connection to the adapter.
   *
   * @param event the connection, with {@link GatewayConnectionEvent#closeReason()} {@code null}
   */
  void gatewayConnected(GatewayConnectionEvent event);

  /**
   * A gateway connection has ended, for the reason given in the event.
   *
   * @param event the connection, with a non-null {@link GatewayConnectionEvent#closeReason()}
   */
  void gatewayDisconnected(GatewayConnectionEvent event);
}
