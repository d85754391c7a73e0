package org.yikatong.servicedesk.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SatisfactionSurveyTest {

  private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

  private static SatisfactionSurvey survey() {
    return new SatisfactionSurvey(
        "2026-Q4", "2026 年第四季度一卡通用户满意度调查", List.of("报修响应速度", "问题解决质量", "服务态度"), T0, "helpdesk");
  }

  @Test
  @DisplayName("a response scores every question 1 to 5; other counts or scores are refused")
  void responseValidation() {
    SatisfactionSurvey s = survey();
    SurveyResponse r =
        s.respond(RespondentKind.CARD_HOLDER, "20260001", List.of(5, 4, 3), null, T0, "20260001");
    assertEquals(3, r.getAnswers().size());
    assertEquals(2, r.getAnswers().get(1).getQuestion().getQuestionNo());
    assertThrows(
        IllegalArgumentException.class,
        () -> s.respond(RespondentKind.CARD_HOLDER, "x", List.of(5, 4), null, T0, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.respond(RespondentKind.CARD_HOLDER, "x", List.of(5, 4, 6), null, T0, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.respond(RespondentKind.CARD_HOLDER, "x", List.of(0, 4, 3), null, T0, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.respond(RespondentKind.CARD_HOLDER, "x", Arrays.asList(5, null, 3), null, T0, "x"));
    s.close(T0);
    assertThrows(
        IllegalStateException.class,
        () -> s.respond(RespondentKind.DEPARTMENT, "图书馆", List.of(5, 5, 5), null, T0, "helpdesk"));
    assertThrows(IllegalStateException.class, () -> s.close(T0));
  }

  @Test
  @DisplayName("a survey is named by its quarter and has 1 to 30 questions")
  void quarterAndQuestions() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SatisfactionSurvey("2026-Q5", "t", List.of("q"), T0, "helpdesk"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SatisfactionSurvey("2026-Q1", "t", List.of(), T0, "helpdesk"));
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    assertEquals("2026-Q4", SatisfactionSurvey.quarterOf(T0, shanghai));
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Shanghai.
    assertEquals(
        "2027-Q1", SatisfactionSurvey.quarterOf(Instant.parse("2026-12-31T17:00:00Z"), shanghai));
    assertEquals(
        "2026-Q3", SatisfactionSurvey.quarterOf(Instant.parse("2026-09-30T15:59:59Z"), shanghai));
  }

  @Test
  @DisplayName("results: count, mean per question and overall, distribution of scores")
  void results() {
    SatisfactionSurvey s = survey();
    // Three responses: (5,4,3), (4,4,1), (5,2,3)
    List<SurveyResults.ScoreCount> counts =
        List.of(
            new SurveyResults.ScoreCount(1, 5, 2),
            new SurveyResults.ScoreCount(1, 4, 1),
            new SurveyResults.ScoreCount(2, 4, 2),
            new SurveyResults.ScoreCount(2, 2, 1),
            new SurveyResults.ScoreCount(3, 3, 2),
            new SurveyResults.ScoreCount(3, 1, 1));
    SurveyResults r = SurveyResults.of(s.getQuestions(), 3, counts);
    assertEquals(3, r.responses());
    assertEquals(9, r.count());
    assertEquals(new BigDecimal("4.67"), r.questions().get(0).mean(), "14/3 half up");
    assertEquals(new BigDecimal("3.33"), r.questions().get(1).mean(), "10/3");
    assertEquals(new BigDecimal("2.33"), r.questions().get(2).mean(), "7/3");
    assertEquals(new BigDecimal("3.44"), r.mean(), "31/9");
    assertEquals(Map.of("1", 1L, "2", 1L, "3", 2L, "4", 3L, "5", 2L), r.distribution());
    assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(r.distribution().keySet()));
    assertEquals(
        Map.of("1", 0L, "2", 0L, "3", 0L, "4", 1L, "5", 2L), r.questions().get(0).distribution());
    assertEquals("服务态度", r.questions().get(2).text());
  }

  @Test
  @DisplayName("a mean rounds half up to two decimals: 4.125 → 4.13, 2.5 → 2.50")
  void rounding() {
    SatisfactionSurvey s = new SatisfactionSurvey("2026-Q4", "t", List.of("q"), T0, "helpdesk");
    // 5,5,5,5,5,4,3,1 → 33/8 = 4.125
    SurveyResults r =
        SurveyResults.of(
            s.getQuestions(),
            8,
            List.of(
                new SurveyResults.ScoreCount(1, 5, 5),
                new SurveyResults.ScoreCount(1, 4, 1),
                new SurveyResults.ScoreCount(1, 3, 1),
                new SurveyResults.ScoreCount(1, 1, 1)));
    assertEquals(new BigDecimal("4.13"), r.mean());
    SurveyResults half =
        SurveyResults.of(
            s.getQuestions(),
            2,
            List.of(new SurveyResults.ScoreCount(1, 2, 1), new SurveyResults.ScoreCount(1, 3, 1)));
    assertEquals(new BigDecimal("2.50"), half.mean());
  }

  @Test
  @DisplayName("no responses: zero counts and no mean")
  void empty() {
    SurveyResults r = SurveyResults.of(survey().getQuestions(), 0, List.of());
    assertEquals(0, r.count());
    assertNull(r.mean());
    assertNull(r.questions().get(0).mean());
    assertEquals(0L, r.distribution().get("5"));
  }

  @Test
  @DisplayName("counts for unknown questions or scores out of range are refused")
  void badCounts() {
    List<SurveyQuestion> qs = survey().getQuestions();
    assertThrows(
        IllegalArgumentException.class,
        () -> SurveyResults.of(qs, 1, List.of(new SurveyResults.ScoreCount(4, 5, 1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> SurveyResults.of(qs, 1, List.of(new SurveyResults.ScoreCount(1, 6, 1))));
  }
}
