package org.yikatong.monitoring.domain.traffic;

import java.time.Instant;
import java.util.List;

/** The per-minute traffic summaries of every node. */
public interface TrafficMinuteRepository {

  void add(TrafficMinute minute);

  /** The node's own rows of the minutes from {@code fromMinute} on: what a flush adds to. */
  List<TrafficMinute> findOfNode(String nodeName, Instant fromMinute);

  /** Every node's rows of the subjects of a kind for the minutes starting in [from, to). */
  List<TrafficMinute> findBetween(SubjectKind kind, Instant from, Instant to);

  /** The rows of one subject for the minutes starting in [from, to), oldest first. */
  List<TrafficMinute> findOf(SubjectKind kind, String subject, Instant from, Instant to);

  /** Deletes the rows of minutes before the instant; returns how many. */
  int deleteBefore(Instant before);
}
