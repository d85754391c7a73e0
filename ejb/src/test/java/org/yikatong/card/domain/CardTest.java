package org.yikatong.card.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.Money;

class CardTest {

  private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Card card() {
    CardHolder holder = new CardHolder("H1", "测试", CardHolderType.STUDENT, null, T0);
    return new Card("C1", holder, T0, TODAY.plusYears(1));
  }

  @Test
  @DisplayName("each status refuses with its own reason; an active card past expiry is expired")
  void refusals() {
    Card card = card();
    assertEquals(Optional.empty(), card.refusalOn(TODAY));
    assertEquals(Optional.empty(), card.refusalOn(TODAY.plusYears(1)), "valid on its last day");
    assertEquals(
        Optional.of(DeclineReason.CARD_EXPIRED), card.refusalOn(TODAY.plusYears(1).plusDays(1)));
    card.reportLost(T0);
    assertEquals(Optional.of(DeclineReason.CARD_LOST), card.refusalOn(TODAY));
    card.found(T0);
    card.freeze(T0);
    assertEquals(Optional.of(DeclineReason.CARD_RESTRICTED), card.refusalOn(TODAY));
    card.unfreeze(T0);
    card.cancel(T0);
    assertEquals(Optional.of(DeclineReason.CARD_RESTRICTED), card.refusalOn(TODAY));
  }

  @Test
  @DisplayName("only allowed status moves happen; cancelled is final")
  void transitions() {
    Card card = card();
    assertThrows(IllegalStateException.class, () -> card.found(T0));
    assertThrows(IllegalStateException.class, () -> card.unfreeze(T0));
    card.cancel(T0);
    assertThrows(IllegalStateException.class, () -> card.reportLost(T0));
    assertThrows(IllegalStateException.class, () -> card.freeze(T0));
    assertEquals(CardStatus.CANCELLED, card.getStatus());
  }

  @Test
  @DisplayName("three wrong PINs in a row lock the card; a right PIN in between clears the count")
  void pinTries() {
    Card card = card();
    card.setPinHash("hash");
    assertEquals(Optional.of(DeclineReason.WRONG_PIN), card.pinTried(false));
    assertEquals(Optional.of(DeclineReason.WRONG_PIN), card.pinTried(false));
    assertEquals(Optional.empty(), card.pinTried(true));
    assertEquals(Optional.of(DeclineReason.WRONG_PIN), card.pinTried(false));
    assertEquals(Optional.of(DeclineReason.WRONG_PIN), card.pinTried(false));
    assertEquals(Optional.of(DeclineReason.PIN_LOCKED), card.pinTried(false));
    assertTrue(card.isPinLocked());
    assertEquals(Optional.of(DeclineReason.PIN_LOCKED), card.pinTried(true), "locked stays locked");
    card.setPinHash("new");
    assertFalse(card.isPinLocked());
  }

  @Test
  @DisplayName("an offline payment made before the card stopped being valid is still the holder's")
  void offlineValidity() {
    Card card = card();
    assertTrue(card.wasValidAt(T0.plusSeconds(10)));
    card.reportLost(T0.plusSeconds(60));
    assertTrue(card.wasValidAt(T0.plusSeconds(59)));
    assertFalse(card.wasValidAt(T0.plusSeconds(60)));
  }

  @Test
  @DisplayName("limits: no-PIN limit at most the daily limit, neither negative")
  void limits() {
    Card card = card();
    card.setLimits(Money.ofFen(0), Money.ofFen(100));
    assertEquals(Money.ofFen(100), card.getDailyLimit());
    assertThrows(
        IllegalArgumentException.class, () -> card.setLimits(Money.ofFen(200), Money.ofFen(100)));
    assertThrows(
        IllegalArgumentException.class, () -> card.setLimits(Money.ofFen(-1), Money.ofFen(100)));
    assertThrows(IllegalArgumentException.class, () -> card.setLimits(Money.ZERO, Money.ZERO));
  }
}
