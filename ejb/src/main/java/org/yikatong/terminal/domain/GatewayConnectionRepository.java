package org.yikatong.terminal.domain;

import java.util.List;
import java.util.Optional;

/** Gateway connections seen by the card adapters of the cluster. */
public interface GatewayConnectionRepository {

  void add(GatewayConnectionRecord record);

  Optional<GatewayConnectionRecord> findByConnectionId(String connectionId);

  /** The connections of one node still open, oldest first. */
  List<GatewayConnectionRecord> findOpenOf(String nodeName);

  /** The most recently opened connections first. */
  List<GatewayConnectionRecord> findRecent(int limit);
}
