package org.yikatong.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressingTest {

  @Test
  @DisplayName("a recipient written as an e-mail address is mailed there without a contact")
  void mailAddressRecipient() {
    List<OutboxMessage> m =
        Addressing.messages(
            "HANDED_OVER",
            "GD1",
            "service@hardware.example.com",
            Optional.empty(),
            "工单",
            "请处理",
            Instant.EPOCH);
    assertEquals(1, m.size());
    assertEquals(Channel.MAIL, m.get(0).getChannel());
    assertEquals("service@hardware.example.com", m.get(0).getAddress());
    assertEquals(MessageStatus.PENDING, m.get(0).getStatus());
  }

  @Test
  @DisplayName("a user name without a contact stays undeliverable, with the reason")
  void unknownUser() {
    List<OutboxMessage> m =
        Addressing.messages(
            "ASSIGNED", "GD1", "nobody", Optional.empty(), "工单", "请处理", Instant.EPOCH);
    assertNull(m.get(0).getAddress());
    assertFalse(m.get(0).getStatus() == MessageStatus.PENDING);
    assertTrue(Addressing.isMailAddress("a@b.cn"));
    assertFalse(Addressing.isMailAddress("a@b"));
    assertFalse(Addressing.isMailAddress("two@at@b.cn"));
    assertFalse(Addressing.isMailAddress("helpdesk"));
  }
}
