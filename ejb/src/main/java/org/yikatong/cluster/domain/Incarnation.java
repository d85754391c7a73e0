package org.yikatong.cluster.domain;

import java.util.Objects;

/**
 * One start of the application in one process: a random id per start, and the machine and
 * operating-system process it runs in.
 */
public record Incarnation(String instanceId, String hostName, long processId) {

  public Incarnation {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(hostName, "hostName");
  }
}
