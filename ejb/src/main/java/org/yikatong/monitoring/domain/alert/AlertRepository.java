package org.yikatong.monitoring.domain.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The alerts, open and past. */
public interface AlertRepository {

  /** Pending and raised alerts, oldest first. */
  List<Alert> findOpen();

  Optional<Alert> find(long id);

  /** Locks the alert's row (the evaluator and a person may act on it at once). */
  Optional<Alert> lock(long id);

  /** Alerts whose episode began in [from, to), newest first, at most {@code max}. */
  List<Alert> findSince(Instant from, Instant to, AlertState state, int max);

  long countRaised();

  void add(Alert alert);

  /** Stores a new alert now, so that a second one for the same rule and subject fails here. */
  void addNow(Alert alert);

  void remove(Alert alert);
}
