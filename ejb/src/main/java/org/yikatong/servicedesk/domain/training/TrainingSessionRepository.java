package org.yikatong.servicedesk.domain.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Training sessions with their attendees and materials. */
public interface TrainingSessionRepository {

  void add(TrainingSession session);

  Optional<TrainingSession> findById(long id);

  /** The session, locked for update until the transaction ends. */
  Optional<TrainingSession> lockById(long id);

  /**
   * Sessions starting in [from, to), in time order, at most {@code max}.
   *
   * @param from null for no lower bound
   * @param to null for no upper bound
   */
  List<TrainingSession> startingBetween(Instant from, Instant to, int max);

  /** What the sessions starting in [from, to) cost together, in fen; null when there are none. */
  Long sumCostFen(Instant from, Instant to);

  /**
   * Writes the transaction's pending changes to the database now: new attendees and materials get
   * their ids.
   */
  void flush();
}
