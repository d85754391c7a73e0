package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base and FAQ over the REST API: the public FAQ without login shows only published
 * public articles, staff search ranks title hits first and finds keywords, tickets link articles.
 * Every test writes articles with its own marker word, so tests do not see each other's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgeBaseIT {

  private final Http http = new Http();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String marker() {
    return "kb" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Creates an article and answers its id; publishes it when asked. */
  private long article(
      String title, String body, List<String> keywords, String audience, boolean publish)
      throws Exception {
    StringBuilder json =
        new StringBuilder("{\"title\":\"")
            .append(title)
            .append("\",\"body\":\"")
            .append(body)
            .append("\",\"audience\":\"")
            .append(audience)
            .append("\",\"category\":\"HARDWARE\",\"tags\":[\"test\"],\"keywords\":[");
    for (int i = 0; i < keywords.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(keywords.get(i)).append('"');
    }
    HttpResponse<String> created =
        http.post(HELPDESK, "knowledge-articles", json.append("]}").toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject article = Http.json(created).asJsonObject();
    assertEquals("DRAFT", article.getString("status"));
    assertEquals(1, article.getInt("revision"));
    long id = article.getJsonNumber("id").longValue();
    if (publish) {
      HttpResponse<String> published =
          http.post(HELPDESK, "knowledge-articles/" + id + "/publish", null);
      assertEquals(200, published.statusCode(), published.body());
      assertEquals("PUBLISHED", Http.json(published).asJsonObject().getString("status"));
    }
    return id;
  }

  private static List<Long> ids(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    JsonArray array = Http.json(response).asJsonArray();
    return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  @Test
  @DisplayName("the FAQ answers without login, with published public articles only")
  void publicFaq() throws Exception {
    String m = marker();
    long published = article("饭卡挂失 " + m, "在公众号挂失。", List.of(), "PUBLIC", true);
    long staff = article("POS 维修 " + m, "内部流程。", List.of(), "STAFF", true);
    long draft = article("草稿 " + m, "未发布。", List.of(), "PUBLIC", false);
    long retired = article("旧流程 " + m, "已作废。", List.of(), "PUBLIC", true);
    assertEquals(
        200, http.post(HELPDESK, "knowledge-articles/" + retired + "/retire", null).statusCode());

    assertEquals(List.of(published), ids(http.anonymous("faq?q=" + m)));
    HttpResponse<String> entry = http.anonymous("faq/" + published);
    assertEquals(200, entry.statusCode(), entry.body());
    JsonObject faq = Http.json(entry).asJsonObject();
    assertTrue(faq.getString("title").contains(m));
    assertTrue(!faq.containsKey("author") && !faq.containsKey("status"), faq.toString());
    assertEquals(404, http.anonymous("faq/" + staff).statusCode(), "staff only");
    assertEquals(404, http.anonymous("faq/" + draft).statusCode(), "not published");
    assertEquals(404, http.anonymous("faq/" + retired).statusCode(), "retired");

    List<Long> all = ids(http.get(HELPDESK, "knowledge-articles?q=" + m));
    assertEquals(4, all.size(), all.toString());
    assertTrue(all.containsAll(List.of(published, staff, draft, retired)));
    assertEquals(
        List.of(staff),
        ids(http.get(HELPDESK, "knowledge-articles?q=" + m + "&audience=STAFF&status=PUBLISHED")));
    assertEquals(
        401, http.anonymous("knowledge-articles?q=" + m).statusCode(), "staff search needs login");
    assertEquals(
        403,
        http.get(CARD_HOLDER, "knowledge-articles").statusCode(),
        "card holders read the FAQ, not the knowledge base");
  }

  @Test
  @DisplayName("search: any word, any case, keywords too; title hits rank first")
  void search() throws Exception {
    String m = marker();
    long inBody = article("余额不符", "请核对消费明细 " + m.toUpperCase() + "。", List.of(), "PUBLIC", true);
    long inKeywords = article("补助领取", "在圈存机领取。", List.of("x" + m), "PUBLIC", true);
    long inTitle = article("圈存失败 " + m, "请勿重复圈存。", List.of(), "PUBLIC", true);

    List<Long> found = ids(http.anonymous("faq?q=" + q(m.toUpperCase())));
    assertEquals(List.of(inTitle, inKeywords, inBody), found, "title, then keywords, then body");
    assertEquals(List.of(inKeywords), ids(http.anonymous("faq?q=x" + m)), "found by its keyword");
    // Two words: hits add up (补助领取 in the title and the marker in the keywords rank first).
    List<Long> mine = List.of(inTitle, inKeywords, inBody);
    assertEquals(
        List.of(inKeywords, inTitle, inBody),
        ids(http.anonymous("faq?q=" + q("补助领取，" + m))).stream().filter(mine::contains).toList());
    // The demo FAQ: 挂失 finds the article with it in the title first.
    JsonArray lost = Http.json(http.anonymous("faq?q=" + q("挂失"))).asJsonArray();
    assertTrue(lost.size() >= 2, lost.toString());
    assertTrue(lost.getJsonObject(0).getString("title").contains("挂失"), lost.toString());
    JsonArray pos = Http.json(http.anonymous("faq?q=" + q("POS 黑屏"))).asJsonArray();
    for (JsonValue v : pos) {
      assertTrue(!v.asJsonObject().getString("title").contains("操作员"), "staff article hidden");
    }
  }

  @Test
  @DisplayName("an edit is a new revision; a retired article is not edited; publishing twice 409")
  void revisions() throws Exception {
    String m = marker();
    long id = article("门禁不开 " + m, "先确认卡片未挂失。", List.of("门禁"), "PUBLIC", true);
    assertEquals(
        409, http.post(HELPDESK, "knowledge-articles/" + id + "/publish", null).statusCode());
    HttpResponse<String> edited =
        http.put(
            HELPDESK,
            "knowledge-articles/" + id,
            "{\"title\":\"宿舍门禁刷卡不开门 "
                + m
                + "\",\"body\":\"先确认卡片未挂失、未过期。\","
                + "\"audience\":\"PUBLIC\",\"keywords\":[\"门禁\",\"开门\"]}");
    assertEquals(200, edited.statusCode(), edited.body());
    JsonObject article = Http.json(edited).asJsonObject();
    assertEquals(2, article.getInt("revision"));
    assertEquals(
        "PUBLISHED", article.getString("status"), "an edit of a published article is live");
    assertEquals(2, article.getJsonArray("revisions").size());
    assertEquals(
        "门禁不开 " + m, article.getJsonArray("revisions").getJsonObject(0).getString("title"));
    assertEquals(
        "宿舍门禁刷卡不开门 " + m, Http.json(http.anonymous("faq/" + id)).asJsonObject().getString("title"));
    assertEquals(
        200, http.post(HELPDESK, "knowledge-articles/" + id + "/retire", null).statusCode());
    assertEquals(
        409,
        http.put(
                HELPDESK,
                "knowledge-articles/" + id,
                "{\"title\":\"t\",\"body\":\"b\",\"audience\":\"PUBLIC\"}")
            .statusCode());
    assertEquals(
        400,
        http.put(HELPDESK, "knowledge-articles/" + id, "{\"title\":\"t\",\"audience\":\"PUBLIC\"}")
            .statusCode(),
        "no body");
    assertEquals(
        404, http.post(HELPDESK, "knowledge-articles/99999999/publish", null).statusCode());
    assertEquals(
        403,
        http.post(
                AUDITOR,
                "knowledge-articles",
                "{\"title\":\"t\",\"body\":\"b\",\"audience\":\"PUBLIC\"}")
            .statusCode(),
        "auditors read only");
  }

  @Test
  @DisplayName("tickets link articles: idempotent, listed, removed; unknown ticket or article 404")
  void ticketLinks() throws Exception {
    String m = marker();
    long id = article("圈存失败 " + m, "次日自动补入。", List.of(), "PUBLIC", true);
    HttpResponse<String> opened =
        http.post(
            HELPDESK,
            "tickets",
            "{\"channel\":\"PHONE\",\"reporterName\":\"李同学\",\"category\":\"NETWORK\","
                + "\"title\":\"圈存失败\",\"description\":\"图书馆圈存机圈存失败 "
                + m
                + "\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    String no = Http.json(opened).asJsonObject().getString("ticketNo");
    String links = "tickets/" + no + "/articles";
    String body = "{\"articleId\":" + id + "}";

    HttpResponse<String> linked = http.post(HELPDESK, links, body);
    assertEquals(200, linked.statusCode(), linked.body());
    assertEquals(1, Http.json(linked).asJsonArray().size());
    JsonArray again = Http.json(http.post(HELPDESK, links, body)).asJsonArray();
    assertEquals(1, again.size(), "linking twice changes nothing");
    assertEquals(id, again.getJsonObject(0).getJsonNumber("articleId").longValue());
    HttpResponse<String> listed = http.get(AUDITOR, links);
    assertEquals(200, listed.statusCode(), listed.body());
    assertEquals(1, Http.json(listed).asJsonArray().size());

    assertEquals(404, http.post(HELPDESK, links, "{\"articleId\":99999999}").statusCode());
    assertEquals(404, http.post(HELPDESK, "tickets/GD20000101-0/articles", body).statusCode());
    assertEquals(400, http.post(HELPDESK, links, "{}").statusCode());
    assertEquals(403, http.post(CARD_HOLDER, links, body).statusCode());

    HttpResponse<String> removed = http.delete(HELPDESK, links + "/" + id);
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(0, Http.json(removed).asJsonArray().size());
    assertEquals(404, http.delete(HELPDESK, links + "/" + id).statusCode());
    assertEquals(200, http.get(HELPDESK, "tickets/" + no).statusCode(), "the ticket is intact");
  }
}
