package org.yikatong.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console speaks both its languages completely: every text exists in each bundle. */
class MessageBundlesTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/org/yikatong/web/" + name)) {
      assertTrue(in != null, name + " is on the class path");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("the English and the Chinese bundle hold the same keys")
  void sameKeys() throws IOException {
    Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
    Set<String> chinese = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(chinese);
    Set<String> onlyChinese = new TreeSet<>(chinese);
    onlyChinese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys missing from messages_zh_CN.properties");
    assertEquals(Set.of(), onlyChinese, "keys missing from messages.properties");
  }

  @Test
  @DisplayName("no text is empty, and the Chinese bundle is written in Chinese")
  void noEmptyTexts() throws IOException {
    Properties english = bundle("messages.properties");
    Properties chinese = bundle("messages_zh_CN.properties");
    for (String key : english.stringPropertyNames()) {
      assertTrue(!english.getProperty(key).isBlank(), "empty English text: " + key);
    }
    for (String key : chinese.stringPropertyNames()) {
      assertTrue(!chinese.getProperty(key).isBlank(), "empty Chinese text: " + key);
    }
    long han =
        chinese.stringPropertyNames().stream()
            .filter(k -> chinese.getProperty(k).codePoints().anyMatch(MessageBundlesTest::isHan))
            .count();
    assertTrue(
        han * 10 >= chinese.size() * 9L,
        "nine in ten Chinese texts hold Chinese characters: " + han + " of " + chinese.size());
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
