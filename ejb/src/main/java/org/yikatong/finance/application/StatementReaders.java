package org.yikatong.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * Reads a statement file with the reader of its format: every {@link StatementReader} deployed (the
 * finance area's infrastructure has one per {@link StatementFormat}) is found through CDI. A plain
 * application-scoped bean, not an EJB: it holds no transaction and checks no role; the service that
 * calls it does both. A refusal is the reader's {@link StatementRejected}, whose message says in
 * English which line stops the file and why.
 */
@ApplicationScoped
public class StatementReaders {

  @Inject @Any Instance<StatementReader> readers;

  /**
   * Reads a whole file, its declared totals checked against its lines.
   *
   * @throws StatementRejected when the file is empty, malformed, truncated, in the wrong encoding,
   *     or its totals do not add up
   * @throws IllegalStateException when no reader, or more than one, is deployed for the format
   */
  public Statement read(StatementFormat format, byte[] file) {
    return read(readers, format, file);
  }

  static Statement read(
      Iterable<? extends StatementReader> readers, StatementFormat format, byte[] file) {
    Objects.requireNonNull(format, "format");
    if (file == null || file.length == 0) {
      throw new StatementRejected(0, "The file is empty");
    }
    StatementReader found = null;
    for (StatementReader reader : readers) {
      if (reader.format() == format) {
        if (found != null) {
          throw new IllegalStateException("More than one reader of " + format + " is deployed");
        }
        found = reader;
      }
    }
    if (found == null) {
      throw new IllegalStateException("No reader of " + format + " is deployed");
    }
    return found.read(file);
  }
}
