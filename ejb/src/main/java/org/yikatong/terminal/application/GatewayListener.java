package org.yikatong.terminal.application;

import org.yikatong.cardadapter.api.ListenerStatus;

/** The card adapter's listener for terminal gateways, as the node's readiness asks after it. */
public interface GatewayListener {

  /** Whether it takes gateway connections now, where it listens and how many it holds. */
  ListenerStatus status();
}
