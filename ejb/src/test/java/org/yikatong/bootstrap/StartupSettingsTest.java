package org.yikatong.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.domain.PaymentChannel;

class StartupSettingsTest {

  private static final String OWN_KEY =
      "9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9";

  private final Map<String, String> settings = new HashMap<>();

  private List<String> problems(boolean demoData) {
    return StartupSettings.problems(name -> Optional.ofNullable(settings.get(name)), demoData);
  }

  /** The values configure-local.cli gives its system properties. */
  private static Map<String, String> localCli() throws IOException {
    String cli = Files.readString(Path.of("../ear/src/main/wildfly/cli/configure-local.cli"));
    Matcher property =
        Pattern.compile("/system-property=([a-z0-9.-]+):add\\(value=\"?([^\")]*)\"?\\)")
            .matcher(cli);
    Map<String, String> values = new HashMap<>();
    while (property.find()) {
      values.put(property.group(1), property.group(2));
    }
    return values;
  }

  @Test
  @DisplayName("a server of its own key and channel secrets starts, with or without demo data")
  void ownSecrets() {
    settings.put("yikatong.master-key", OWN_KEY.toUpperCase());
    settings.put("yikatong.channel.wechat.secret", "agreed-with-wechat-pay");
    assertEquals(List.of(), problems(false));
    assertEquals(List.of(), problems(true));
  }

  @Test
  @DisplayName("a missing or malformed master key stops the start, naming setting and variable")
  void missingOrMalformedKey() {
    List<String> missing = problems(true);
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).contains("yikatong.master-key"), missing.get(0));
    assertTrue(missing.get(0).contains("YIKATONG_MASTER_KEY"), missing.get(0));
    assertTrue(missing.get(0).contains("not set"), missing.get(0));

    settings.put("yikatong.master-key", "  ");
    assertTrue(problems(false).get(0).contains("not set"), "blank is not set");

    settings.put("yikatong.master-key", OWN_KEY.substring(1));
    List<String> malformed = problems(false);
    assertEquals(1, malformed.size(), malformed.toString());
    assertTrue(malformed.get(0).contains("64 hex characters"), malformed.get(0));
    assertFalse(malformed.get(0).contains(OWN_KEY.substring(1)), "never the value");
  }

  @Test
  @DisplayName(
      "every secret of configure-local.cli is refused on a server without demo data, and taken"
          + " with it")
  void publishedSecrets() throws IOException {
    Map<String, String> local = localCli();
    assertEquals(StartupSettings.PUBLISHED_MASTER_KEY, local.get("yikatong.master-key"));
    for (PaymentChannel channel : PaymentChannel.values()) {
      assertEquals(
          StartupSettings.PUBLISHED_CHANNEL_SECRETS.get(channel),
          local.get(channel.secretSetting()),
          "the published secret of " + channel);
    }
    assertEquals("true", local.get("yikatong.demo-data"), "configure-local.cli loads demo data");
    settings.putAll(local);

    assertEquals(List.of(), problems(true));
    List<String> refused = problems(false);
    assertEquals(1 + PaymentChannel.values().length, refused.size(), refused.toString());
    assertTrue(refused.get(0).contains("YIKATONG_MASTER_KEY"), refused.get(0));
    assertTrue(refused.get(1).contains("YIKATONG_CHANNEL_WECHAT_SECRET"), refused.get(1));
    for (String problem : refused) {
      assertTrue(problem.contains("public one of configure-local.cli"), problem);
      for (String value : local.values()) {
        assertFalse(value.length() > 4 && problem.contains(value), "never a value: " + problem);
      }
    }
  }

  @Test
  @DisplayName("a setting's environment variable is its name in capitals with underscores")
  void environmentVariable() {
    assertEquals("YIKATONG_MASTER_KEY", StartupSettings.environmentVariable("yikatong.master-key"));
    assertEquals(
        "YIKATONG_CHANNEL_BANK_SECRET",
        StartupSettings.environmentVariable(PaymentChannel.BANK.secretSetting()));
  }
}
