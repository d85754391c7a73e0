package org.yikatong.servicedesk.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

  @Test
  @DisplayName("count, mean with two decimals half up, and every rating 1 to 5 in the distribution")
  void summary() {
    RatingSummary s = RatingSummary.of(Map.of(5, 2L, 4, 1L));
    assertEquals(3, s.rated());
    assertEquals(new BigDecimal("4.67"), s.mean());
    assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(s.distribution().keySet()));
    assertEquals(List.of(0L, 0L, 0L, 1L, 2L), List.copyOf(s.distribution().values()));
  }

  @Test
  @DisplayName("no rating: no mean, zero counts")
  void none() {
    RatingSummary s = RatingSummary.of(Map.of());
    assertEquals(0, s.rated());
    assertNull(s.mean());
    assertEquals(0L, s.distribution().get("3"));
  }

  @Test
  @DisplayName("a rating outside 1 to 5 or a negative count is refused")
  void outOfRange() {
    assertThrows(IllegalArgumentException.class, () -> RatingSummary.of(Map.of(6, 1L)));
    assertThrows(IllegalArgumentException.class, () -> RatingSummary.of(Map.of(0, 1L)));
    assertThrows(IllegalArgumentException.class, () -> RatingSummary.of(Map.of(3, -1L)));
  }
}
