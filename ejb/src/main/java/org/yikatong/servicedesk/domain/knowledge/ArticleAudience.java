package org.yikatong.servicedesk.domain.knowledge;

/** Who may read a knowledge article. */
public enum ArticleAudience {
  /** Helpdesk, technicians and other staff only: internal procedures. */
  STAFF,
  /** Everybody, also without login: the FAQ the WeChat and app channels show. */
  PUBLIC
}
