package org.yikatong.card.domain;

/** What kind of person holds a card; access rules and fees differ by type. */
public enum CardHolderType {
  STUDENT,
  STAFF,
  VISITOR
}
