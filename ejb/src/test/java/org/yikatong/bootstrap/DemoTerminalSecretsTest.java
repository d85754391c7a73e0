package org.yikatong.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTerminalSecretsTest {

  @Test
  @DisplayName("a demo terminal's secret is what docs/demo-data.md tells to compute with sha256sum")
  void documentedSecret() {
    // printf 'yikatong-demo-terminal:T0000001' | sha256sum
    assertEquals(
        "43a037211bc73466ecf800ab524cc9e56569e0ccad5ea987fe0f7409277e5d1c",
        HexFormat.of().formatHex(DemoTerminalSecrets.secretOf("T0000001")));
    assertEquals(32, DemoTerminalSecrets.secretOf("K0000001").length);
  }
}
