package org.yikatong.cardadapter.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getAnonymousLogger();

  RateLimitedLogTest() {
    logger.setUseParentHandlers(false);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  @Test
  @DisplayName("within the interval only the first warning is logged, the rest counted")
  void flood() {
    RateLimitedLog log = new RateLimitedLog(logger, 3_600_000);
    for (int i = 0; i < 1_000; i++) {
      log.warn(n -> "refused" + RateLimitedLog.passedOver(n));
    }
    assertEquals(List.of("refused"), lines);
  }

  @Test
  @DisplayName("after the interval the next warning names how many were passed over")
  void passedOver() {
    RateLimitedLog log = new RateLimitedLog(logger, 0);
    log.warn(n -> "first" + RateLimitedLog.passedOver(n));
    log.warn(n -> "second" + RateLimitedLog.passedOver(n));
    assertEquals(List.of("first", "second"), lines);
    assertEquals(" (3 more like it since the last report)", RateLimitedLog.passedOver(3));
  }
}
