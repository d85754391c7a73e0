package org.yikatong.finance.domain.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.kernel.domain.BusinessDay;

/**
 * Matches a channel's statement lines of a business day against the ledger's movements through that
 * channel. Plain Java without state: the same input gives the same matches, in the same order.
 *
 * <ol>
 *   <li>A batched bank entry (a line whose channel reference detail lines name as their batch) is
 *       checked against the sum of its detail lines; the detail lines are matched themselves.
 *   <li>Fee lines, and the charges on a file's payment and refund lines together, become FEE items.
 *   <li>By reference: a line carrying a top-up's order number ({@code merchantRef}) or the
 *       channel's transaction number the ledger kept ({@code channelRef}) belongs to that top-up; a
 *       refund line to a refund of the order it names. Several lines may belong to one top-up (many
 *       to one); their sum is compared with it.
 *   <li>By amount and time: a line and a movement of the same direction whose amounts and times lie
 *       within the tolerances are paired when the choice is certain: the line's only candidate that
 *       no other line has as its only one, or the only one of its candidates no other line could be
 *       (repeated until nothing more pairs).
 *   <li>A line still alone is MISSING_IN_LEDGER, with the day's movements it may be as suggestions
 *       when there are several; a movement of the day still alone is MISSING_IN_CHANNEL. A movement
 *       from the window around the day that nothing matched belongs to its own day and is left out.
 * </ol>
 *
 * Matches come in file order of their first line; then each file's charges; then the movements the
 * statement lacks, by time.
 */
public final class MatchingEngine {

  private MatchingEngine() {}

  /**
   * Matches the lines of one channel's statements of a day against the ledger's movements.
   *
   * @param lines the statement lines, of one or more files of the channel and day
   * @param movements the ledger's movements of the channel in the day and its window, and those the
   *     lines name wherever they lie
   */
  public static List<Match> match(
      List<ChannelLine> lines,
      List<LedgerMovement> movements,
      LocalDate day,
      MatchTolerances tolerances) {
    Instant dayStart = BusinessDay.start(day);
    Instant dayEnd = BusinessDay.start(day.plusDays(1));
    List<ChannelLine> ordered =
        lines.stream()
            .sorted(
                Comparator.comparingLong(ChannelLine::fileId)
                    .thenComparingInt(l -> l.line().lineNo()))
            .toList();
    Map<ChannelLine, Integer> position = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i), i);
    }
    List<Ranked> out = new ArrayList<>();

    Set<ChannelLine> parents = batches(ordered, position, out);
    fees(ordered, position, parents, out);

    Set<ChannelLine> pool = new LinkedHashSet<>();
    for (ChannelLine l : ordered) {
      if (l.line().kind() != LineKind.FEE && !parents.contains(l)) {
        pool.add(l);
      }
    }
    Set<LedgerMovement> open = new LinkedHashSet<>();
    movements.stream().sorted(BY_TIME).forEach(open::add);

    byReference(pool, open, position, out);
    Candidates candidates = byAmountAndTime(pool, open, tolerances, position, out);

    for (ChannelLine l : pool) {
      List<LedgerMovement> suggestions =
          candidates.of(l).stream()
              .filter(m -> inDay(m, dayStart, dayEnd))
              .sorted(
                  Comparator.comparingLong((LedgerMovement m) -> amountGap(l, m))
                      .thenComparing(m -> timeGap(l, m))
                      .thenComparingLong(LedgerMovement::entryId))
              .toList();
      out.add(
          new Ranked(
              2L * position.get(l),
              new Match(
                  Outcome.MISSING_IN_LEDGER,
                  null,
                  List.of(l),
                  null,
                  l.signedFen(),
                  0,
                  l.signedFen(),
                  suggestions)));
    }
    long next = 2L * ordered.size();
    for (LedgerMovement m : open) {
      if (inDay(m, dayStart, dayEnd)) {
        out.add(
            new Ranked(
                next++,
                new Match(
                    Outcome.MISSING_IN_CHANNEL,
                    null,
                    List.of(),
                    m,
                    0,
                    m.signedFen(),
                    -m.signedFen(),
                    List.of())));
      }
    }
    return out.stream().sorted(Comparator.comparingLong(Ranked::rank)).map(Ranked::match).toList();
  }

  /** A match and where it stands in the answer. */
  private record Ranked(long rank, Match match) {}

  /** Checks each batched entry against its detail lines; answers the batched entries. */
  private static Set<ChannelLine> batches(
      List<ChannelLine> ordered, Map<ChannelLine, Integer> position, List<Ranked> out) {
    Map<String, List<ChannelLine>> details = new LinkedHashMap<>();
    for (ChannelLine l : ordered) {
      if (l.line().batchRef() != null && l.line().kind() != LineKind.FEE) {
        details.computeIfAbsent(l.line().batchRef(), k -> new ArrayList<>()).add(l);
      }
    }
    Set<ChannelLine> parents = new LinkedHashSet<>();
    for (ChannelLine l : ordered) {
      String ref = l.line().channelRef();
      if (l.line().batchRef() == null
          && l.line().kind() != LineKind.FEE
          && ref != null
          && details.containsKey(ref)) {
        parents.add(l);
        long sum = details.get(ref).stream().mapToLong(ChannelLine::signedFen).sum();
        long difference = l.signedFen() - sum;
        out.add(
            new Ranked(
                2L * position.get(l),
                new Match(
                    difference == 0 ? Outcome.MATCHED : Outcome.AMOUNT_MISMATCH,
                    MatchedBy.BATCH,
                    List.of(l),
                    null,
                    l.signedFen(),
                    sum,
                    difference,
                    List.of())));
      }
    }
    return parents;
  }

  /** A FEE match per fee line, and one per file for the charges on its other lines. */
  private static void fees(
      List<ChannelLine> ordered,
      Map<ChannelLine, Integer> position,
      Set<ChannelLine> parents,
      List<Ranked> out) {
    Map<Long, List<ChannelLine>> charged = new LinkedHashMap<>();
    Map<Long, Integer> lastOfFile = new HashMap<>();
    for (ChannelLine l : ordered) {
      lastOfFile.put(l.fileId(), position.get(l));
      if (l.line().kind() == LineKind.FEE) {
        long fee = -l.line().amountFen();
        out.add(
            new Ranked(
                2L * position.get(l),
                new Match(Outcome.FEE, null, List.of(l), null, fee, 0, fee, List.of())));
      } else if (l.line().feeFen() > 0 && !parents.contains(l)) {
        charged.computeIfAbsent(l.fileId(), k -> new ArrayList<>()).add(l);
      }
    }
    for (Map.Entry<Long, List<ChannelLine>> file : charged.entrySet()) {
      long fee = -file.getValue().stream().mapToLong(l -> l.line().feeFen()).sum();
      out.add(
          new Ranked(
              2L * lastOfFile.get(file.getKey()) + 1,
              new Match(Outcome.FEE, null, file.getValue(), null, fee, 0, fee, List.of())));
    }
  }

  /** Pairs lines with the movements their references name; removes both from the pools. */
  private static void byReference(
      Set<ChannelLine> pool,
      Set<LedgerMovement> open,
      Map<ChannelLine, Integer> position,
      List<Ranked> out) {
    Map<String, LedgerMovement> topUpByOrder = new HashMap<>();
    Map<String, LedgerMovement> topUpByTxn = new HashMap<>();
    Map<String, List<LedgerMovement>> refundsByOrder = new HashMap<>();
    for (LedgerMovement m : open) {
      if (m.flow() == Flow.PAYMENT) {
        if (m.orderNo() != null) {
          topUpByOrder.putIfAbsent(m.orderNo(), m);
        }
        if (m.channelTxnNo() != null) {
          topUpByTxn.putIfAbsent(m.channelTxnNo(), m);
        }
      } else if (m.orderNo() != null) {
        refundsByOrder.computeIfAbsent(m.orderNo(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<LedgerMovement, List<ChannelLine>> groups = new LinkedHashMap<>();
    Set<LedgerMovement> refundsTaken = new HashSet<>();
    for (ChannelLine l : pool) {
      LedgerMovement found;
      if (l.flow() == Flow.PAYMENT) {
        found = l.line().merchantRef() == null ? null : topUpByOrder.get(l.line().merchantRef());
        if (found == null && l.line().channelRef() != null) {
          found = topUpByTxn.get(l.line().channelRef());
        }
      } else {
        found = refundOf(l, refundsByOrder, refundsTaken);
      }
      if (found != null) {
        groups.computeIfAbsent(found, k -> new ArrayList<>()).add(l);
      }
    }
    for (Map.Entry<LedgerMovement, List<ChannelLine>> group : groups.entrySet()) {
      LedgerMovement m = group.getKey();
      List<ChannelLine> ls = group.getValue();
      long sum = ls.stream().mapToLong(ChannelLine::signedFen).sum();
      long difference = sum - m.signedFen();
      out.add(
          new Ranked(
              2L * position.get(ls.get(0)),
              new Match(
                  difference == 0 ? Outcome.MATCHED : Outcome.AMOUNT_MISMATCH,
                  MatchedBy.REFERENCE,
                  ls,
                  m,
                  sum,
                  m.signedFen(),
                  difference,
                  List.of())));
      pool.removeAll(ls);
      open.remove(m);
    }
  }

  /**
   * The refund of the order a refund line names that no other line took yet: one of the same amount
   * first (an order may be refunded in parts), else the earliest.
   */
  private static LedgerMovement refundOf(
      ChannelLine l, Map<String, List<LedgerMovement>> refundsByOrder, Set<LedgerMovement> taken) {
    if (l.line().merchantRef() == null) {
      return null;
    }
    List<LedgerMovement> refunds =
        refundsByOrder.getOrDefault(l.line().merchantRef(), List.of()).stream()
            .filter(m -> !taken.contains(m))
            .toList();
    LedgerMovement found =
        refunds.stream()
            .filter(m -> m.amountFen() == l.line().amountFen())
            .findFirst()
            .orElse(refunds.isEmpty() ? null : refunds.get(0));
    if (found != null) {
      taken.add(found);
    }
    return found;
  }

  /**
   * Pairs lines and movements by amount and time (see {@link #onlyPartner}), until nothing more
   * pairs; answers each line's candidates among the movements left, for the suggestions.
   */
  private static Candidates byAmountAndTime(
      Set<ChannelLine> pool,
      Set<LedgerMovement> open,
      MatchTolerances tolerances,
      Map<ChannelLine, Integer> position,
      List<Ranked> out) {
    Candidates graph = new Candidates(pool, open, tolerances, position);
    boolean paired = true;
    while (paired) {
      paired = false;
      for (ChannelLine l : List.copyOf(pool)) {
        if (!pool.contains(l)) {
          continue;
        }
        LedgerMovement m = graph.onlyPartner(l);
        if (m == null) {
          continue;
        }
        long difference = l.signedFen() - m.signedFen();
        out.add(
            new Ranked(
                2L * position.get(l),
                new Match(
                    difference == 0 ? Outcome.MATCHED : Outcome.AMOUNT_MISMATCH,
                    MatchedBy.AMOUNT_AND_TIME,
                    List.of(l),
                    m,
                    l.signedFen(),
                    m.signedFen(),
                    difference,
                    List.of())));
        pool.remove(l);
        open.remove(m);
        paired = true;
      }
    }
    return graph;
  }

  /**
   * Which lines and movements could be each other by amount and time, worked out once (movements
   * indexed by direction and amount, each amount's sorted by time); lines and movements paired
   * since drop out of the answers.
   */
  private static final class Candidates {

    private final Set<ChannelLine> pool;
    private final Set<LedgerMovement> open;
    private final Map<ChannelLine, List<LedgerMovement>> ofLine = new HashMap<>();
    private final Map<LedgerMovement, List<ChannelLine>> ofMovement = new HashMap<>();

    Candidates(
        Set<ChannelLine> pool,
        Set<LedgerMovement> open,
        MatchTolerances tolerances,
        Map<ChannelLine, Integer> position) {
      this.pool = pool;
      this.open = open;
      Map<Flow, TreeMap<Long, List<LedgerMovement>>> index = new EnumMap<>(Flow.class);
      for (LedgerMovement m : open) {
        index
            .computeIfAbsent(m.flow(), f -> new TreeMap<>())
            .computeIfAbsent(m.amountFen(), a -> new ArrayList<>())
            .add(m);
      }
      index.values().forEach(byAmount -> byAmount.values().forEach(ms -> ms.sort(BY_TIME)));
      for (ChannelLine l : pool) {
        TreeMap<Long, List<LedgerMovement>> byAmount = index.get(l.flow());
        List<LedgerMovement> found = new ArrayList<>();
        if (byAmount != null) {
          long amount = l.line().amountFen();
          Instant earliest = l.line().at().minus(tolerances.time());
          Instant latest = l.line().at().plus(tolerances.time());
          for (List<LedgerMovement> same :
              byAmount
                  .subMap(
                      amount - tolerances.amountFen(), true, amount + tolerances.amountFen(), true)
                  .values()) {
            for (int i = firstAtOrAfter(same, earliest);
                i < same.size() && !same.get(i).at().isAfter(latest);
                i++) {
              found.add(same.get(i));
            }
          }
        }
        ofLine.put(l, found);
        found.forEach(m -> ofMovement.computeIfAbsent(m, k -> new ArrayList<>()).add(l));
      }
      ofMovement
          .values()
          .forEach(ls -> ls.sort(Comparator.comparingInt((ChannelLine l) -> position.get(l))));
    }

    /** The movements left that the line could be. */
    List<LedgerMovement> of(ChannelLine l) {
      return ofLine.getOrDefault(l, List.of()).stream().filter(open::contains).toList();
    }

    /** The lines left that could be the movement. */
    List<ChannelLine> of(LedgerMovement m) {
      return ofMovement.getOrDefault(m, List.of()).stream().filter(pool::contains).toList();
    }

    /**
     * The movement a line is to be paired with, or null: the line's only candidate, unless another
     * line has it as its only candidate too; or, among the line's candidates, the one movement that
     * has no other line as a candidate. Anything else is ambiguous and left to a person.
     */
    LedgerMovement onlyPartner(ChannelLine l) {
      List<LedgerMovement> candidates = of(l);
      if (candidates.isEmpty()) {
        return null;
      }
      if (candidates.size() == 1) {
        LedgerMovement m = candidates.get(0);
        boolean contested =
            of(m).stream().anyMatch(other -> !other.equals(l) && of(other).size() == 1);
        return contested ? null : m;
      }
      List<LedgerMovement> onlyForThisLine =
          candidates.stream().filter(m -> of(m).size() == 1).toList();
      return onlyForThisLine.size() == 1 ? onlyForThisLine.get(0) : null;
    }

    private static int firstAtOrAfter(List<LedgerMovement> byTime, Instant earliest) {
      int low = 0;
      int high = byTime.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (byTime.get(mid).at().isBefore(earliest)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private static final Comparator<LedgerMovement> BY_TIME =
      Comparator.comparing(LedgerMovement::at).thenComparingLong(LedgerMovement::entryId);

  private static long amountGap(ChannelLine l, LedgerMovement m) {
    return Math.abs(l.line().amountFen() - m.amountFen());
  }

  private static Duration timeGap(ChannelLine l, LedgerMovement m) {
    return Duration.between(l.line().at(), m.at()).abs();
  }

  private static boolean inDay(LedgerMovement m, Instant dayStart, Instant dayEnd) {
    return !m.at().isBefore(dayStart) && m.at().isBefore(dayEnd);
  }
}
