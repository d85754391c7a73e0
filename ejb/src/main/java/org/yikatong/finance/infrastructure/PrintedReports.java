package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.finance.application.ReportDocument;
import org.yikatong.finance.application.ReportPrinter;

/**
 * Prints the finance reports: PDF under the university's name (the setting {@value #SETTING}, by
 * default {@value #DEFAULT_UNIVERSITY}) and CSV.
 */
@ApplicationScoped
public class PrintedReports implements ReportPrinter {

  /** The setting that names the university at the head of every printed report. */
  public static final String SETTING = "yikatong.university.name";

  /** The name printed when the setting is not given. */
  public static final String DEFAULT_UNIVERSITY = "示范大学";

  @Inject
  @ConfigProperty(name = SETTING, defaultValue = DEFAULT_UNIVERSITY)
  String university;

  @Override
  public byte[] pdf(ReportDocument document) {
    return ReportPdf.render(document, university);
  }

  @Override
  public byte[] csv(ReportDocument document) {
    return ReportCsv.render(document);
  }
}
