package org.yikatong.emergency.domain;

import java.util.List;
import java.util.Optional;

/** Review records of ended emergencies. */
public interface EmergencyReviewRepository {

  void add(EmergencyReview review);

  /** The review of an emergency, if it has ended. */
  Optional<EmergencyReview> findByEmergency(long emergencyId);

  /** The review of an emergency, locked for update until the transaction ends. */
  Optional<EmergencyReview> lockByEmergency(long emergencyId);

  /** Reviews, newest first, at most {@code max}. */
  List<EmergencyReview> latest(int max);
}
