package org.yikatong.cluster.application;

import java.time.Instant;

/** A timer row of a lost node given back, and the date this node's timer claims it. */
public record ReleasedTimer(String id, String bean, String schedule, Instant nextDate) {}
