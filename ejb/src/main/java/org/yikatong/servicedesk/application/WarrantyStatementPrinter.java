package org.yikatong.servicedesk.application;

/** Prints a monthly warranty statement as a PDF (set in the printables' CJK fonts). */
public interface WarrantyStatementPrinter {

  /** The statement as a PDF's bytes. */
  byte[] render(WarrantyStatement statement);
}
