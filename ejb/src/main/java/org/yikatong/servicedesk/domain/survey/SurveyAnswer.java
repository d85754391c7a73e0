package org.yikatong.servicedesk.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The score (1 to 5) one response gave one question. Never changed. */
@Entity
@Table(name = "survey_answer")
@Immutable
public class SurveyAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
  @SequenceGenerator(
      name = "survey_answer_seq",
      sequenceName = "survey_answer_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "response_id", nullable = false)
  private SurveyResponse response;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private SurveyQuestion question;

  @Column(name = "score", nullable = false)
  private int score;

  protected SurveyAnswer() {}

  SurveyAnswer(SurveyResponse response, SurveyQuestion question, int score) {
    this.response = response;
    this.question = question;
    this.score = score;
  }

  public SurveyQuestion getQuestion() {
    return question;
  }

  public int getScore() {
    return score;
  }
}
