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

/** One question of a survey, numbered from 1, scored 1 to 5. Never changed. */
@Entity
@Table(name = "survey_question")
@Immutable
public class SurveyQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
  @SequenceGenerator(
      name = "survey_question_seq",
      sequenceName = "survey_question_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", nullable = false)
  private SatisfactionSurvey survey;

  @Column(name = "question_no", nullable = false)
  private int questionNo;

  @Column(name = "question_text", nullable = false, length = 500)
  private String text;

  protected SurveyQuestion() {}

  SurveyQuestion(SatisfactionSurvey survey, int questionNo, String text) {
    this.survey = survey;
    this.questionNo = questionNo;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public int getQuestionNo() {
    return questionNo;
  }

  public String getText() {
    return text;
  }
}
