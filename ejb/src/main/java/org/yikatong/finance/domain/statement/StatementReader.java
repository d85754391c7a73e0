package org.yikatong.finance.domain.statement;

/** Reads one format of statement file. */
public interface StatementReader {

  StatementFormat format();

  /**
   * Reads a whole file, checks its declared totals against its lines, and answers it; a file that
   * cannot be read whole is refused with the line it stops at and why.
   *
   * @throws StatementRejected when the file is malformed, truncated, in the wrong encoding, has
   *     unknown columns or totals that do not add up
   */
  Statement read(byte[] file);
}
