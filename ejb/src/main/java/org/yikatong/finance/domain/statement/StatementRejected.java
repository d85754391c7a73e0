package org.yikatong.finance.domain.statement;

/**
 * A statement file that cannot be read as a whole: the line it stops at (0 for the file as a whole,
 * such as a wrong encoding or totals that do not add up) and why. Nothing of such a file is
 * imported.
 */
public class StatementRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int lineNo;

  public StatementRejected(int lineNo, String reason) {
    super(lineNo > 0 ? "Line " + lineNo + ": " + reason : reason);
    this.lineNo = lineNo;
  }

  /** The line the file stops at, 1-based; 0 when the fault is the file's as a whole. */
  public int lineNo() {
    return lineNo;
  }
}
