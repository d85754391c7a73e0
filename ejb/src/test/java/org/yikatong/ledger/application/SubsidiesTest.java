package org.yikatong.ledger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
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
    public List<SubsidyBatch> latest(int max) {
      calls.add("latest " + max);
      return earlier == null ? List.of() : List.of(earlier);
    }

    @Override
    public List<ExpiredGrants> expiredGrantsOf(Collection<Long> batchIds) {
      calls.add("expired grants of " + batchIds.size());
      return List.of();
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

  /** Noon of 2026-03-02 in Shanghai: business day 2026-03-02. */
  private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");

  /**
   * A service that knows two card holders (each with an open purse) besides the batches; it has no
   * journal, so a preview that tried to post would fail.
   */
  private Subsidies withHolders() {
    Subsidies subsidies = withMaxLines(100);
    subsidies.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Map<String, CardHolder> known =
        Map.of(
            "H1", new CardHolder("H1", "张三", CardHolderType.STUDENT, "数学系", NOW),
            "H2", new CardHolder("H2", "李四", CardHolderType.STAFF, "后勤处", NOW));
    subsidies.holders =
        new CardHolderRepository() {
          @Override
          public void add(CardHolder holder) {
            throw new UnsupportedOperationException();
          }

          @Override
          public long count() {
            return known.size();
          }

          @Override
          public Optional<CardHolder> findByHolderNo(String holderNo) {
            return Optional.ofNullable(known.get(holderNo));
          }

          @Override
          public List<CardHolder> search(String text, int max) {
            throw new UnsupportedOperationException();
          }
        };
    subsidies.accounts =
        (AccountRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("findOf")
                      && args[1] == AccountType.CARDHOLDER_PURSE) {
                    return Optional.of(Account.purseOf((CardHolder) args[0], NOW));
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return subsidies;
  }

  @Test
  @DisplayName(
      "a preview names every bad line with its number and reason, grants the good ones, and posts"
          + " nothing")
  void previewNamesBadLines() {
    String csv = "holder_no,amount\nH1,12.50\nH2,abc\nH9,3.00\nH1,1.00\n\nH2,-1\n";

    SubsidyPreview preview = withHolders().preview("B7", csv, null);

    assertFalse(preview.postable());
    assertEquals(5, preview.lines());
    assertEquals(
        List.of(new SubsidyPreview.Grant(2, "H1", "张三", Money.ofFen(1_250))), preview.grants());
    assertEquals(Money.ofFen(1_250), preview.total());
    assertEquals(
        List.of(3, 4, 5, 7),
        preview.problems().stream().map(SubsidyPreview.Problem::lineNo).toList());
    assertEquals("bad amount 'abc'", preview.problems().get(0).text());
    assertEquals("no card holder H9", preview.problems().get(1).text());
    assertTrue(preview.problems().get(2).text().contains("appears twice"));
    assertTrue(preview.problems().get(3).text().contains("is not in 0.01.."));
    assertEquals(List.of("find B7"), batches.calls, "nothing stored");
  }

  @Test
  @DisplayName("a good file previews as postable, with every grant and the total")
  void previewOfAGoodFile() {
    SubsidyPreview preview =
        withHolders().preview("B8", "H1,10\r\nH2,0.05\r\n", LocalDate.of(2026, 3, 2));

    assertTrue(preview.postable(), preview.problems().toString());
    assertEquals(2, preview.lines());
    assertEquals(Money.ofFen(1_005), preview.total());
    assertEquals(List.of("find B8"), batches.calls, "nothing stored");
  }

  @Test
  @DisplayName(
      "a preview names the problems of the whole file as line 0: a batch number used before, an"
          + " expiry date past")
  void previewOfTheWholeFile() {
    batches.earlier =
        new SubsidyBatch(
            "B1",
            "another file",
            1,
            Money.ofFen(100),
            null,
            Instant.parse("2026-03-01T02:00:00Z"),
            "finance");

    SubsidyPreview preview = withHolders().preview("B1", "H1,1.00\n", LocalDate.of(2026, 3, 1));

    assertEquals(
        List.of(0, 0), preview.problems().stream().map(SubsidyPreview.Problem::lineNo).toList());
    assertTrue(
        preview.problems().get(0).text().contains("was posted with another file"),
        preview.problems().toString());
    assertTrue(preview.problems().get(1).text().contains("is past"), preview.problems().toString());
    assertEquals(1, preview.grants().size(), "the lines are checked all the same");
  }

  @Test
  @DisplayName("a preview of a file too long for one batch says so and looks at no line")
  void previewOfTooLongAFile() {
    SubsidyPreview preview = withMaxLines(3).preview("B1", file(4), null);

    assertEquals(4, preview.lines());
    assertEquals(1, preview.problems().size());
    assertEquals(0, preview.problems().get(0).lineNo());
    assertTrue(preview.problems().get(0).text().contains("at most 3"));
    assertEquals(List.of(), batches.calls);
  }

  @Test
  @DisplayName(
      "a batch stands in effect up to its expiry date, then due until every grant has expired")
  void standing() {
    SubsidyBatch batch =
        new SubsidyBatch(
            "B1", "hash", 2, Money.ofFen(200), LocalDate.of(2026, 3, 1), NOW, "finance");
    assertEquals(SubsidyBatch.Standing.IN_EFFECT, batch.standingOn(LocalDate.of(2026, 3, 1), 0));
    assertEquals(SubsidyBatch.Standing.EXPIRY_DUE, batch.standingOn(LocalDate.of(2026, 3, 2), 1));
    assertEquals(SubsidyBatch.Standing.EXPIRED, batch.standingOn(LocalDate.of(2026, 3, 2), 2));
    SubsidyBatch lasting = new SubsidyBatch("B2", "hash", 2, Money.ofFen(200), null, NOW, "x");
    assertEquals(SubsidyBatch.Standing.NO_EXPIRY, lasting.standingOn(LocalDate.of(2030, 1, 1), 0));
  }
}
