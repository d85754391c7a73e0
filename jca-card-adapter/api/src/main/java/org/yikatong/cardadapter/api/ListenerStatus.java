package org.yikatong.cardadapter.api;

import java.io.Serializable;

/**
 * Whether the adapter's listener for terminal gateways takes connections now.
 *
 * @param accepting the server socket is bound and open and its accept loop runs
 * @param address where it listens (or is set to listen), as {@code host:port}
 * @param connections the gateway connections open
 */
public record ListenerStatus(boolean accepting, String address, int connections)
    implements Serializable {}
