package org.yikatong.servicedesk.domain.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One respondent's answers to a survey, made by {@link SatisfactionSurvey#respond}. One per survey
 * and respondent (unique key); never changed.
 */
@Entity
@Table(name = "survey_response")
@Immutable
public class SurveyResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
  @SequenceGenerator(
      name = "survey_response_seq",
      sequenceName = "survey_response_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", nullable = false)
  private SatisfactionSurvey survey;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_kind", nullable = false, length = 16)
  private RespondentKind respondentKind;

  @Column(name = "respondent", nullable = false, length = 100)
  private String respondent;

  @Column(name = "remark", length = 1000)
  private String remark;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
  private List<SurveyAnswer> answers = new ArrayList<>();

  protected SurveyResponse() {}

  SurveyResponse(
      SatisfactionSurvey survey,
      RespondentKind kind,
      String respondent,
      String remark,
      Instant submittedAt,
      String submittedBy) {
    this.survey = survey;
    this.respondentKind = kind;
    this.respondent = respondent;
    this.remark = remark == null || remark.isBlank() ? null : remark.strip();
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
  }

  void answer(SurveyQuestion question, int score) {
    answers.add(new SurveyAnswer(this, question, score));
  }

  public Long getId() {
    return id;
  }

  public SatisfactionSurvey getSurvey() {
    return survey;
  }

  public RespondentKind getRespondentKind() {
    return respondentKind;
  }

  public String getRespondent() {
    return respondent;
  }

  public String getRemark() {
    return remark;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public List<SurveyAnswer> getAnswers() {
    return Collections.unmodifiableList(answers);
  }
}
