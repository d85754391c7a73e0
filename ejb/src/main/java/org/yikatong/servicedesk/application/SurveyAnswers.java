package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yikatong.servicedesk.domain.survey.RespondentKind;

/**
 * A response to a survey. A card holder answers for themselves (kind and respondent are theirs,
 * whatever is given); the helpdesk records a department's or a card holder's answers from paper.
 *
 * @param scores one score 1..5 per question, in question order
 */
public record SurveyAnswers(
    RespondentKind respondentKind,
    @Size(max = 100) String respondent,
    @NotNull List<Integer> scores,
    @Size(max = 1000) String remark) {}
