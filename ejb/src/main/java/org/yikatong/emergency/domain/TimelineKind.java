package org.yikatong.emergency.domain;

/**
 * The steps of an emergency's timeline. The acknowledgements are not stored: they are read from the
 * terminals' answers to the commands (0630).
 */
public enum TimelineKind {
  DECLARED,
  SERVICE_POINTS_ON,
  COMMANDS_QUEUED,
  COMMANDS_ACKNOWLEDGED,
  FAQ_PUBLISHED,
  NOTICE_PUBLISHED,
  UPDATE_POSTED,
  ENDED,
  RESTORE_QUEUED,
  RESTORE_ACKNOWLEDGED,
  SERVICE_POINTS_OFF,
  FAQ_RETIRED,
  NOTICE_WITHDRAWN,
  REVIEW_OPENED
}
