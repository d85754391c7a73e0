package org.yikatong.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestKindTest {

  @Test
  @DisplayName("the kind follows the message type and, for 0200, the processing code")
  void kinds() {
    assertEquals("PAYMENT", RequestKind.of("0200", "000000"));
    assertEquals("TOP_UP", RequestKind.of("0200", "210000"));
    assertEquals("REFUND", RequestKind.of("0200", "200000"));
    assertEquals("BALANCE", RequestKind.of("0200", "310000"));
    assertEquals("OFFLINE_ADVICE", RequestKind.of("0220", "000000"));
    assertEquals("REVERSAL", RequestKind.of("0400", "000000"));
    assertEquals("REVERSAL", RequestKind.of("0420", "000000"));
    assertEquals("ACCESS", RequestKind.of("0100", "900000"));
  }

  @Test
  @DisplayName("network management and messages outside the contract are named apart")
  void notPayments() {
    assertEquals("NETWORK", RequestKind.of("0800", null));
    assertEquals("OTHER", RequestKind.of("0200", "990000"));
    assertEquals("PAYMENT", RequestKind.of("0200", null), "a refused 0200 whose field 3 is unread");
    assertEquals("OTHER", RequestKind.of("0600", "000000"));
    assertEquals("OTHER", RequestKind.of(null, null));
  }
}
