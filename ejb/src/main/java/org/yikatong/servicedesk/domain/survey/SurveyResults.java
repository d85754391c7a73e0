package org.yikatong.servicedesk.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a survey's responses add up to: per question the number of scores, their mean and how many
 * gave each score 1..5; overall the same over every score given. Means have two decimals (half up);
 * with no scores there is no mean (null). Plain arithmetic, computed from counts per question and
 * score, so the database does the counting.
 *
 * @param responses how many responses the survey has
 * @param count how many scores were given in all
 * @param mean the mean of all scores, or null
 * @param distribution how many scores of 1, 2, 3, 4, 5 (keys "1".."5")
 */
public record SurveyResults(
    long responses,
    long count,
    BigDecimal mean,
    Map<String, Long> distribution,
    List<QuestionResult> questions) {

  /** One question's figures. */
  public record QuestionResult(
      int questionNo, String text, long count, BigDecimal mean, Map<String, Long> distribution) {}

  /** How many times a question got a score (one row of the database's counting). */
  public record ScoreCount(int questionNo, int score, long count) {}

  /** The results of the questions from the counts; counts of unknown questions are refused. */
  public static SurveyResults of(
      List<SurveyQuestion> questions, long responses, List<ScoreCount> counts) {
    List<QuestionResult> results = new ArrayList<>();
    long[] overall = new long[SatisfactionSurvey.MAX_SCORE + 1];
    for (SurveyQuestion q : questions) {
      long[] byScore = new long[SatisfactionSurvey.MAX_SCORE + 1];
      for (ScoreCount c : counts) {
        if (c.questionNo() == q.getQuestionNo()) {
          if (c.score() < SatisfactionSurvey.MIN_SCORE
              || c.score() > SatisfactionSurvey.MAX_SCORE) {
            throw new IllegalArgumentException("A score out of range: " + c);
          }
          byScore[c.score()] += c.count();
          overall[c.score()] += c.count();
        }
      }
      results.add(
          new QuestionResult(
              q.getQuestionNo(),
              q.getText(),
              total(byScore),
              mean(byScore),
              distribution(byScore)));
    }
    for (ScoreCount c : counts) {
      if (questions.stream().noneMatch(q -> q.getQuestionNo() == c.questionNo())) {
        throw new IllegalArgumentException("Scores for no question of the survey: " + c);
      }
    }
    return new SurveyResults(
        responses, total(overall), mean(overall), distribution(overall), List.copyOf(results));
  }

  static long total(long[] byScore) {
    long n = 0;
    for (int s = SatisfactionSurvey.MIN_SCORE; s <= SatisfactionSurvey.MAX_SCORE; s++) {
      n += byScore[s];
    }
    return n;
  }

  /** Sum of score × count over the count, two decimals half up; null without scores. */
  static BigDecimal mean(long[] byScore) {
    long n = total(byScore);
    if (n == 0) {
      return null;
    }
    long sum = 0;
    for (int s = SatisfactionSurvey.MIN_SCORE; s <= SatisfactionSurvey.MAX_SCORE; s++) {
      sum += s * byScore[s];
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }

  private static Map<String, Long> distribution(long[] byScore) {
    Map<String, Long> d = new LinkedHashMap<>();
    for (int s = SatisfactionSurvey.MIN_SCORE; s <= SatisfactionSurvey.MAX_SCORE; s++) {
      d.put(Integer.toString(s), byScore[s]);
    }
    return d;
  }
}
