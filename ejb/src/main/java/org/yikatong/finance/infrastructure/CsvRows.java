package org.yikatong.finance.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * The records of a CSV bill as Commons CSV reads them (commas, double quotes, blank lines skipped,
 * optionally {@code #} comment lines skipped), each with the line it starts on in the file.
 */
final class CsvRows {

  /** One record: the line it starts on (1-based) and its fields as written. */
  record Row(int lineNo, List<String> fields) {

    Row {
      fields = List.copyOf(fields);
    }

    int size() {
      return fields.size();
    }

    String field(int i) {
      return fields.get(i);
    }
  }

  private CsvRows() {}

  /**
   * Splits the text into records.
   *
   * @param comments whether lines starting with {@code #} are comments (Alipay's bills) rather than
   *     records
   * @throws StatementRejected when the CSV itself is malformed, such as a quote never closed
   */
  static List<Row> read(StatementText text, boolean comments) {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true);
    if (comments) {
      format.setCommentMarker('#');
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(text.text()))
            .setFormat(format.get())
            .get()) {
      for (CSVRecord record : parser) {
        rows.add(new Row(startLine(text, record, comments), record.toList()));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      int after = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).lineNo() + 1;
      throw new StatementRejected(
          Math.min(after, text.lineCount()), "the CSV is malformed (" + rootMessage(e) + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return rows;
  }

  /**
   * The line a record's first field stands on. Commons CSV reports where it started reading the
   * record, which is before the blank and comment lines it skipped on the way.
   */
  private static int startLine(StatementText text, CSVRecord record, boolean comments) {
    int line = text.lineAt((int) record.getCharacterPosition());
    while (line < text.lineCount()) {
      String content = text.line(line);
      if (!content.isEmpty() && !(comments && content.startsWith("#"))) {
        break;
      }
      line++;
    }
    return line;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
