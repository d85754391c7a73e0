package org.yikatong.cluster.application;

import java.time.Instant;
import java.util.List;

/**
 * What this node did for a lost node: marked it LOST at {@code at} (firing {@code NodeLost}) and
 * released the timers it held.
 */
public record Takeover(String node, Instant lastBeatAt, Instant at, List<ReleasedTimer> timers) {}
