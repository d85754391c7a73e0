package org.yikatong.finance.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.ledger.domain.LedgerJournalFormat;

class JournalTextComparisonTest {

  private static final Instant GENERATED = Instant.parse("2026-11-22T17:00:00.123456Z");
  private static final String ENTRY_1 =
      "2026-11-22 (101) 食堂消费  ; kind:PAYMENT, key:PAY:T0000001:R1\n"
          + "    liabilities:purse:P20260001  10.00 CNY\n"
          + "    income:takings:MM0001-T0  -10.00 CNY\n\n";
  private static final String ENTRY_2 =
      "2026-11-22 (102) 食堂消费  ; kind:PAYMENT, key:PAY:T0000001:R2\n"
          + "    liabilities:purse:P20260001  5.00 CNY\n"
          + "    income:takings:MM0001-T0  -5.00 CNY\n\n";

  private static String header() throws IOException {
    StringWriter out = new StringWriter();
    LedgerJournalFormat.header(Entries.DAY, Entries.DAY, GENERATED, out);
    return out.toString();
  }

  /** The lines of a file's text, as a reader gives them. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static JournalTextComparison compare(String file) throws IOException {
    JournalTextComparison c = new JournalTextComparison("j.journal", lines(file).iterator());
    assertEquals(GENERATED, c.generatedAt().orElseThrow());
    c.expect(header(), null, null);
    c.expect(ENTRY_1, 101L, "PAY:T0000001:R1");
    c.expect(ENTRY_2, 102L, "PAY:T0000001:R2");
    return c;
  }

  @Test
  @DisplayName(
      "the journal as the ledger writes it again, from the header's instant: no difference")
  void same() throws IOException {
    assertTrue(compare(header() + ENTRY_1 + ENTRY_2).finish().isEmpty());
  }

  @Test
  @DisplayName("a changed amount is the first differing line, in its entry")
  void changedAmount() throws IOException {
    Difference d =
        compare(header() + ENTRY_1 + ENTRY_2.replace("  5.00 CNY", "  50.00 CNY"))
            .finish()
            .orElseThrow();

    assertEquals(Difference.Kind.DIFFERS, d.kind());
    assertEquals(102L, d.entryId());
    assertEquals(10, d.line());
    assertEquals("    liabilities:purse:P20260001  50.00 CNY", d.exportSays());
    assertEquals("    liabilities:purse:P20260001  5.00 CNY", d.ledgerSays());
  }

  @Test
  @DisplayName("a file that stops early is truncated; one that goes on names the extra entry")
  void shortAndLong() throws IOException {
    Difference cut = compare(header() + ENTRY_1 + "2026-11-22 (102)").finish().orElseThrow();
    Difference shorter = compare(header() + ENTRY_1).finish().orElseThrow();
    Difference longer =
        compare(header() + ENTRY_1 + ENTRY_2 + ENTRY_2.replace("(102)", "(103)"))
            .finish()
            .orElseThrow();

    assertEquals(Difference.Kind.DIFFERS, cut.kind());
    assertEquals(102L, cut.entryId());
    assertEquals(Difference.Kind.TRUNCATED, shorter.kind());
    assertEquals(102L, shorter.entryId());
    assertEquals(Difference.Kind.MISSING_FROM_LEDGER, longer.kind());
    assertEquals(103L, longer.entryId());
  }
}
