package org.yikatong.bootstrap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.security.application.SecretCipher;

/**
 * The secrets a node checks before it starts. The master key must be set and well formed; and the
 * secrets published with the project for a server on one machine ({@code configure-local.cli},
 * which also loads the demo data) are refused on a server that does not load the demo data, so that
 * a production node never runs with a master key or a channel callback secret anybody can read.
 *
 * <p>Every problem names the setting and its environment variable, never a value: the messages go
 * to the server log.
 */
final class StartupSettings {

  /** The master key of {@code configure-local.cli}, public. */
  static final String PUBLISHED_MASTER_KEY =
      "0f1e2d3c4b5a69788796a5b4c3d2e1f000112233445566778899aabbccddeeff";

  /** The callback secrets of {@code configure-local.cli}, public. */
  static final Map<PaymentChannel, String> PUBLISHED_CHANNEL_SECRETS = published();

  private StartupSettings() {}

  private static Map<PaymentChannel, String> published() {
    Map<PaymentChannel, String> secrets = new EnumMap<>(PaymentChannel.class);
    for (PaymentChannel channel : PaymentChannel.values()) {
      secrets.put(channel, "local-" + channel.name().toLowerCase(Locale.ROOT) + "-callback-secret");
    }
    return Map.copyOf(secrets);
  }

  /**
   * What is wrong with the secrets, one sentence each; empty when the node may start.
   *
   * @param settings a setting's value by name, empty when it is not set (or set empty)
   * @param demoData whether this server loads the demo data ({@code yikatong.demo-data})
   */
  static List<String> problems(Function<String, Optional<String>> settings, boolean demoData) {
    List<String> problems = new ArrayList<>();
    Optional<String> masterKey = settings.apply(SecretCipher.SETTING).filter(v -> !v.isBlank());
    if (masterKey.isEmpty()) {
      problems.add(
          "The master key "
              + named(SecretCipher.SETTING)
              + " is not set: give it 64 hex characters, such as the output of"
              + " `openssl rand -hex 32`, the same on every node");
    } else {
      try {
        new SecretCipher(masterKey.get());
        if (!demoData && masterKey.get().strip().equalsIgnoreCase(PUBLISHED_MASTER_KEY)) {
          problems.add(
              "The master key "
                  + named(SecretCipher.SETTING)
                  + " is the public one of configure-local.cli, which only a server with demo data"
                  + " may use: give this server a key of its own");
        }
      } catch (IllegalArgumentException malformed) {
        problems.add(malformed.getMessage());
      }
    }
    if (!demoData) {
      for (PaymentChannel channel : PaymentChannel.values()) {
        Optional<String> secret = settings.apply(channel.secretSetting());
        if (secret.isPresent()
            && secret.get().strip().equals(PUBLISHED_CHANNEL_SECRETS.get(channel))) {
          problems.add(
              "The callback secret of the "
                  + channel
                  + " channel "
                  + named(channel.secretSetting())
                  + " is the public one of configure-local.cli, which only a server with demo data"
                  + " may use: set the secret agreed with the channel, or none (the channel then"
                  + " takes no callbacks)");
        }
      }
    }
    return List.copyOf(problems);
  }

  /** A setting with the environment variable MicroProfile Config reads it from. */
  static String named(String setting) {
    return "(" + setting + ", environment variable " + environmentVariable(setting) + ")";
  }

  /** The environment variable of a setting: {@code yikatong.master-key} is YIKATONG_MASTER_KEY. */
  static String environmentVariable(String setting) {
    return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
