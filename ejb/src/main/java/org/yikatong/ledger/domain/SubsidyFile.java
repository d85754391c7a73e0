package org.yikatong.ledger.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yikatong.kernel.domain.Money;

/**
 * A subsidy CSV file, parsed and checked whole: {@code holder_no,amount} per line, the amount in
 * yuan with at most two decimals; an optional header line; blank lines ignored. Every problem is
 * reported with its line number, so that finance fixes the file once.
 */
public final class SubsidyFile {

  /** The largest subsidy for one person in one batch: 5,000 yuan. */
  public static final Money MAX_LINE = Money.ofFen(500_000);

  /** One valid line. */
  public record Line(int lineNo, String holderNo, Money amount) {}

  private final List<Line> lines;
  private final List<String> errors;

  private SubsidyFile(List<Line> lines, List<String> errors) {
    this.lines = List.copyOf(lines);
    this.errors = List.copyOf(errors);
  }

  public static SubsidyFile parse(String csv) {
    List<Line> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] rows = rows(csv);
    for (int i = 0; i < rows.length; i++) {
      int lineNo = i + 1;
      String row = subsidyRow(rows[i], lineNo);
      if (row == null) {
        continue;
      }
      String[] cells = row.split(",", -1);
      if (cells.length != 2) {
        errors.add(
            "line " + lineNo + ": expected holder_no,amount but found " + cells.length + " fields");
        continue;
      }
      String holderNo = cells[0].strip();
      if (!holderNo.matches("[A-Za-z0-9]{1,32}")) {
        errors.add("line " + lineNo + ": bad holder number '" + holderNo + "'");
        continue;
      }
      Money amount;
      try {
        amount = Money.parseYuan(cells[1]);
      } catch (IllegalArgumentException e) {
        errors.add("line " + lineNo + ": bad amount '" + cells[1].strip() + "'");
        continue;
      }
      if (amount.fen() <= 0 || amount.compareTo(MAX_LINE) > 0) {
        errors.add(
            "line "
                + lineNo
                + ": amount "
                + amount.toYuanString()
                + " is not in 0.01.."
                + MAX_LINE.toYuanString());
        continue;
      }
      if (!seen.add(holderNo)) {
        errors.add("line " + lineNo + ": holder " + holderNo + " appears twice");
        continue;
      }
      lines.add(new Line(lineNo, holderNo, amount));
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      errors.add("the file has no subsidy lines");
    }
    return new SubsidyFile(lines, errors);
  }

  /**
   * How many subsidy lines (one per holder, good or bad) a file holds: every line but blank ones
   * and the header. Counts without checking any line, so that a file too long for one batch is
   * refused before its lines are looked at.
   */
  public static int lineCount(String csv) {
    String[] rows = rows(csv);
    int count = 0;
    for (int i = 0; i < rows.length; i++) {
      if (subsidyRow(rows[i], i + 1) != null) {
        count++;
      }
    }
    return count;
  }

  private static String[] rows(String csv) {
    return csv.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /** The row stripped, or null for a blank row or the header. */
  private static String subsidyRow(String raw, int lineNo) {
    String row = raw.strip();
    if (lineNo == 1 && row.startsWith("\uFEFF")) {
      row = row.substring(1);
    }
    if (row.isEmpty() || (lineNo == 1 && row.toLowerCase().startsWith("holder_no"))) {
      return null;
    }
    return row;
  }

  public List<Line> lines() {
    return lines;
  }

  public List<String> errors() {
    return errors;
  }

  public Money total() {
    return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
  }
}
