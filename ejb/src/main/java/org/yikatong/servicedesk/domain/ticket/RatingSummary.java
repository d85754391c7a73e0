package org.yikatong.servicedesk.domain.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the reporters' ratings of tickets add up to (a rating is 1 to 5, given when the reporter
 * confirms a resolution): how many tickets were rated, the mean rating with two decimals (half up;
 * null when none was rated), and how many got each rating.
 *
 * @param distribution how many tickets got 1, 2, 3, 4, 5 (keys "1".."5", zero ones too)
 */
public record RatingSummary(long rated, BigDecimal mean, Map<String, Long> distribution) {

  public static final int MIN_RATING = 1;
  public static final int MAX_RATING = 5;

  /**
   * The summary of how many tickets got each rating; a rating outside 1..5 or a negative count is
   * refused.
   */
  public static RatingSummary of(Map<Integer, Long> counts) {
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (int r = MIN_RATING; r <= MAX_RATING; r++) {
      distribution.put(Integer.toString(r), 0L);
    }
    long rated = 0;
    long sum = 0;
    for (Map.Entry<Integer, Long> c : counts.entrySet()) {
      Integer rating = c.getKey();
      long n = c.getValue() == null ? 0 : c.getValue();
      if (rating == null || rating < MIN_RATING || rating > MAX_RATING || n < 0) {
        throw new IllegalArgumentException("Not a count of a rating 1 to 5: " + c);
      }
      distribution.merge(rating.toString(), n, Long::sum);
      rated += n;
      sum += rating * n;
    }
    BigDecimal mean =
        rated == 0
            ? null
            : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
    return new RatingSummary(rated, mean, Collections.unmodifiableMap(distribution));
  }
}
