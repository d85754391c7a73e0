package org.yikatong.ledger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.ledger.domain.SubsidyBatch;
import org.yikatong.ledger.domain.SubsidyBatchRepository;
import org.yikatong.ledger.domain.SubsidyGrant;

class SubsidiesTest {

  /**
   * Batches that answer one earlier batch, the repeat of a file, and record every call. The service
   * has no other collaborator: a call that reached the holders, accounts or journal would fail.
   */
  private static final class Batches implements SubsidyBatchRepository {
    final List<String> calls = new ArrayList<>();
    SubsidyBatch earlier;

    @Override
    public void add(SubsidyBatch batch) {
      calls.add("add batch");
    }

    @Override
    public void add(SubsidyGrant grant) {
      calls.add("add grant");
    }

    @Override
    public Optional<SubsidyBatch> findByNumber(String batchNo) {
      calls.add("find " + batchNo);
      return Optional.ofNullable(earlier);
    }

    @Override
    public List<SubsidyGrant> expiredBefore(LocalDate today) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Money stillGoodBeside(CardHolder holder, SubsidyGrant grant, LocalDate today) {
      throw new UnsupportedOperationException();
    }
  }

  private final Batches batches = new Batches();

  private Subsidies withMaxLines(int maxLines) {
    Subsidies subsidies = new Subsidies();
    subsidies.batches = batches;
    subsidies.maxLines = maxLines;
    return subsidies;
  }

  private static String file(int lines) {
    StringBuilder csv = new StringBuilder("holder_no,amount\n");
    for (int i = 1; i <= lines; i++) {
      csv.append("H").append(1_000_000 + i).append(",10.00\n");
    }
    return csv.append('\n').toString();
  }

  @Test
  @DisplayName(
      "a file with more lines than one batch takes is refused, naming the limit and its setting,"
          + " before anything is looked up or posted")
  void tooManyLines() {
    RequestRefusedException refused =
        assertThrows(
            RequestRefusedException.class, () -> withMaxLines(3).upload("B1", file(4), null));
    assertEquals(RequestRefusedException.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().contains("has 4 lines"), refused.getMessage());
    assertTrue(refused.getMessage().contains("at most 3"), refused.getMessage());
    assertTrue(refused.getMessage().contains(Subsidies.MAX_LINES_SETTING), refused.getMessage());
    assertEquals(List.of(), batches.calls);
  }

  @Test
  @DisplayName("a file of exactly the limit passes the line check (here: the repeat of a batch)")
  void atTheLimit() {
    String csv = file(3);
    batches.earlier =
        new SubsidyBatch(
            "B1",
            RequestHash.of("SUBSIDY", csv, null),
            3,
            Money.ofFen(3_000),
            null,
            Instant.parse("2026-03-01T02:00:00Z"),
            "finance");
    assertSame(batches.earlier, withMaxLines(3).upload("B1", csv, null));
    assertEquals(List.of("find B1"), batches.calls);
  }
}
