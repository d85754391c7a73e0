package org.yikatong.web.console.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yikatong.servicedesk.application.WarrantyAgreements;

/** The contracts page's download of a contract's warranty agreement, printed. */
@Named
@RequestScoped
public class WarrantyAgreementDownload {

  @Inject WarrantyAgreements agreements;

  /** The agreement of the contract of that code, as a PDF to save or print. */
  public StreamedContent pdf(String contractCode) {
    byte[] pdf = agreements.print(contractCode);
    return DefaultStreamedContent.builder()
        .name("warranty-agreement-" + contractCode + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }
}
