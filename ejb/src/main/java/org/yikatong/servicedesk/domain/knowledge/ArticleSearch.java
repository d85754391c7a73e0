package org.yikatong.servicedesk.domain.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How knowledge articles are searched: the query is split into words (at white space and at ASCII
 * and Chinese punctuation), lower-cased; an article matches when any word occurs in its title, body
 * or keywords (case-insensitive substring, which also finds Chinese words inside a sentence). The
 * database selects the candidates with portable {@code lower(...) like} conditions; {@link #score}
 * then ranks them: every word found in the title outweighs any number of keyword hits, and a
 * keyword hit outweighs any number of body hits.
 */
public final class ArticleSearch {

  /** At most this many words of a query are used; the rest is ignored. */
  public static final int MAX_TERMS = 8;

  /** Words are cut to this length (the longest keyword an article can hold anyway). */
  public static final int MAX_TERM_LENGTH = 50;

  /** The escape character of the LIKE patterns {@link #likePattern} builds. */
  public static final char LIKE_ESCAPE = '!';

  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\\p{Punct}，。、；：？！“”‘’（）《》【】「」…—·～\\u3000]+");

  private static final int TITLE_WEIGHT = 10_000;
  private static final int KEYWORD_WEIGHT = 100;
  private static final int BODY_WEIGHT = 1;

  private ArticleSearch() {}

  /** The distinct lower-case words of a query, in order; none for a blank or absent query. */
  public static List<String> terms(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    Set<String> terms = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(query.strip().toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        terms.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
      }
      if (terms.size() == MAX_TERMS) {
        break;
      }
    }
    return List.copyOf(terms);
  }

  /** A {@code like} pattern finding the word anywhere, its wildcards escaped. */
  public static String likePattern(String term) {
    StringBuilder pattern = new StringBuilder("%");
    for (char c : term.toCharArray()) {
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        pattern.append(LIKE_ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  /**
   * The rank of an article for the words: per word found in the title 10,000, in the keywords 100,
   * in the body 1 (a word counts in each field once). Higher ranks first; 0 means no match.
   */
  public static int score(String title, String keywords, String body, List<String> terms) {
    String t = lower(title);
    String k = lower(keywords);
    String b = lower(body);
    int score = 0;
    for (String term : terms) {
      if (t.contains(term)) {
        score += TITLE_WEIGHT;
      }
      if (k.contains(term)) {
        score += KEYWORD_WEIGHT;
      }
      if (b.contains(term)) {
        score += BODY_WEIGHT;
      }
    }
    return score;
  }

  /** Keywords or tags as one normalized text: lower-case, distinct, separated by one space. */
  public static String normalizeWords(List<String> words) {
    if (words == null) {
      return "";
    }
    List<String> all = new ArrayList<>();
    for (String w : words) {
      if (w != null) {
        for (String part : terms(w)) {
          if (!all.contains(part)) {
            all.add(part);
          }
        }
      }
    }
    return String.join(" ", all);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
