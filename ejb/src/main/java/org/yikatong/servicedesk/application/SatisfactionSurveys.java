package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.CallerRoles;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.survey.RespondentKind;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurvey;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurveyRepository;
import org.yikatong.servicedesk.domain.survey.SurveyResponse;
import org.yikatong.servicedesk.domain.survey.SurveyResults;

/**
 * Quarterly user satisfaction surveys (每季度一次 (O&M plan)): the helpdesk opens one per quarter and
 * closes it; card holders answer (once each); the helpdesk records departments' answers; staff and
 * auditors read the results. One response per respondent: a second is refused (409), and the
 * database's unique key keeps it so under concurrent requests.
 */
@Stateless
public class SatisfactionSurveys {

  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  @Inject Caller caller;
  @Inject Clock clock;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;
  @Inject SatisfactionSurveyRepository surveys;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public SatisfactionSurvey open(@NotNull @Valid NewSurvey request) {
    String quarter =
        request.quarter() == null || request.quarter().isBlank()
            ? SatisfactionSurvey.quarterOf(clock.instant(), CAMPUS)
            : request.quarter().strip();
    if (surveys.existsForQuarter(quarter)) {
      throw RequestRefusedException.conflict("There is a survey for " + quarter + " already");
    }
    try {
      SatisfactionSurvey survey =
          new SatisfactionSurvey(
              quarter, request.title(), request.questions(), clock.instant(), caller.name());
      surveys.add(survey);
      return survey;
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR, Role.CARDHOLDER})
  public SatisfactionSurvey find(long id) {
    return surveys
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No survey " + id));
  }

  /** Every survey, newest quarter first. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR, Role.CARDHOLDER})
  public List<SatisfactionSurvey> list() {
    return surveys.findAll();
  }

  /**
   * Records a response. Refused: unknown survey (404), a closed one or a second response of the
   * same respondent (409), a wrong number of scores or a score outside 1..5 (400).
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.CARDHOLDER})
  @Audited
  public SurveyResponse respond(long surveyId, @NotNull @Valid SurveyAnswers answers) {
    SatisfactionSurvey survey = find(surveyId);
    boolean holder = CallerRoles.isCardHolderOnly(session);
    RespondentKind kind = holder ? RespondentKind.CARD_HOLDER : answers.respondentKind();
    String respondent = holder ? caller.name() : answers.respondent();
    if (kind == null) {
      throw RequestRefusedException.invalid("respondentKind is CARD_HOLDER or DEPARTMENT");
    }
    SurveyResponse response;
    try {
      response =
          survey.respond(
              kind, respondent, answers.scores(), answers.remark(), clock.instant(), caller.name());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    if (surveys.hasResponded(survey, kind, response.getRespondent())) {
      throw RequestRefusedException.conflict(
          response.getRespondent() + " has answered survey " + survey.getQuarter() + " already");
    }
    surveys.add(response);
    surveys.flush(); // a concurrent duplicate fails here, on the unique key, as a 409
    return response;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public SatisfactionSurvey close(long id) {
    SatisfactionSurvey survey = find(id);
    try {
      survey.close(clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    return survey;
  }

  /** Count, mean per question and overall, and the distribution of scores. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public SurveyResults results(long id) {
    SatisfactionSurvey survey = find(id);
    long responses = surveys.countResponses(survey);
    return SurveyResults.of(survey.getQuestions(), responses, surveys.scoreCounts(survey));
  }
}
