package org.yikatong.servicedesk.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

class KnowledgeArticleTest {

  private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

  private static KnowledgeArticle draft(ArticleAudience audience) {
    return new KnowledgeArticle(
        "校园卡丢失如何挂失",
        "通过微信公众号或服务台挂失。",
        TicketCategory.OPERATOR_ERROR,
        List.of("挂失"),
        List.of("丢卡", "饭卡"),
        audience,
        T0,
        "helpdesk");
  }

  @Test
  @DisplayName("a new article is a draft, revision 1, and not on the public FAQ")
  void newDraft() {
    KnowledgeArticle a = draft(ArticleAudience.PUBLIC);
    assertEquals(ArticleStatus.DRAFT, a.getStatus());
    assertEquals(1, a.getRevision());
    assertEquals(1, a.getRevisions().size());
    assertEquals(List.of("丢卡", "饭卡"), a.getKeywords());
    assertFalse(a.isPublicFaq());
  }

  @Test
  @DisplayName("each edit is a new revision; the old text stays in the revisions")
  void revisions() {
    KnowledgeArticle a = draft(ArticleAudience.PUBLIC);
    Instant later = T0.plusSeconds(3600);
    a.edit("校园卡挂失", "新正文", null, List.of(), List.of("挂失"), ArticleAudience.PUBLIC, later, "admin");
    assertEquals(2, a.getRevision());
    assertEquals("校园卡挂失", a.getTitle());
    assertEquals(later, a.getUpdatedAt());
    assertEquals("admin", a.getUpdatedBy());
    assertEquals("helpdesk", a.getAuthor());
    assertEquals("校园卡丢失如何挂失", a.getRevisions().get(0).getTitle());
    assertEquals(2, a.getRevisions().get(1).getRevision());
  }

  @Test
  @DisplayName("draft → published → retired → published; other moves refused, retired not edited")
  void statusFlow() {
    KnowledgeArticle a = draft(ArticleAudience.PUBLIC);
    a.publish(T0, "helpdesk");
    assertTrue(a.isPublicFaq());
    assertThrows(IllegalStateException.class, () -> a.publish(T0, "helpdesk"));
    a.retire(T0, "helpdesk");
    assertFalse(a.isPublicFaq());
    assertThrows(IllegalStateException.class, () -> a.retire(T0, "helpdesk"));
    assertThrows(
        IllegalStateException.class,
        () -> a.edit("t", "b", null, null, null, ArticleAudience.PUBLIC, T0, "helpdesk"));
    a.publish(T0, "helpdesk");
    assertEquals(ArticleStatus.PUBLISHED, a.getStatus());
  }

  @Test
  @DisplayName("a published staff article is not on the public FAQ")
  void staffOnly() {
    KnowledgeArticle a = draft(ArticleAudience.STAFF);
    a.publish(T0, "helpdesk");
    assertFalse(a.isPublicFaq());
  }

  @Test
  @DisplayName("a blank title or body is refused")
  void required() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new KnowledgeArticle(
                " ", "b", null, null, null, ArticleAudience.PUBLIC, T0, "helpdesk"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new KnowledgeArticle(
                "t", null, null, null, null, ArticleAudience.PUBLIC, T0, "helpdesk"));
  }
}
