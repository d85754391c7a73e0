package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A question and its answer published with an emergency, as an article of the service desk's
 * knowledge base (kept by its id) while the emergency is active.
 */
@Embeddable
public class FaqEntry {

  public static final int QUESTION_MAX = 200;
  public static final int ANSWER_MAX = 1000;

  @Column(name = "question", nullable = false, length = 600)
  private String question;

  @Column(name = "answer", nullable = false, length = 4000)
  private String answer;

  @Column(name = "article_id")
  private Long articleId;

  protected FaqEntry() {}

  public FaqEntry(String question, String answer) {
    if (question == null || question.isBlank() || question.length() > QUESTION_MAX) {
      throw new IllegalArgumentException("A question has 1 to " + QUESTION_MAX + " characters");
    }
    if (answer == null || answer.isBlank() || answer.length() > ANSWER_MAX) {
      throw new IllegalArgumentException("An answer has 1 to " + ANSWER_MAX + " characters");
    }
    this.question = question.strip();
    this.answer = answer.strip();
  }

  /** The knowledge base article that publishes this entry. */
  public void published(long articleId) {
    this.articleId = articleId;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public Long getArticleId() {
    return articleId;
  }

  @Override
  public String toString() {
    return Objects.toString(question);
  }
}
