package org.yikatong.terminal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gateway connections seen by the card adapters of the cluster. */
public interface GatewayConnectionRepository {

  void add(GatewayConnectionRecord record);

  Optional<GatewayConnectionRecord> findByConnectionId(String connectionId);

  /**
   * The connections of {@code nodeName} opened by {@code openedBy} and still open, oldest first.
   */
  List<GatewayConnectionRecord> findOpenOf(String nodeName, Instant openedBy);

  /** The most recently opened connections first. */
  List<GatewayConnectionRecord> findRecent(int limit);
}
