package org.yikatong.finance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A finance report as it is printed (PDF, under the university's header) and exported (CSV): a
 * title, facts about it (period, merchant, status…), an optional warning, tables, and the lines
 * people sign on paper. Money cells hold fen ({@code Long}) and are printed in yuan.
 *
 * @param fileName the file's name without extension, ASCII
 * @param warning a warning printed in front of everything (a provisional settlement), or null
 * @param signatures who signs a printed copy ("制表", "复核" …), each with a line; may be empty
 */
public record ReportDocument(
    String title,
    String fileName,
    List<Fact> facts,
    String warning,
    List<Table> tables,
    List<String> signatures,
    Instant printedAt,
    String printedBy) {

  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(printedAt, "printedAt");
    if (!fileName.matches("[A-Za-z0-9._-]{1,120}")) {
      throw new IllegalArgumentException("Not a plain file name: " + fileName);
    }
    facts = List.copyOf(facts);
    tables = List.copyOf(tables);
    signatures = List.copyOf(signatures);
  }

  /** A fact about the report: a label and its value. */
  public record Fact(String label, String value) {}

  /** What a column holds, and so how its cells are printed. */
  public enum ColumnType {
    TEXT,
    /** Fen, printed as yuan with two decimals. */
    MONEY,
    /** A whole number. */
    COUNT
  }

  /** A column: its header and what it holds. */
  public record Column(String header, ColumnType type) {

    public static Column text(String header) {
      return new Column(header, ColumnType.TEXT);
    }

    public static Column money(String header) {
      return new Column(header, ColumnType.MONEY);
    }

    public static Column count(String header) {
      return new Column(header, ColumnType.COUNT);
    }
  }

  /**
   * A table: a heading (printed above it, not exported), its columns, rows of cells (a {@code
   * String} in a text column, a {@code Long} in the others, null for none), a totals row or null,
   * and where it appears: on paper, in the CSV, or both (the CSV may list more columns than fit on
   * a page).
   */
  public record Table(
      String heading,
      List<Column> columns,
      List<List<Object>> rows,
      List<Object> totals,
      boolean printed,
      boolean exported) {

    public Table {
      columns = List.copyOf(columns);
      List<List<Object>> copied = new ArrayList<>();
      for (List<Object> row : rows) {
        copied.add(cells(row, columns.size()));
      }
      rows = Collections.unmodifiableList(copied);
      totals = totals == null ? null : cells(totals, columns.size());
    }

    /** A table both printed and exported. */
    public static Table of(
        String heading, List<Column> columns, List<List<Object>> rows, List<Object> totals) {
      return new Table(heading, columns, rows, totals, true, true);
    }

    /** A table printed only. */
    public static Table printedOnly(
        String heading, List<Column> columns, List<List<Object>> rows, List<Object> totals) {
      return new Table(heading, columns, rows, totals, true, false);
    }

    /** A table exported only. */
    public static Table exportedOnly(List<Column> columns, List<List<Object>> rows) {
      return new Table(null, columns, rows, null, false, true);
    }

    private static List<Object> cells(List<Object> row, int columns) {
      if (row.size() != columns) {
        throw new IllegalArgumentException(
            "A row of " + row.size() + " cells in a table of " + columns + " columns");
      }
      return Collections.unmodifiableList(new ArrayList<>(row));
    }
  }
}
