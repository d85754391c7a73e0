package org.yikatong.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yikatong.cardadapter.api.CardNumber;

class OpenLoopOptionsTest {

  @Test
  @DisplayName(
      "defaults: the demo POS terminals, the 100 demo cards, 60 s after 15 s of warm-up, 32 in"
          + " flight, the contract's 2 s")
  void defaults() {
    OpenLoopOptions options = OpenLoopOptions.parse("--rate=100");
    assertEquals(100, options.rate());
    assertEquals(60, options.duration());
    assertEquals(15, options.warmup());
    assertEquals(7500, options.totalPayments());
    assertEquals(7, options.secrets().size());
    assertArrayEquals(SimulatorOptions.demoSecret("T0000007"), options.secrets().get("T0000007"));
    assertEquals(100, options.cards().size());
    assertEquals("6288000000000000013", options.cards().get(0));
    assertEquals(CardNumber.of(100), options.cards().get(99));
    assertEquals(32, options.maxInFlight());
    assertEquals(2000, options.timeout().toMillis());
    assertNull(options.approvedOut());
    assertNull(options.answersOut());
  }

  @Test
  @DisplayName("--card-range gives the card numbers of a run of card ids")
  void cardRange() {
    OpenLoopOptions options = OpenLoopOptions.parse("--rate=1", "--card-range=41:3");
    assertEquals(List.of(CardNumber.of(41), CardNumber.of(42), CardNumber.of(43)), options.cards());
  }

  @Test
  @DisplayName("--mti offers online payments (0200) by default, offline advices (0220) on request")
  void mti() {
    assertEquals("0200", OpenLoopOptions.parse("--rate=1").mti());
    assertEquals("0220", OpenLoopOptions.parse("--rate=1", "--mti=0220").mti());
    assertThrows(
        IllegalArgumentException.class, () -> OpenLoopOptions.parse("--rate=1", "--mti=0400"));
  }

  @Test
  @DisplayName("--card-ids gives the card numbers of the cards named")
  void cardIds() {
    OpenLoopOptions options = OpenLoopOptions.parse("--rate=1", "--card-ids=7,3,90");
    assertEquals(List.of(CardNumber.of(7), CardNumber.of(3), CardNumber.of(90)), options.cards());
  }

  @Test
  @DisplayName("--card-ids-file gives the card numbers of the ids listed one per line")
  void cardIdsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cards");
    Files.writeString(file, "7\n3\n\n90\n");
    OpenLoopOptions options = OpenLoopOptions.parse("--rate=1", "--card-ids-file=" + file);
    assertEquals(List.of(CardNumber.of(7), CardNumber.of(3), CardNumber.of(90)), options.cards());
    Files.writeString(file, "\n");
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenLoopOptions.parse("--rate=1", "--card-ids-file=" + file));
  }

  @Test
  @DisplayName("secrets from a file, for terminals registered with a secret of their own")
  void secretsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secrets");
    Files.writeString(
        file, "# issued by POST /api/v1/terminals\nB0000001:" + "ab".repeat(32) + "\n\n");
    OpenLoopOptions options =
        OpenLoopOptions.parse(
            "--rate=1", "--terminals=B0000001,T0000001", "--secrets-file=" + file);
    assertEquals((byte) 0xab, options.secrets().get("B0000001")[0]);
    assertArrayEquals(SimulatorOptions.demoSecret("T0000001"), options.secrets().get("T0000001"));
  }

  @Test
  @DisplayName("a bad or missing option is refused with its name")
  void refused() {
    assertMessage("--rate is required");
    assertMessage("--rate", "--rate=0");
    assertMessage("--rate", "--rate=50001");
    assertMessage(
        "exclude each other", "--rate=1", "--cards=6288000000000000013", "--card-range=1:2");
    assertMessage("exclude each other", "--rate=1", "--card-ids=1", "--card-range=1:2");
    assertMessage("--card-ids: not a card id: x", "--rate=1", "--card-ids=1,x");
    assertMessage("--card-ids: not a card id: 0", "--rate=1", "--card-ids=0");
    assertMessage("--card-range", "--rate=1", "--card-range=0:5");
    assertMessage("--card-range", "--rate=1", "--card-range=5");
    assertMessage(
        "more than the 2 terminals",
        "--rate=1",
        "--terminals=T0000001,T0000002",
        "--connections=3");
    assertMessage("--max-in-flight", "--rate=1", "--max-in-flight=0");
    assertMessage("--secrets-file", "--rate=1", "--secrets-file=/nonexistent/secrets");
    assertMessage("Unknown option --payments", "--rate=1", "--payments=3");
  }

  private static void assertMessage(String part, String... args) {
    String message =
        assertThrows(IllegalArgumentException.class, () -> OpenLoopOptions.parse(args))
            .getMessage();
    assertTrue(message.contains(part), message);
  }
}
