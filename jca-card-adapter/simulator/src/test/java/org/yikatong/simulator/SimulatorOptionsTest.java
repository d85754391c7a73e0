package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

  @Test
  @DisplayName(
      "defaults: the seven demo POS terminals with their documented secrets, one connection")
  void defaults() {
    SimulatorOptions options = SimulatorOptions.parse();
    assertEquals(7, options.secrets().size());
    assertEquals(1, options.connections());
    assertEquals(9500, options.port());
    assertEquals(
        "43a037211bc73466ecf800ab524cc9e56569e0ccad5ea987fe0f7409277e5d1c",
        HexFormat.of().formatHex(options.secrets().get("T0000001")));
  }

  @Test
  @DisplayName("terminals, secrets and counts are taken from the options")
  void explicit() {
    String hex = "00".repeat(32);
    SimulatorOptions options =
        SimulatorOptions.parse(
            "--terminals=K0000001,G0000001",
            "--secret=G0000001:" + hex,
            "--connections=2",
            "--echoes=0",
            "--port=9600");
    assertEquals(List.of("K0000001", "G0000001"), List.copyOf(options.secrets().keySet()));
    assertArrayEquals(new byte[32], options.secrets().get("G0000001"));
    assertEquals(2, options.connections());
    assertEquals(0, options.echoes());
    assertEquals(9600, options.port());
  }

  @Test
  @DisplayName("a bad option is refused with its name")
  void badOptions() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--port=0"))
            .getMessage()
            .contains("--port"));
    assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--nope=1"));
    assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--secret=T1:zz"));
    assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--terminals=t1"));
    assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("port=1"));
  }
}
