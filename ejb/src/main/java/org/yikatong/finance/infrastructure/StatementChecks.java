package org.yikatong.finance.infrastructure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.kernel.domain.BusinessDay;

/** Checks every statement reader makes of the lines it has read. */
final class StatementChecks {

  /** The channels' local times, {@code 2026-11-30 08:15:02}. */
  static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private StatementChecks() {}

  /**
   * Reads a channel's local time ({@code yyyy-MM-dd HH:mm:ss}, Asia/Shanghai).
   *
   * @throws StatementRejected when the text is no such time or no real date
   */
  static LocalDateTime localTime(String text, int lineNo, String what) {
    try {
      return LocalDateTime.parse(text.strip(), LOCAL_TIME);
    } catch (DateTimeParseException e) {
      throw new StatementRejected(
          lineNo, what + " '" + text.strip() + "' is not a time of the form yyyy-MM-dd HH:mm:ss");
    }
  }

  /** Refuses a line whose value must be there but is blank. */
  static String required(String value, int lineNo, String what) {
    if (value == null || value.isBlank()) {
      throw new StatementRejected(lineNo, what + " is empty");
    }
    return value;
  }

  /**
   * Refuses the second line of a kind that carries the same channel reference as an earlier one:
   * one transaction twice would be counted twice.
   */
  static void uniqueChannelRefs(List<StatementLine> lines, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (StatementLine line : lines) {
      if (line.channelRef() == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(line.kind() + " " + line.channelRef(), line.lineNo());
      if (earlier != null) {
        throw new StatementRejected(
            line.lineNo(),
            what + " " + line.channelRef() + " stands on line " + earlier + " already");
      }
    }
  }

  /**
   * The one business day (Asia/Shanghai) all lines fall on.
   *
   * @throws StatementRejected when the lines fall on different days, or there is none
   */
  static LocalDate oneDay(List<StatementLine> lines) {
    if (lines.isEmpty()) {
      throw new StatementRejected(
          0, "The file holds no transaction line, so the day it covers is unknown");
    }
    LocalDate day = BusinessDay.of(lines.get(0).at());
    for (StatementLine line : lines) {
      LocalDate other = BusinessDay.of(line.at());
      if (!other.equals(day)) {
        throw new StatementRejected(
            line.lineNo(),
            "the line falls on "
                + other
                + " while line "
                + lines.get(0).lineNo()
                + " falls on "
                + day
                + ": a statement file covers one day");
      }
    }
    return day;
  }

  /** Refuses a declared total that differs from what the lines add up to. */
  static void declaredAmount(long declared, long counted, int lineNo, String what) {
    if (declared != counted) {
      throw new StatementRejected(
          lineNo,
          "the file declares "
              + what
              + " of "
              + Yuan.format(declared)
              + " yuan, but its lines add up to "
              + Yuan.format(counted));
    }
  }

  /** Refuses a declared count that differs from the lines counted. */
  static void declaredCount(long declared, long counted, int lineNo, String what) {
    if (declared != counted) {
      throw new StatementRejected(
          lineNo, "the file declares " + declared + " " + what + ", but holds " + counted);
    }
  }

  /** The sum of the amounts of the lines of one kind. */
  static long sum(List<StatementLine> lines, LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).mapToLong(StatementLine::amountFen).sum();
  }

  /** How many lines of one kind there are. */
  static int count(List<StatementLine> lines, LineKind kind) {
    return (int) lines.stream().filter(l -> l.kind() == kind).count();
  }
}
