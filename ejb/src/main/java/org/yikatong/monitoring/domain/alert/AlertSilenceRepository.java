package org.yikatong.monitoring.domain.alert;

import java.util.List;
import java.util.Optional;

/** Silences and maintenance windows. */
public interface AlertSilenceRepository {

  /** Those not ended (in force, or planned), soonest first. */
  List<AlertSilence> findNotEnded();

  /** The latest, ended or not, newest first. */
  List<AlertSilence> findRecent(int max);

  Optional<AlertSilence> find(long id);

  void add(AlertSilence silence);
}
