package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yikatong.servicedesk.application.NewSurvey;
import org.yikatong.servicedesk.application.SatisfactionSurveys;
import org.yikatong.servicedesk.application.SurveyAnswers;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.survey.RespondentKind;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurvey;
import org.yikatong.servicedesk.domain.survey.SurveyResults;
import org.yikatong.servicedesk.domain.survey.SurveyStatus;
import org.yikatong.servicedesk.domain.ticket.RatingSummary;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * Satisfaction, as the service desk measures it, over a period: the ratings reporters give a ticket
 * when they confirm its resolution (each with its ticket, their count and mean), and the quarterly
 * satisfaction surveys whose quarter falls in the period (responses, mean per question and
 * overall). The helpdesk opens a quarter's survey, records the answers a card holder or a
 * department gives by phone or on paper, and closes the survey.
 */
@Named
@ViewScoped
public class SurveysView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's key prefix in the message bundle. */
  static final String PAGE = "surveys";

  /** How many rated tickets the list shows at most. */
  static final int MAX_RATED = 200;

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /** A rated ticket. */
  public record Rated(
      String ticketNo, String title, int rating, String closedAt, String reporter, String assignee)
      implements Serializable {}

  /** The ratings of the period. */
  public record Ratings(long rated, BigDecimal mean, Map<String, Long> distribution)
      implements Serializable {}

  /** A quarterly survey with its overall figures. */
  public record SurveyRow(
      long id,
      String quarter,
      String title,
      SurveyStatus status,
      String createdAt,
      String closedAt,
      long responses,
      BigDecimal mean)
      implements Serializable {}

  /** One question's figures of the survey shown. */
  public record QuestionRow(
      int questionNo, String text, long count, BigDecimal mean, Map<String, Long> distribution)
      implements Serializable {}

  /** The score to record for one question of the survey shown. */
  public static class Score implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int questionNo;
    private final String text;
    private Integer score;

    Score(int questionNo, String text) {
      this.questionNo = questionNo;
      this.text = text;
    }

    public int getQuestionNo() {
      return questionNo;
    }

    public String getText() {
      return text;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }
  }

  @Inject Tickets tickets;
  @Inject SatisfactionSurveys surveys;

  private LocalDate from;
  private LocalDate to;
  private Ratings ratings;
  private List<Rated> rated = List.of();
  private List<SurveyRow> surveyRows = List.of();

  private SurveyRow shown;
  private List<QuestionRow> questions = List.of();
  private List<Score> scores = new ArrayList<>();
  private RespondentKind respondentKind = RespondentKind.CARD_HOLDER;
  private String respondent;
  private String remark;

  private String newQuarter;
  private String newTitle;
  private String newQuestions;

  @PostConstruct
  void load() {
    LocalDate today = LocalDate.now(ConsolePage.CAMPUS);
    from = today.withDayOfYear(1);
    to = today;
    refresh();
  }

  /** Reads the ratings and surveys of the period again. */
  public void refresh() {
    if (from == null || to == null || to.isBefore(from)) {
      ConsolePage.error("period:to", ConsolePage.bundle().getString("surveys.periodOrder"));
      return;
    }
    Instant start = from.atStartOfDay(ConsolePage.CAMPUS).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ConsolePage.CAMPUS).toInstant();
    RatingSummary summary = tickets.countRatings(start, end);
    ratings = new Ratings(summary.rated(), summary.mean(), summary.distribution());
    rated =
        tickets.listRated(start, end, MAX_RATED).stream()
            .map(
                t ->
                    new Rated(
                        t.getTicketNo(),
                        t.getTitle(),
                        t.getRating().orElse(0),
                        ConsolePage.time(t.getClosedAt()),
                        t.getReporterName(),
                        t.getAssignee()))
            .toList();
    surveyRows =
        surveys.list().stream().filter(s -> overlaps(s.getQuarter())).map(this::row).toList();
    if (shown != null) {
      long id = shown.id();
      shown = surveyRows.stream().filter(s -> s.id() == id).findFirst().orElse(null);
      if (shown != null) {
        readQuestions();
      }
    }
  }

  private SurveyRow row(SatisfactionSurvey s) {
    SurveyResults results = surveys.results(s.getId());
    return new SurveyRow(
        s.getId(),
        s.getQuarter(),
        s.getTitle(),
        s.getStatus(),
        ConsolePage.time(s.getCreatedAt()),
        s.getClosedAt() == null ? null : ConsolePage.time(s.getClosedAt()),
        results.responses(),
        results.mean());
  }

  /** Whether a quarter ({@code 2026-Q2}) has a day in the period shown. */
  private boolean overlaps(String quarter) {
    Matcher m = QUARTER.matcher(quarter == null ? "" : quarter);
    if (!m.matches()) {
      return true;
    }
    LocalDate first =
        LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    LocalDate last = first.plusMonths(3).minusDays(1);
    return !last.isBefore(from) && !first.isAfter(to);
  }

  /** Shows a survey's figures per question and, while it is open, the form for a response. */
  public void show(long id) {
    shown = surveyRows.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    respondentKind = RespondentKind.CARD_HOLDER;
    respondent = null;
    remark = null;
    if (shown != null) {
      readQuestions();
    }
  }

  private void readQuestions() {
    SurveyResults results = surveys.results(shown.id());
    questions =
        results.questions().stream()
            .map(
                q ->
                    new QuestionRow(
                        q.questionNo(), q.text(), q.count(), q.mean(), q.distribution()))
            .toList();
    List<Score> fresh = new ArrayList<>();
    results.questions().forEach(q -> fresh.add(new Score(q.questionNo(), q.text())));
    scores = fresh;
  }

  /** Records the answers given by phone or on paper for the survey shown. */
  public void respond() {
    if (shown == null) {
      return;
    }
    long id = shown.id();
    SurveyAnswers answers =
        new SurveyAnswers(
            respondentKind,
            ConsoleSteps.blankToNull(respondent),
            scores.stream().map(Score::getScore).toList(),
            ConsoleSteps.blankToNull(remark));
    if (ConsoleSteps.step(PAGE, () -> surveys.respond(id, answers), "surveys.responded")) {
      respondent = null;
      remark = null;
      refresh(); // the figures with the new response, and an empty form
    }
  }

  /** Closes a survey: it takes no more responses and keeps its results. */
  public void close(long id) {
    ConsoleSteps.step(PAGE, () -> surveys.close(id), "surveys.closed");
    refresh();
  }

  /** Opens a quarter's survey with its questions, one a line. */
  public void open() {
    List<String> lines =
        newQuestions == null
            ? List.of()
            : newQuestions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty() || lines.size() > SatisfactionSurvey.MAX_QUESTIONS) {
      ConsolePage.error("open:questions", ConsolePage.bundle().getString("surveys.questionCount"));
      return;
    }
    if (lines.stream().anyMatch(l -> l.length() > 500)) {
      ConsolePage.error("open:questions", ConsolePage.bundle().getString("surveys.questionLength"));
      return;
    }
    NewSurvey survey =
        new NewSurvey(
            ConsoleSteps.blankToNull(newQuarter),
            newTitle == null ? null : newTitle.strip(),
            lines);
    if (ConsoleSteps.step(PAGE, () -> surveys.open(survey), "surveys.opened")) {
      newQuarter = null;
      newTitle = null;
      newQuestions = null;
    }
    refresh();
  }

  /** The quarter of today, as a survey names it. */
  public String getCurrentQuarter() {
    return SatisfactionSurvey.quarterOf(ConsolePage.now(), ConsolePage.CAMPUS);
  }

  public RespondentKind[] getRespondentKinds() {
    return RespondentKind.values();
  }

  /** The scores a question takes, best first. */
  public List<Integer> getScoreValues() {
    return List.of(5, 4, 3, 2, 1);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Ratings getRatings() {
    return ratings;
  }

  public List<Rated> getRated() {
    return rated;
  }

  public List<SurveyRow> getSurveyRows() {
    return surveyRows;
  }

  public SurveyRow getShown() {
    return shown;
  }

  public List<QuestionRow> getQuestions() {
    return questions;
  }

  public List<Score> getScores() {
    return scores;
  }

  public RespondentKind getRespondentKind() {
    return respondentKind;
  }

  public void setRespondentKind(RespondentKind respondentKind) {
    this.respondentKind = respondentKind;
  }

  public String getRespondent() {
    return respondent;
  }

  public void setRespondent(String respondent) {
    this.respondent = respondent;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }

  public String getNewQuarter() {
    return newQuarter;
  }

  public void setNewQuarter(String newQuarter) {
    this.newQuarter = newQuarter;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewQuestions() {
    return newQuestions;
  }

  public void setNewQuestions(String newQuestions) {
    this.newQuestions = newQuestions;
  }
}
