package org.yikatong.servicedesk.application;

/** Prints a warranty agreement (implemented as a PDF in the infrastructure). */
public interface WarrantyAgreementRenderer {

  /**
   * @return the printable's bytes
   */
  byte[] render(WarrantyAgreement agreement);
}
