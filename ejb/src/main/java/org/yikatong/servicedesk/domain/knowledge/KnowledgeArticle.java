package org.yikatong.servicedesk.domain.knowledge;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * A knowledge base article or FAQ entry: a title, a body, keywords and tags for finding it, an
 * optional ticket category it helps with, and its audience ({@link ArticleAudience}).
 *
 * <p>Lifecycle: created as a {@link ArticleStatus#DRAFT} with revision 1; every edit adds a
 * revision (the article holds the latest text, {@link ArticleRevision} keeps each one); {@link
 * #publish} and {@link #retire} move it along {@link ArticleStatus#next()}, anything else is an
 * {@link IllegalStateException}. A retired article cannot be edited: publish it again first. Only
 * published public articles are shown without login.
 */
@Entity
@Table(name = "kb_article")
public class KnowledgeArticle {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 4000;
  public static final int WORDS_MAX = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
  @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
  private Long id;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "body", nullable = false, length = BODY_MAX)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 16)
  private TicketCategory category;

  /** Free tags, lower case, separated by one space. */
  @Column(name = "tags", nullable = false, length = WORDS_MAX)
  private String tags;

  /** Search keywords, lower case, separated by one space. */
  @Column(name = "keywords", nullable = false, length = WORDS_MAX)
  private String keywords;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 8)
  private ArticleAudience audience;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private ArticleStatus status;

  @Column(name = "author", nullable = false, updatable = false, length = 64)
  private String author;

  @Column(name = "revision_no", nullable = false)
  private int revision;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
  @OrderBy("revision")
  private List<ArticleRevision> revisions = new ArrayList<>();

  @Version private long version;

  protected KnowledgeArticle() {}

  /** A new draft, revision 1. */
  public KnowledgeArticle(
      String title,
      String body,
      TicketCategory category,
      List<String> tags,
      List<String> keywords,
      ArticleAudience audience,
      Instant now,
      String author) {
    this.status = ArticleStatus.DRAFT;
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.revision = 0;
    apply(title, body, category, tags, keywords, audience, now, author);
  }

  /** Replaces the text and attributes as a new revision; a retired article is not edited. */
  public void edit(
      String title,
      String body,
      TicketCategory category,
      List<String> tags,
      List<String> keywords,
      ArticleAudience audience,
      Instant now,
      String by) {
    if (status == ArticleStatus.RETIRED) {
      throw new IllegalStateException("Article " + id + " is retired; publish it again to edit");
    }
    apply(title, body, category, tags, keywords, audience, now, by);
  }

  public void publish(Instant now, String by) {
    move(ArticleStatus.PUBLISHED, now, by);
    this.publishedAt = now;
  }

  public void retire(Instant now, String by) {
    move(ArticleStatus.RETIRED, now, by);
  }

  /** Whether anybody may read it without login. */
  public boolean isPublicFaq() {
    return status == ArticleStatus.PUBLISHED && audience == ArticleAudience.PUBLIC;
  }

  /** Search rank for the words of a query ({@link ArticleSearch#score}). */
  public int score(List<String> terms) {
    return ArticleSearch.score(title, keywords, body, terms);
  }

  private void move(ArticleStatus to, Instant now, String by) {
    if (!status.next().contains(to)) {
      throw new IllegalStateException(
          "Article " + id + " is " + status + " and cannot become " + to);
    }
    this.status = to;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  private void apply(
      String title,
      String body,
      TicketCategory category,
      List<String> tags,
      List<String> keywords,
      ArticleAudience audience,
      Instant now,
      String by) {
    this.title = required(title, "title", TITLE_MAX);
    this.body = required(body, "body", BODY_MAX);
    this.category = category;
    this.tags = words(tags, "tags");
    this.keywords = words(keywords, "keywords");
    this.audience = Objects.requireNonNull(audience, "audience");
    this.updatedAt = Objects.requireNonNull(now, "now");
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.revision++;
    revisions.add(
        new ArticleRevision(this, revision, this.title, this.body, this.keywords, now, by));
  }

  private static String required(String text, String what, int max) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("An article needs a " + what);
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException("The " + what + " is longer than " + max + " characters");
    }
    return stripped;
  }

  private static String words(List<String> words, String what) {
    String normalized = ArticleSearch.normalizeWords(words);
    if (normalized.length() > WORDS_MAX) {
      throw new IllegalArgumentException(
          "The " + what + " are longer than " + WORDS_MAX + " characters together");
    }
    return normalized;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public List<String> getTags() {
    return split(tags);
  }

  public List<String> getKeywords() {
    return split(keywords);
  }

  public ArticleAudience getAudience() {
    return audience;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public String getAuthor() {
    return author;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<ArticleRevision> getRevisions() {
    return Collections.unmodifiableList(revisions);
  }

  private static List<String> split(String words) {
    return words == null || words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
  }
}
