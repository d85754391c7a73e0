package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Secrets never reach the server log: run after every other class of the integration suite (the
 * suite orders classes by {@link Order}, and this one is last), it reads the server log of that
 * suite, in which every demo user has logged in, PINs have been set and paid with, terminals have
 * been registered and their secrets rotated, and finds none of the demo passwords, the PINs the
 * suite uses, the master key, or any terminal secret (a demo one, or any 32-byte value written as
 * 64 hex digits).
 */
@Order(Integer.MAX_VALUE)
class ServerLogSecretsCheck {

  /** The PINs the integration tests set and pay with. */
  private static final List<String> PINS = List.of("123456", "246810", "111111", "135790");

  private static final Pattern HEX_32_BYTES =
      Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])");

  private static List<String> lines;

  @BeforeAll
  static void readLog() throws IOException {
    Path log = Path.of(System.getProperty("it.server.log", "missing-it.server.log"));
    assertTrue(Files.isRegularFile(log), "the integration suite's server log: " + log);
    lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("Deployed \"yikatong.ear\"")),
        "the log is of a server that ran the application (" + lines.size() + " lines)");
  }

  @Test
  @DisplayName("no demo password")
  void noPassword() {
    for (String user : DemoUsers.ALL) {
      assertAbsent(Pattern.quote(DemoUsers.password(user)), "the password of " + user);
    }
  }

  @Test
  @DisplayName("no PIN the suite used")
  void noPin() {
    for (String pin : PINS) {
      assertAbsent("(?<![0-9])" + pin + "(?![0-9])", "PIN " + pin);
    }
  }

  @Test
  @DisplayName("no master key and no terminal secret")
  void noKey() throws Exception {
    String cli = Files.readString(Path.of("src/main/wildfly/cli/configure-local.cli"));
    Matcher key = Pattern.compile("yikatong\\.master-key:add\\(value=\"([0-9a-f]+)\"").matcher(cli);
    assertTrue(key.find(), "the test server's master key in configure-local.cli");
    assertAbsent(Pattern.quote(key.group(1)), "the master key");
    for (int i = 1; i <= 7; i++) {
      String terminal = "T000000" + i;
      String secret = HexFormat.of().formatHex(TestGateway.demoSecret(terminal));
      assertAbsent("(?i)" + Pattern.quote(secret), "the demo secret of " + terminal);
    }
    assertAbsent(HEX_32_BYTES.pattern(), "a 32-byte value in hex (a terminal secret or a key)");
  }

  private static void assertAbsent(String regex, String what) {
    Pattern pattern = Pattern.compile(regex);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        found.add("line " + (i + 1) + ": " + lines.get(i));
      }
    }
    assertTrue(
        found.isEmpty(),
        what
            + " appears in the server log:\n"
            + String.join("\n", found.stream().limit(5).toList()));
  }
}
