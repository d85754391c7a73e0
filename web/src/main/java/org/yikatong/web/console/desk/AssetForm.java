package org.yikatong.web.console.desk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.NewAsset;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The fields of an asset as the asset pages enter them, to register one or to change one. A
 * warranty end before acceptance is marked beside the field before anything is sent.
 */
public class AssetForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String serialNo;
  private String type;
  private String model;
  private String location;
  private String supplier;
  private LocalDate acceptedOn;
  private LocalDate warrantyEnd;
  private String terminalCode;
  private String contractCode;
  private String note;

  /** The form filled with an asset of the register. */
  static AssetForm of(AssetRegister.Registered r) {
    Asset a = r.asset();
    AssetForm form = new AssetForm();
    form.serialNo = a.getSerialNo();
    form.type = a.getType().name();
    form.model = a.getModel();
    form.location = a.getLocation();
    form.supplier = a.getSupplier();
    form.acceptedOn = a.getAcceptedOn();
    form.warrantyEnd = a.getWarrantyEnd();
    form.terminalCode = a.getTerminalCode();
    form.contractCode = a.getContractId() == null ? null : r.contractCode();
    form.note = a.getNote();
    return form;
  }

  /**
   * The request the form makes, or null when a warranty ends before acceptance (marked beside the
   * field {@code warrantyEndId}).
   */
  NewAsset request(String warrantyEndId) {
    if (acceptedOn != null && warrantyEnd != null && warrantyEnd.isBefore(acceptedOn)) {
      ConsolePage.error(
          warrantyEndId, ConsolePage.bundle().getString("assets.warrantyBeforeAcceptance"));
      return null;
    }
    return new NewAsset(
        serialNo == null ? "" : serialNo.strip(),
        type == null ? null : AssetType.valueOf(type.toUpperCase(Locale.ROOT)),
        model == null ? null : model.strip(),
        location == null ? null : location.strip(),
        supplier == null ? null : supplier.strip(),
        acceptedOn,
        warrantyEnd,
        ConsoleSteps.blankToNull(terminalCode),
        ConsoleSteps.blankToNull(contractCode),
        ConsoleSteps.blankToNull(note));
  }

  public String getSerialNo() {
    return serialNo;
  }

  public void setSerialNo(String serialNo) {
    this.serialNo = serialNo;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public void setAcceptedOn(LocalDate acceptedOn) {
    this.acceptedOn = acceptedOn;
  }

  public LocalDate getWarrantyEnd() {
    return warrantyEnd;
  }

  public void setWarrantyEnd(LocalDate warrantyEnd) {
    this.warrantyEnd = warrantyEnd;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public void setTerminalCode(String terminalCode) {
    this.terminalCode = terminalCode;
  }

  public String getContractCode() {
    return contractCode;
  }

  public void setContractCode(String contractCode) {
    this.contractCode = contractCode;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
