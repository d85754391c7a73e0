package org.yikatong.servicedesk.domain.survey;

/** A satisfaction survey takes responses while OPEN; a CLOSED one only reports its results. */
public enum SurveyStatus {
  OPEN,
  CLOSED
}
