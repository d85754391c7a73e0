package org.yikatong.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestKindTest {

  @Test
  @DisplayName("the kind follows the message type and, for 0200, the processing code")
  void kinds() {
    assertEquals(Optional.of("PAYMENT"), RequestKind.of("0200", "000000"));
    assertEquals(Optional.of("TOP_UP"), RequestKind.of("0200", "210000"));
    assertEquals(Optional.of("REFUND"), RequestKind.of("0200", "200000"));
    assertEquals(Optional.of("BALANCE"), RequestKind.of("0200", "310000"));
    assertEquals(Optional.of("OFFLINE_ADVICE"), RequestKind.of("0220", "000000"));
    assertEquals(Optional.of("REVERSAL"), RequestKind.of("0400", "000000"));
    assertEquals(Optional.of("REVERSAL"), RequestKind.of("0420", "000000"));
    assertEquals(Optional.of("ACCESS"), RequestKind.of("0100", "900000"));
  }

  @Test
  @DisplayName("network management and messages outside the contract are not traffic")
  void notCounted() {
    assertEquals(Optional.empty(), RequestKind.of("0800", null));
    assertEquals(Optional.empty(), RequestKind.of("0200", "990000"));
    assertEquals(Optional.empty(), RequestKind.of("0200", null));
    assertEquals(Optional.empty(), RequestKind.of("0600", "000000"));
    assertEquals(Optional.empty(), RequestKind.of(null, null));
  }
}
