package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.yikatong.servicedesk.application.ArticleText;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The knowledge base editor: articles searched by words and narrowed by status and audience; a new
 * article written as a draft, or an article's text revised (each save is a new revision); the
 * article in the editor published or retired. The service keeps the rules (a retired article is not
 * edited; publishing and retiring follow the article's status), and the page says why when it
 * refuses.
 */
@Named
@ViewScoped
public class KnowledgeView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's key prefix in the message bundle. */
  static final String PAGE = "knowledge";

  /** How many articles the list shows at most. */
  static final int MAX_ROWS = 200;

  /** Keywords and tags are typed in one line, separated by spaces, commas or 、. */
  private static final Pattern WORDS = Pattern.compile("[\\s,，、;；]+");

  /** The longest keyword or tag the service takes. */
  static final int WORD_MAX = 50;

  /** One article of the list. */
  public record Row(
      long id,
      String title,
      String summary,
      String category,
      ArticleAudience audience,
      ArticleStatus status,
      int revision,
      String updatedAt,
      String updatedBy)
      implements Serializable {}

  @Inject KnowledgeBase knowledge;

  private String query;
  private ArticleStatus status;
  private ArticleAudience audience;
  private List<Row> rows = List.of();

  /** The article in the editor, or null for a new one. */
  private Long editedId;

  private ArticleStatus editedStatus;
  private int editedRevision;
  private String editedPublishedAt;
  private String title;
  private String body;
  private TicketCategory category;
  private ArticleAudience editedAudience = ArticleAudience.STAFF;
  private String keywords;
  private String tags;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Searches the articles again with the filters set. */
  public void refresh() {
    rows =
        knowledge.search(query, status, audience, MAX_ROWS).stream()
            .map(
                a ->
                    new Row(
                        a.getId(),
                        a.getTitle(),
                        summary(a.getBody()),
                        a.getCategory() == null ? null : a.getCategory().name(),
                        a.getAudience(),
                        a.getStatus(),
                        a.getRevision(),
                        ConsolePage.time(a.getUpdatedAt()),
                        a.getUpdatedBy()))
            .toList();
  }

  /** Clears the filters and lists the articles changed last. */
  public void clear() {
    query = null;
    status = null;
    audience = null;
    refresh();
  }

  /** Empties the editor for a new article. */
  public void startNew() {
    editedId = null;
    editedStatus = null;
    editedRevision = 0;
    editedPublishedAt = null;
    title = null;
    body = null;
    category = null;
    editedAudience = ArticleAudience.STAFF;
    keywords = null;
    tags = null;
  }

  /** Puts an article into the editor, as it is stored now. */
  public void edit(long id) {
    ConsoleSteps.step(PAGE, () -> show(knowledge.find(id)), null);
  }

  private void show(KnowledgeArticle a) {
    editedId = a.getId();
    editedStatus = a.getStatus();
    editedRevision = a.getRevision();
    editedPublishedAt = a.getPublishedAt() == null ? null : ConsolePage.time(a.getPublishedAt());
    title = a.getTitle();
    body = a.getBody();
    category = a.getCategory();
    editedAudience = a.getAudience();
    keywords = String.join(" ", a.getKeywords());
    tags = String.join(" ", a.getTags());
  }

  /**
   * Saves the editor's text: a new article as a draft, or a new revision of the one edited (live at
   * once when it is published). The editor then holds the article as stored.
   */
  public void save() {
    List<String> keywordList = words(keywords);
    List<String> tagList = words(tags);
    boolean keywordsFit = fits(keywordList, "editor:keywords");
    boolean tagsFit = fits(tagList, "editor:tags");
    if (!keywordsFit || !tagsFit) {
      return;
    }
    ArticleText text =
        new ArticleText(
            title == null ? null : title.strip(),
            body == null ? null : body.strip(),
            category,
            tagList,
            keywordList,
            editedAudience);
    Long id = editedId;
    ConsoleSteps.step(
        PAGE,
        () -> show(id == null ? knowledge.create(text) : knowledge.update(id, text)),
        id == null ? "knowledge.savedDraft" : "knowledge.savedRevision");
    refresh();
  }

  /** Publishes the article in the editor: the channels show it at once if it is public. */
  public void publish() {
    Long id = editedId;
    if (id != null) {
      ConsoleSteps.step(PAGE, () -> show(knowledge.publish(id)), "knowledge.published");
      refresh();
    }
  }

  /** Retires the article in the editor: nobody is pointed to it any more. */
  public void retire() {
    Long id = editedId;
    if (id != null) {
      ConsoleSteps.step(PAGE, () -> show(knowledge.retire(id)), "knowledge.retired");
      refresh();
    }
  }

  private static boolean fits(List<String> words, String clientId) {
    if (words.stream().anyMatch(w -> w.length() > WORD_MAX)) {
      ConsolePage.error(clientId, ConsolePage.bundle().getString("knowledge.wordTooLong"));
      return false;
    }
    return true;
  }

  /** The words of a line, split at spaces, commas and 、. */
  static List<String> words(String line) {
    if (line == null || line.isBlank()) {
      return List.of();
    }
    return Arrays.stream(WORDS.split(line.strip())).filter(w -> !w.isEmpty()).toList();
  }

  /** The start of an article's body on one line, for the list. */
  static String summary(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() <= 80 ? flat : flat.substring(0, 80) + "…";
  }

  /** Whether the article in the editor may be published now. */
  public boolean isPublishable() {
    return editedStatus != null && editedStatus.next().contains(ArticleStatus.PUBLISHED);
  }

  /** Whether the article in the editor may be retired now. */
  public boolean isRetirable() {
    return editedStatus != null && editedStatus.next().contains(ArticleStatus.RETIRED);
  }

  /** Whether the editor's text can be saved (a retired article is published again first). */
  public boolean isEditable() {
    return editedStatus != ArticleStatus.RETIRED;
  }

  public ArticleStatus[] getStatuses() {
    return ArticleStatus.values();
  }

  public ArticleAudience[] getAudiences() {
    return ArticleAudience.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public void setStatus(ArticleStatus status) {
    this.status = status;
  }

  public ArticleAudience getAudience() {
    return audience;
  }

  public void setAudience(ArticleAudience audience) {
    this.audience = audience;
  }

  public Long getEditedId() {
    return editedId;
  }

  public ArticleStatus getEditedStatus() {
    return editedStatus;
  }

  public int getEditedRevision() {
    return editedRevision;
  }

  public String getEditedPublishedAt() {
    return editedPublishedAt;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public ArticleAudience getEditedAudience() {
    return editedAudience;
  }

  public void setEditedAudience(ArticleAudience editedAudience) {
    this.editedAudience = editedAudience;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }
}
