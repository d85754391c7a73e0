package org.yikatong.emergency.domain;

/** An emergency is active from its declaration until it is ended, once. */
public enum EmergencyStatus {
  ACTIVE,
  ENDED
}
