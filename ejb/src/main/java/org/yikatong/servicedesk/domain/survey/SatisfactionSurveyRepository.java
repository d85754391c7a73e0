package org.yikatong.servicedesk.domain.survey;

import java.util.List;
import java.util.Optional;

/** Satisfaction surveys with their questions and responses. */
public interface SatisfactionSurveyRepository {

  void add(SatisfactionSurvey survey);

  Optional<SatisfactionSurvey> findById(long id);

  boolean existsForQuarter(String quarter);

  /** Every survey, newest quarter first. */
  List<SatisfactionSurvey> findAll();

  void add(SurveyResponse response);

  /**
   * Writes the transaction's pending changes to the database now: a concurrent second response of
   * the same respondent fails here, on the unique key.
   */
  void flush();

  /** Whether this respondent has answered the survey already. */
  boolean hasResponded(SatisfactionSurvey survey, RespondentKind kind, String respondent);

  long countResponses(SatisfactionSurvey survey);

  /** How often each score was given to each question of the survey (counts above zero only). */
  List<SurveyResults.ScoreCount> scoreCounts(SatisfactionSurvey survey);
}
