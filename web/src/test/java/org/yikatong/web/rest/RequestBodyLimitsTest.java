package org.yikatong.web.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.web.rest.RequestBodyLimits.LimitedInputStream;

class RequestBodyLimitsTest {

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'x');
    return b;
  }

  @Test
  @DisplayName("a body of exactly the limit is read whole, byte by byte or in blocks")
  void atTheLimit() throws IOException {
    try (LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(bytes(10)), 10)) {
      assertArrayEquals(bytes(10), in.readAllBytes());
      assertFalse(in.exceeded());
    }
    try (LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(bytes(10)), 10)) {
      int n = 0;
      while (in.read() >= 0) {
        n++;
      }
      assertEquals(10, n);
      assertFalse(in.exceeded());
    }
  }

  @Test
  @DisplayName("reading past the limit fails, marks the stream exceeded, and stays failed")
  void pastTheLimit() {
    LimitedInputStream blocks = new LimitedInputStream(new ByteArrayInputStream(bytes(11)), 10);
    assertThrows(IOException.class, blocks::readAllBytes);
    assertTrue(blocks.exceeded());
    assertThrows(IOException.class, blocks::read);

    LimitedInputStream single = new LimitedInputStream(new ByteArrayInputStream(bytes(11)), 10);
    assertThrows(
        IOException.class,
        () -> {
          while (single.read() >= 0) {
            // reads until the limit fails it
          }
        });
    assertTrue(single.exceeded());

    LimitedInputStream skipping = new LimitedInputStream(new ByteArrayInputStream(bytes(20)), 10);
    assertThrows(IOException.class, () -> skipping.skip(20));
    assertTrue(skipping.exceeded());
  }

  @Test
  @DisplayName("never more than one byte past the limit is taken from the body")
  void boundedRead() {
    AtomicInteger taken = new AtomicInteger();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            taken.incrementAndGet();
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            taken.addAndGet(len);
            Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }
        };
    LimitedInputStream in = new LimitedInputStream(endless, 1000);
    assertThrows(IOException.class, () -> in.read(new byte[64 * 1024]));
    assertThrows(IOException.class, in::readAllBytes);
    assertEquals(1001, taken.get());
  }

  @Test
  @DisplayName("a limit comes from its setting; a missing, empty or bad value keeps the default")
  void limitSetting() {
    Map<String, String> settings =
        Map.of(
            "given", "4096",
            "spaced", " 2048 ",
            "empty", "",
            "words", "two MiB",
            "zero", "0",
            "negative", "-1");
    Function<String, Optional<String>> lookup = name -> Optional.ofNullable(settings.get(name));
    assertEquals(4096, RequestBodyLimits.bytes(lookup, "given", 7));
    assertEquals(2048, RequestBodyLimits.bytes(lookup, "spaced", 7));
    for (String kept : new String[] {"missing", "empty", "words", "zero", "negative"}) {
      assertEquals(7, RequestBodyLimits.bytes(lookup, kept, 7), kept);
    }
  }

  @Test
  @DisplayName("the declared length is read from Content-Length; none or nonsense is unknown")
  void declaredLength() {
    assertEquals(1048577, RequestBodyLimits.declaredLength("1048577"));
    assertEquals(-1, RequestBodyLimits.declaredLength(null));
    assertEquals(-1, RequestBodyLimits.declaredLength("lots"));
  }

  @Test
  @DisplayName("a refusal names the limit in MiB, KiB or bytes, and in bytes")
  void refusal() {
    assertEquals(
        "A subsidy file may have at most 2 MiB (2097152 bytes); this one is larger",
        new RequestBodyLimits.Limit(2 * 1024 * 1024, "A subsidy file").refusal());
    assertEquals("512 KiB (524288 bytes)", RequestBodyLimits.describe(512 * 1024));
    assertEquals("1000 bytes", RequestBodyLimits.describe(1000));
  }

  @Test
  @DisplayName("the subsidy upload carries its own limit of 2 MiB")
  void subsidyUploadLimit() throws NoSuchMethodException {
    BodyLimit limit =
        LedgerResource.class
            .getMethod("uploadSubsidies", String.class, String.class, String.class)
            .getAnnotation(BodyLimit.class);
    assertEquals(LedgerResource.SUBSIDY_FILE_BYTES_SETTING, limit.setting());
    assertEquals(2 * 1024 * 1024, limit.defaultBytes());
    assertEquals("A subsidy file", limit.subject());
  }
}
