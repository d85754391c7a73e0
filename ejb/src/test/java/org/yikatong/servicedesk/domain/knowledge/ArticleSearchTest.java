package org.yikatong.servicedesk.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArticleSearchTest {

  @Test
  @DisplayName(
      "a query is split at spaces and ASCII and Chinese punctuation, lower-cased, distinct")
  void tokenizing() {
    assertEquals(List.of("pos", "黑屏", "怎么办"), ArticleSearch.terms("  POS，黑屏?怎么办 pos "));
    assertEquals(List.of("圈存失败", "余额"), ArticleSearch.terms("圈存失败、余额。"));
    assertEquals(List.of("a", "b"), ArticleSearch.terms("a\u3000b"), "ideographic space");
    assertEquals(List.of(), ArticleSearch.terms("  ，。 "));
    assertEquals(List.of(), ArticleSearch.terms(null));
  }

  @Test
  @DisplayName("at most eight words are used, each at most fifty characters")
  void limits() {
    assertEquals(ArticleSearch.MAX_TERMS, ArticleSearch.terms("a b c d e f g h i j").size());
    assertEquals(50, ArticleSearch.terms("x".repeat(80)).get(0).length());
  }

  @Test
  @DisplayName("like patterns find the word anywhere and escape the wildcards")
  void likePatterns() {
    assertEquals("%挂失%", ArticleSearch.likePattern("挂失"));
    assertEquals("%50!%!_off!!%", ArticleSearch.likePattern("50%_off!"));
  }

  @Test
  @DisplayName("title hits rank before keyword hits, keyword hits before body hits")
  void ranking() {
    List<String> terms = ArticleSearch.terms("挂失");
    int title = ArticleSearch.score("校园卡挂失", "", "", terms);
    int keyword = ArticleSearch.score("丢卡怎么办", "挂失 补卡", "", terms);
    int body = ArticleSearch.score("补办新卡", "", "先挂失再补办。挂失后余额转入新卡。", terms);
    int none = ArticleSearch.score("POS 黑屏", "pos", "检查电源", terms);
    assertTrue(title > keyword && keyword > body && body > 0, title + " " + keyword + " " + body);
    assertEquals(0, none);
    // Two body hits never outrank one title hit.
    List<String> two = ArticleSearch.terms("挂失 补卡");
    assertTrue(
        ArticleSearch.score("挂失", "", "", two)
            > ArticleSearch.score("x", "挂失 补卡", "挂失 补卡", two) - 200);
    assertTrue(ArticleSearch.score("挂失", "", "", two) > ArticleSearch.score("x", "", "挂失 补卡", two));
  }

  @Test
  @DisplayName("matching ignores case")
  void caseInsensitive() {
    assertTrue(ArticleSearch.score("POS Black Screen", "", "", ArticleSearch.terms("pos")) > 0);
    assertTrue(ArticleSearch.score("", "", "the pos", ArticleSearch.terms("POS")) > 0);
  }

  @Test
  @DisplayName("search results: the title hit first, then keyword, then body; non-matches out")
  void rankedList() {
    record A(String title, String keywords, String body) {}
    List<String> terms = ArticleSearch.terms("圈存");
    List<A> ranked =
        List.of(
                new A("余额不符", "", "圈存后余额未变"),
                new A("圈存失败怎么办", "", ""),
                new A("门禁不开", "", ""),
                new A("补助领取", "圈存", ""))
            .stream()
            .filter(a -> ArticleSearch.score(a.title, a.keywords, a.body, terms) > 0)
            .sorted(
                Comparator.comparingInt(
                        (A a) -> ArticleSearch.score(a.title, a.keywords, a.body, terms))
                    .reversed())
            .toList();
    assertEquals(List.of("圈存失败怎么办", "补助领取", "余额不符"), ranked.stream().map(A::title).toList());
  }

  @Test
  @DisplayName("keywords and tags are stored lower-case, distinct, one space apart")
  void normalizedWords() {
    assertEquals("挂失 丢卡 pos", ArticleSearch.normalizeWords(List.of("挂失", " 丢卡，POS", "pos")));
    assertEquals("", ArticleSearch.normalizeWords(null));
  }
}
