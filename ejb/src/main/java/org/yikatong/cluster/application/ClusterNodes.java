package org.yikatong.cluster.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.cluster.domain.ClusterNodeRepository;
import org.yikatong.security.domain.Role;

/** The nodes of the cluster as operators see them. */
@Stateless
public class ClusterNodes {

  @Inject ClusterNodeRepository nodes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String nodeName;

  @Inject
  @ConfigProperty(name = "yikatong.cluster.lost-after", defaultValue = "PT45S")
  Duration lostAfter;

  /** Every node that ever joined, by name. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<NodeSummary> list() {
    Instant now = clock.instant();
    return nodes.findAll().stream()
        .map(
            n ->
                new NodeSummary(
                    n.getName(),
                    n.getStartedAt(),
                    n.getLastBeatAt(),
                    n.isAlive(now, lostAfter),
                    n.getLeftAt(),
                    n.getLeftHow(),
                    n.getName().equals(nodeName)))
        .toList();
  }
}
