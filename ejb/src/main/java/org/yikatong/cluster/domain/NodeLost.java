package org.yikatong.cluster.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Fired (CDI, in the transaction that marks the node LOST) on exactly one surviving node when a
 * node is lost, or on the node itself when it starts again after it ended without leaving and
 * before anyone found it lost: the areas that keep records per node close or hand over the records
 * that node held until then.
 *
 * @param name the lost node's {@code jboss.node.name}
 * @param at when it was marked lost
 */
public record NodeLost(String name, Instant at) {

  public NodeLost {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
  }
}
