package org.yikatong.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;

/** Reads a statement file of any format the finance office imports, with that format's reader. */
@ApplicationScoped
public class StatementReaders {

  @Inject @Any Instance<StatementReader> readers;

  /**
   * Reads a whole file with the reader of its format.
   *
   * @throws StatementRejected when the file cannot be read whole, or no reader reads the format
   */
  public Statement read(StatementFormat format, byte[] file) {
    for (StatementReader reader : readers) {
      if (reader.format() == format) {
        return reader.read(file);
      }
    }
    throw new StatementRejected(0, "No reader for " + format);
  }
}
