package org.yikatong.finance.application;

/** Prints a report: as PDF under the university's header, and as CSV for spreadsheets. */
public interface ReportPrinter {

  /** The report as a PDF, every page under the university's header, amounts in yuan. */
  byte[] pdf(ReportDocument document);

  /**
   * The report's tables as CSV: UTF-8 with a byte order mark, Chinese headers, amounts in yuan with
   * two decimals, cells guarded against spreadsheet formulas; tables one after the other with an
   * empty line between them.
   */
  byte[] csv(ReportDocument document);

  /** The report in a format. */
  default ReportFile file(ReportDocument document, boolean pdf) {
    return pdf
        ? new ReportFile(document.fileName() + ".pdf", ReportFile.PDF, pdf(document))
        : new ReportFile(document.fileName() + ".csv", ReportFile.CSV, csv(document));
  }
}
