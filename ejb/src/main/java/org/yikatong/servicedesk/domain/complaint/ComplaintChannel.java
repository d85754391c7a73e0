package org.yikatong.servicedesk.domain.complaint;

/** How a complaint reached the service desk. */
public enum ComplaintChannel {
  PHONE,
  WECHAT,
  APP,
  WEB,
  /** At the service counter. */
  IN_PERSON,
  EMAIL,
  /** From the quarterly survey's remarks or a user forum (用户座谈会). */
  SURVEY
}
