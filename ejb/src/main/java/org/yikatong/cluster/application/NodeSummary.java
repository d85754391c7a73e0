package org.yikatong.cluster.application;

import java.time.Instant;
import org.yikatong.cluster.domain.LeftHow;

/**
 * A node of the cluster as shown to operators: {@code alive} while a member with a recent
 * heartbeat; {@code self} for the node that answers.
 */
public record NodeSummary(
    String name,
    Instant startedAt,
    Instant lastBeatAt,
    boolean alive,
    Instant leftAt,
    LeftHow leftHow,
    boolean self) {}
