package org.yikatong.terminal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalLinkTest {

  @Test
  @DisplayName("the source address of a refusal is the connection's remote host, without port")
  void hostOf() {
    assertEquals("10.0.0.5", TerminalLink.hostOf("10.0.0.5:40312"));
    assertEquals("0:0:0:0:0:0:0:1", TerminalLink.hostOf("0:0:0:0:0:0:0:1:40312"));
    assertEquals("gateway", TerminalLink.hostOf("gateway"));
  }
}
