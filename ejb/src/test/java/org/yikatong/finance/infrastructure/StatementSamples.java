package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.yikatong.finance.domain.statement.StatementRejected;

/** The sample statement files under {@code src/test/resources/statements/}. */
final class StatementSamples {

  private StatementSamples() {}

  static byte[] bytes(String name) {
    try (InputStream in = StatementSamples.class.getResourceAsStream("/statements/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name, Charset charset) {
    return new String(bytes(name), charset);
  }

  /** The 1-based line of the first occurrence of {@code needle} in the text. */
  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("Not in the text: " + needle);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The text's lines, without their line breaks. */
  static List<String> lines(String text) {
    return List.of(text.split("\r?\n"));
  }

  static StatementRejected refused(Executable read) {
    return assertThrows(StatementRejected.class, read);
  }
}
