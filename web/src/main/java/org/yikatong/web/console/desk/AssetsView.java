package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.yikatong.servicedesk.application.AssetImportRefusedException;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.LineError;
import org.yikatong.servicedesk.application.NewAsset;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The asset register for the helpdesk: the assets filtered by type, supplier, location and text,
 * each with its effective warranty end and a tag saying whether the warranty runs, ends within 60
 * days or is over; a CSV file imported all or nothing, its problems listed by line beside the
 * upload when it is refused; and a form to register one asset.
 */
@Named
@ViewScoped
public class AssetsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most assets listed. */
  private static final int MAX_ROWS = 500;

  /** The largest file taken, in bytes. */
  static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  /** An asset of the list. */
  public record AssetRow(
      String serialNo,
      String type,
      String model,
      String location,
      String supplier,
      String terminalCode,
      String acceptedOn,
      String warrantyEnd,
      boolean ownWarrantyEnd,
      String warranty)
      implements Serializable {

    static AssetRow of(AssetRegister.Registered r) {
      Asset a = r.asset();
      return new AssetRow(
          a.getSerialNo(),
          a.getType().name(),
          a.getModel(),
          a.getLocation(),
          a.getSupplier(),
          a.getTerminalCode(),
          a.getAcceptedOn().toString(),
          r.warrantyEnd().toString(),
          a.getWarrantyEnd() != null,
          r.warranty().name());
    }
  }

  @Inject AssetRegister register;

  private String type;
  private String supplier;
  private String location;
  private String text;
  private List<AssetRow> rows = List.of();
  private List<String> suppliers = List.of();

  private String fileName;
  private Integer imported;
  private List<LineError> lineErrors = List.of();

  private AssetForm form = new AssetForm();

  @PostConstruct
  void load() {
    search();
  }

  /** Reads the assets that match the filters again. */
  public void search() {
    AssetType t = type == null || type.isBlank() ? null : AssetType.valueOf(type);
    rows = register.list(t, supplier, location, text, MAX_ROWS).stream().map(AssetRow::of).toList();
    suppliers = register.suppliers();
  }

  /** Empties the filters and lists every asset. */
  public void clearFilters() {
    type = null;
    supplier = null;
    location = null;
    text = null;
    search();
  }

  /**
   * Imports the file uploaded, all or nothing: imported, it says how many; refused, it lists every
   * problem by line beside the upload, and nothing is registered.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    fileName = file.getFileName();
    imported = null;
    lineErrors = List.of();
    if (file.getSize() > MAX_FILE_BYTES) {
      ConsolePage.error(
          "import:file",
          MessageFormat.format(
              ConsolePage.bundle().getString("assets.fileTooLarge"), MAX_FILE_BYTES / 1024));
      return;
    }
    String csv = new String(file.getContent(), StandardCharsets.UTF_8);
    try {
      imported = register.importCsv(csv);
    } catch (AssetImportRefusedException refused) {
      lineErrors = refused.lines();
      ConsoleSteps.show(
          ConsolePage.bundle().getString("assets.importRefused"),
          MessageFormat.format(
              ConsolePage.bundle().getString("assets.importRefusedCount"), lineErrors.size()));
      return;
    }
    ConsolePage.info("assets.imported");
    search();
  }

  /** Registers the asset of the form. */
  public void add() {
    NewAsset request = form.request("add:warrantyEnd");
    if (request == null) {
      return;
    }
    if (ConsoleSteps.step("assets", () -> register.register(request), "assets.added")) {
      form = new AssetForm();
      search();
    }
  }

  /** The asset types, to filter and choose by. */
  public List<String> getTypes() {
    return Arrays.stream(AssetType.values()).map(Enum::name).toList();
  }

  /** The import's summary: how many assets a file registered. */
  public String getImportedText() {
    return imported == null
        ? null
        : MessageFormat.format(
            ConsolePage.bundle().getString("assets.importedCount"), imported, fileName);
  }

  /** The tag style of a warranty status. */
  public String tagClass(String warranty) {
    return tag(warranty);
  }

  static String tag(String warranty) {
    return switch (warranty == null ? "" : warranty.toUpperCase(Locale.ROOT)) {
      case "ENDING" -> "ykt-tag ykt-tag-warn";
      case "EXPIRED" -> "ykt-tag ykt-tag-expired";
      default -> "ykt-tag ykt-tag-ok";
    };
  }

  public List<AssetRow> getRows() {
    return rows;
  }

  public List<String> getSuppliers() {
    return suppliers;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFileName() {
    return fileName;
  }

  public Integer getImported() {
    return imported;
  }

  public List<LineError> getLineErrors() {
    return lineErrors;
  }

  public AssetForm getForm() {
    return form;
  }

  public String getHeader() {
    return org.yikatong.servicedesk.application.AssetCsvFile.HEADER;
  }
}
