package org.yikatong.finance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementReader;

/** The finance manual's sample files (docs/samples/statements/) are read without a refusal. */
class DocumentedSamplesTest {

  private static final Path SAMPLES = Path.of("..", "docs", "samples", "statements");

  @Test
  @DisplayName("every sample file of the finance manual reads as its format")
  void manualSamplesRead() throws IOException {
    Map<String, StatementReader> samples =
        Map.of(
            "wechat-bill-2026-11-30.csv", new WeChatBillReader(),
            "alipay-bill-2026-11-30.csv", new AlipayBillReader(),
            "camt053-2026-11-30.xml", new Camt053Reader(),
            "camt054-2026-11-30.xml", new Camt054Reader(),
            "mt940-2026-11-30.sta", new Mt940Reader());
    for (Map.Entry<String, StatementReader> sample : samples.entrySet()) {
      Statement statement =
          sample.getValue().read(Files.readAllBytes(SAMPLES.resolve(sample.getKey())));
      assertEquals(LocalDate.of(2026, 11, 30), statement.day(), sample.getKey());
      assertFalse(statement.lines().isEmpty(), sample.getKey());
    }
  }
}
