package org.yikatong.finance.infrastructure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * A header line of named columns, each expected once; the file's order is kept, so a value is found
 * by its column's name.
 */
record CsvColumns(List<String> names, Map<String, Integer> index) {

  /**
   * Reads a header line and checks it names exactly the expected columns.
   *
   * @param first the name a header of this kind starts with, to tell a header in the wrong encoding
   *     or of another file from one with unknown columns
   */
  static CsvColumns of(CsvRows.Row row, List<String> expected, String first, String what) {
    List<String> names = row.fields().stream().map(CsvColumns::plain).toList();
    if (!names.contains(first)) {
      throw new StatementRejected(
          row.lineNo(),
          "this is not the header of "
              + what
              + " ("
              + String.join(",", expected.subList(0, 3))
              + ",…): not such a file, or not in its encoding");
    }
    Set<String> unknown = new LinkedHashSet<>(names);
    unknown.removeAll(expected);
    if (!unknown.isEmpty()) {
      throw new StatementRejected(
          row.lineNo(), "unknown column(s) in the header: " + String.join(", ", unknown));
    }
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(names);
    if (!missing.isEmpty()) {
      throw new StatementRejected(
          row.lineNo(), "column(s) missing from the header: " + String.join(", ", missing));
    }
    if (names.size() != expected.size()) {
      throw new StatementRejected(row.lineNo(), "a column is named twice in the header");
    }
    Map<String, Integer> index =
        IntStream.range(0, names.size())
            .boxed()
            .collect(Collectors.toMap(names::get, Function.identity()));
    return new CsvColumns(names, index);
  }

  /** A header name or value as meant: without WeChat's backtick and surrounding spaces. */
  static String plain(String field) {
    String value = field.strip();
    return value.startsWith("`") ? value.substring(1).strip() : value;
  }

  void checkWidth(CsvRows.Row row) {
    if (row.size() != names.size()) {
      throw new StatementRejected(
          row.lineNo(),
          "the line has "
              + row.size()
              + " values where the header has "
              + names.size()
              + " columns: it is cut short or has a comma too many");
    }
  }

  String name(int column) {
    return names.get(column);
  }

  String value(CsvRows.Row row, String column) {
    return plain(row.field(index.get(column)));
  }
}
