package org.yikatong.servicedesk.domain.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The quarterly user satisfaction survey (每季度一次 (O&M plan)): one per quarter, named by it ({@code
 * 2026-Q4}), with numbered questions each scored 1 (very dissatisfied) to 5 (very satisfied).
 *
 * <p>Lifecycle: created OPEN with its questions (never changed afterwards, so results stay
 * comparable); takes responses ({@link #respond}) that score every question once; closed at the end
 * of the quarter. Uniqueness of one response per respondent is kept by the database.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;
  public static final int MAX_QUESTIONS = 30;

  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_survey_seq")
  @SequenceGenerator(
      name = "satisfaction_survey_seq",
      sequenceName = "satisfaction_survey_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "quarter_code", nullable = false, updatable = false, length = 7)
  private String quarter;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private SurveyStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "survey", cascade = CascadeType.PERSIST)
  @OrderBy("questionNo")
  private List<SurveyQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected SatisfactionSurvey() {}

  public SatisfactionSurvey(
      String quarter, String title, List<String> questions, Instant now, String by) {
    if (quarter == null || !QUARTER.matcher(quarter).matches()) {
      throw new IllegalArgumentException("A quarter reads like 2026-Q4: " + quarter);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A survey needs a title");
    }
    if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
      throw new IllegalArgumentException(
          "A survey has 1 to " + MAX_QUESTIONS + " questions, not " + sizeOf(questions));
    }
    this.quarter = quarter;
    this.title = title.strip();
    this.status = SurveyStatus.OPEN;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.createdBy = Objects.requireNonNull(by, "by");
    for (String q : questions) {
      if (q == null || q.isBlank()) {
        throw new IllegalArgumentException("A question needs its text");
      }
      this.questions.add(new SurveyQuestion(this, this.questions.size() + 1, q.strip()));
    }
  }

  /** The quarter an instant falls in, in the zone given (Asia/Shanghai for the campus). */
  public static String quarterOf(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    return local.getYear() + "-Q" + ((local.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * A response scoring every question in order, 1 to 5. Refused: a closed survey (state), a wrong
   * number of scores or a score out of range (argument).
   */
  public SurveyResponse respond(
      RespondentKind kind,
      String respondent,
      List<Integer> scores,
      String remark,
      Instant now,
      String by) {
    if (status != SurveyStatus.OPEN) {
      throw new IllegalStateException("Survey " + quarter + " is closed");
    }
    Objects.requireNonNull(kind, "kind");
    if (respondent == null || respondent.isBlank()) {
      throw new IllegalArgumentException("A response names its respondent");
    }
    if (scores == null || scores.size() != questions.size()) {
      throw new IllegalArgumentException(
          "Survey "
              + quarter
              + " has "
              + questions.size()
              + " questions; scores given: "
              + sizeOf(scores));
    }
    for (int i = 0; i < scores.size(); i++) {
      Integer score = scores.get(i);
      if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
        throw new IllegalArgumentException(
            "Question " + (i + 1) + " is scored 1 to 5, not " + score);
      }
    }
    SurveyResponse response = new SurveyResponse(this, kind, respondent.strip(), remark, now, by);
    for (int i = 0; i < scores.size(); i++) {
      response.answer(questions.get(i), scores.get(i));
    }
    return response;
  }

  public void close(Instant now) {
    if (status != SurveyStatus.OPEN) {
      throw new IllegalStateException("Survey " + quarter + " is closed already");
    }
    this.status = SurveyStatus.CLOSED;
    this.closedAt = now;
  }

  private static int sizeOf(List<?> list) {
    return list == null ? 0 : list.size();
  }

  public Long getId() {
    return id;
  }

  public String getQuarter() {
    return quarter;
  }

  public String getTitle() {
    return title;
  }

  public SurveyStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<SurveyQuestion> getQuestions() {
    return Collections.unmodifiableList(questions);
  }
}
