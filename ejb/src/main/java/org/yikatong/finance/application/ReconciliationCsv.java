package org.yikatong.finance.application;

import java.io.IOException;
import java.io.Writer;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;

/** Writes a reconciliation run item by item as CSV for a spreadsheet. */
public interface ReconciliationCsv {

  /** Writes the whole run: a byte order mark, the header row and a row per item. */
  void write(ReconciliationRun run, Writer out) throws IOException;
}
