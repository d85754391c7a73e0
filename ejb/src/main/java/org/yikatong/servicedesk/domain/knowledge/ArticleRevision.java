package org.yikatong.servicedesk.domain.knowledge;

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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One version of a knowledge article's text, as it was saved; never changed. */
@Entity
@Table(name = "kb_article_revision")
@Immutable
public class ArticleRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_revision_seq")
  @SequenceGenerator(
      name = "kb_article_revision_seq",
      sequenceName = "kb_article_revision_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id", nullable = false)
  private KnowledgeArticle article;

  @Column(name = "revision_no", nullable = false)
  private int revision;

  @Column(name = "title", nullable = false, length = KnowledgeArticle.TITLE_MAX)
  private String title;

  @Column(name = "body", nullable = false, length = KnowledgeArticle.BODY_MAX)
  private String body;

  @Column(name = "keywords", nullable = false, length = KnowledgeArticle.WORDS_MAX)
  private String keywords;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  @Column(name = "edited_by", nullable = false, length = 64)
  private String editedBy;

  protected ArticleRevision() {}

  ArticleRevision(
      KnowledgeArticle article,
      int revision,
      String title,
      String body,
      String keywords,
      Instant editedAt,
      String editedBy) {
    this.article = article;
    this.revision = revision;
    this.title = title;
    this.body = body;
    this.keywords = keywords;
    this.editedAt = editedAt;
    this.editedBy = editedBy;
  }

  public int getRevision() {
    return revision;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getKeywords() {
    return keywords;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public String getEditedBy() {
    return editedBy;
  }
}
