package org.yikatong.servicedesk.domain.survey;

/** Who answered a survey: a card holder (by holder number) or a staff department (by name). */
public enum RespondentKind {
  CARD_HOLDER,
  DEPARTMENT
}
