package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.spareparts.application.NewDepot;
import org.yikatong.spareparts.application.NewPart;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.spareparts.domain.StockMovement;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The spare parts depot for the helpdesk: the parts catalogue with each part's total stock, those
 * at or below their reorder level highlighted and the open reorder alerts above; the depots; the
 * stock of each part in each depot; receipts into a depot and transfers between two, each
 * confirmed; the movements, newest first; and what the parts used for repairs cost this year.
 * Amounts are entered and shown in yuan, kept in fen.
 */
@Named
@ViewScoped
public class SparePartsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most movements listed. */
  private static final int MAX_MOVEMENTS = 200;

  /** A part of the catalogue and its total stock; {@code low} at or below its reorder level. */
  public record PartRow(
      String code,
      String name,
      String unit,
      long unitCostFen,
      int reorderLevel,
      long total,
      boolean low)
      implements Serializable {}

  /** A depot. */
  public record DepotRow(String code, String name, String location) implements Serializable {}

  /** What one depot holds of one part. */
  public record StockRow(
      String part,
      String partName,
      String depot,
      String depotName,
      int quantity,
      String unit,
      boolean low)
      implements Serializable {}

  /** A stock movement. */
  public record MovementRow(
      long id,
      String at,
      String kind,
      String part,
      String partName,
      String from,
      String to,
      int quantity,
      long costFen,
      String ticketNo,
      String note,
      String by)
      implements Serializable {}

  /** An open reorder alert. */
  public record AlertRow(
      String part, String partName, int totalQuantity, int reorderLevel, String raisedAt)
      implements Serializable {}

  @Inject SpareParts parts;
  @Inject ConsoleTransactions transactions;

  private int year;
  private long yearCostFen;
  private List<PartRow> partRows = List.of();
  private List<DepotRow> depotRows = List.of();
  private List<StockRow> stockRows = List.of();
  private List<MovementRow> movementRows = List.of();
  private List<AlertRow> alertRows = List.of();

  private String stockPart;
  private String stockDepot;
  private String movementPart;

  private boolean changing;
  private String partCode;
  private String partName;
  private String partUnit;
  private Integer partReorderLevel;
  private BigDecimal partCostYuan;

  private String depotCode;
  private String depotName;
  private String depotLocation;

  private String receiptPart;
  private String receiptDepot;
  private Integer receiptQuantity;
  private BigDecimal receiptCostYuan;
  private String receiptNote;

  private String transferPart;
  private String transferFrom;
  private String transferTo;
  private Integer transferQuantity;
  private String transferNote;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads everything the page shows again. */
  public void refresh() {
    Instant now = ConsolePage.now();
    year = now.atZone(ConsolePage.CAMPUS).getYear();
    transactions.run(
        () -> {
          yearCostFen = parts.costOfYear(year);
          partRows =
              parts.parts().stream()
                  .map(
                      t ->
                          new PartRow(
                              t.part().getCode(),
                              t.part().getName(),
                              t.part().getUnit(),
                              t.part().getUnitCostFen(),
                              t.part().getReorderLevel(),
                              t.total(),
                              t.total() <= t.part().getReorderLevel()))
                  .toList();
          depotRows =
              parts.depots().stream()
                  .map(d -> new DepotRow(d.getCode(), d.getName(), d.getLocation()))
                  .toList();
          alertRows =
              parts.alerts(false, null).stream()
                  .map(
                      a ->
                          new AlertRow(
                              a.getPart().getCode(),
                              a.getPart().getName(),
                              a.getTotalQuantity(),
                              a.getReorderLevel(),
                              ConsolePage.time(a.getRaisedAt())))
                  .toList();
        });
    refreshStock();
    refreshMovements();
  }

  /** Reads the stock of the part and depot chosen (or of all) again. */
  public void refreshStock() {
    Set<String> low =
        partRows.stream().filter(PartRow::low).map(PartRow::code).collect(Collectors.toSet());
    stockRows =
        transactions.call(
            () ->
                parts.stock(blankToNull(stockPart), blankToNull(stockDepot)).stream()
                    .map(
                        s ->
                            new StockRow(
                                s.getPart().getCode(),
                                s.getPart().getName(),
                                s.getDepot().getCode(),
                                s.getDepot().getName(),
                                s.getQuantity(),
                                s.getPart().getUnit(),
                                low.contains(s.getPart().getCode())))
                    .toList());
  }

  /** Reads the movements of the part chosen (or of all) again. */
  public void refreshMovements() {
    movementRows =
        transactions.call(
            () ->
                parts.movements(blankToNull(movementPart), null, MAX_MOVEMENTS).stream()
                    .map(SparePartsView::movementRow)
                    .toList());
  }

  private static MovementRow movementRow(SpareParts.Movement movement) {
    StockMovement m = movement.movement();
    return new MovementRow(
        m.getId(),
        ConsolePage.time(m.getMovedAt()),
        m.getKind().name(),
        m.getPart().getCode(),
        m.getPart().getName(),
        m.getFrom() == null ? null : m.getFrom().getCode(),
        m.getTo() == null ? null : m.getTo().getCode(),
        m.getQuantity(),
        m.getCostFen(),
        movement.ticketNo(),
        m.getNote(),
        m.getMovedBy());
  }

  // --- parts -------------------------------------------------------------------------------

  /** Empties the part form for a new part. */
  public void newPart() {
    changing = false;
    partCode = null;
    partName = null;
    partUnit = null;
    partReorderLevel = null;
    partCostYuan = null;
  }

  /** Fills the part form with a part of the catalogue, to change it (its code stays). */
  public void editPart(String code) {
    partRows.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .ifPresent(
            p -> {
              changing = true;
              partCode = p.code();
              partName = p.name();
              partUnit = p.unit();
              partReorderLevel = p.reorderLevel();
              partCostYuan = BigDecimal.valueOf(p.unitCostFen(), 2);
            });
  }

  /** Adds the part to the catalogue, or stores its changed description. */
  public void savePart() {
    Long costFen = fen(partCostYuan, "part:cost");
    if (costFen == null) {
      return;
    }
    NewPart request =
        new NewPart(
            partCode.strip(),
            partName.strip(),
            partUnit.strip(),
            partReorderLevel == null ? 0 : partReorderLevel,
            costFen);
    try {
      if (changing) {
        parts.changePart(request.code(), request);
      } else {
        parts.createPart(request);
      }
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info(changing ? "spares.partChanged" : "spares.partCreated");
    newPart();
    refresh();
  }

  // --- depots ------------------------------------------------------------------------------

  public void createDepot() {
    try {
      parts.createDepot(new NewDepot(depotCode.strip(), depotName.strip(), depotLocation.strip()));
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info("spares.depotCreated");
    depotCode = null;
    depotName = null;
    depotLocation = null;
    refresh();
  }

  // --- movements ---------------------------------------------------------------------------

  /** Records parts received into a depot; a unit cost given becomes the part's cost. */
  public void receive() {
    Long costFen = null;
    if (receiptCostYuan != null) {
      costFen = fen(receiptCostYuan, "receipt:cost");
      if (costFen == null) {
        return;
      }
    }
    try {
      parts.receive(receiptPart, receiptDepot, receiptQuantity, costFen, blankToNull(receiptNote));
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info("spares.received");
    receiptPart = null;
    receiptDepot = null;
    receiptQuantity = null;
    receiptCostYuan = null;
    receiptNote = null;
    refresh();
  }

  /** Moves parts from one depot to another; the two must differ. */
  public void transfer() {
    if (transferFrom != null && transferFrom.equals(transferTo)) {
      ConsolePage.error("transfer:to", ConsolePage.bundle().getString("spares.sameDepot"));
      return;
    }
    try {
      parts.transfer(
          transferPart, transferFrom, transferTo, transferQuantity, blankToNull(transferNote));
    } catch (RequestRefusedException refused) {
      refused(refused);
      return;
    }
    ConsolePage.info("spares.transferred");
    transferPart = null;
    transferFrom = null;
    transferTo = null;
    transferQuantity = null;
    transferNote = null;
    refresh();
  }

  /**
   * An amount in yuan as fen, exactly; more than two decimals is marked beside the field and
   * answered with null. A blank amount is nought.
   */
  private static Long fen(BigDecimal yuan, String field) {
    if (yuan == null) {
      return 0L;
    }
    try {
      return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      ConsolePage.error(field, ConsolePage.bundle().getString("spares.yuanRule"));
      return null;
    }
  }

  private static void refused(RequestRefusedException refused) {
    ConsoleSteps.refused("spares", refused);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // --- properties ---------------------------------------------------------------------------

  public int getYear() {
    return year;
  }

  public long getYearCostFen() {
    return yearCostFen;
  }

  public List<PartRow> getPartRows() {
    return partRows;
  }

  public List<DepotRow> getDepotRows() {
    return depotRows;
  }

  public List<StockRow> getStockRows() {
    return stockRows;
  }

  public List<MovementRow> getMovementRows() {
    return movementRows;
  }

  public List<AlertRow> getAlertRows() {
    return alertRows;
  }

  public String getStockPart() {
    return stockPart;
  }

  public void setStockPart(String stockPart) {
    this.stockPart = stockPart;
  }

  public String getStockDepot() {
    return stockDepot;
  }

  public void setStockDepot(String stockDepot) {
    this.stockDepot = stockDepot;
  }

  public String getMovementPart() {
    return movementPart;
  }

  public void setMovementPart(String movementPart) {
    this.movementPart = movementPart;
  }

  public boolean isChanging() {
    return changing;
  }

  public String getPartCode() {
    return partCode;
  }

  public void setPartCode(String partCode) {
    this.partCode = partCode;
  }

  public String getPartName() {
    return partName;
  }

  public void setPartName(String partName) {
    this.partName = partName;
  }

  public String getPartUnit() {
    return partUnit;
  }

  public void setPartUnit(String partUnit) {
    this.partUnit = partUnit;
  }

  public Integer getPartReorderLevel() {
    return partReorderLevel;
  }

  public void setPartReorderLevel(Integer partReorderLevel) {
    this.partReorderLevel = partReorderLevel;
  }

  public BigDecimal getPartCostYuan() {
    return partCostYuan;
  }

  public void setPartCostYuan(BigDecimal partCostYuan) {
    this.partCostYuan = partCostYuan;
  }

  public String getDepotCode() {
    return depotCode;
  }

  public void setDepotCode(String depotCode) {
    this.depotCode = depotCode;
  }

  public String getDepotName() {
    return depotName;
  }

  public void setDepotName(String depotName) {
    this.depotName = depotName;
  }

  public String getDepotLocation() {
    return depotLocation;
  }

  public void setDepotLocation(String depotLocation) {
    this.depotLocation = depotLocation;
  }

  public String getReceiptPart() {
    return receiptPart;
  }

  public void setReceiptPart(String receiptPart) {
    this.receiptPart = receiptPart;
  }

  public String getReceiptDepot() {
    return receiptDepot;
  }

  public void setReceiptDepot(String receiptDepot) {
    this.receiptDepot = receiptDepot;
  }

  public Integer getReceiptQuantity() {
    return receiptQuantity;
  }

  public void setReceiptQuantity(Integer receiptQuantity) {
    this.receiptQuantity = receiptQuantity;
  }

  public BigDecimal getReceiptCostYuan() {
    return receiptCostYuan;
  }

  public void setReceiptCostYuan(BigDecimal receiptCostYuan) {
    this.receiptCostYuan = receiptCostYuan;
  }

  public String getReceiptNote() {
    return receiptNote;
  }

  public void setReceiptNote(String receiptNote) {
    this.receiptNote = receiptNote;
  }

  public String getTransferPart() {
    return transferPart;
  }

  public void setTransferPart(String transferPart) {
    this.transferPart = transferPart;
  }

  public String getTransferFrom() {
    return transferFrom;
  }

  public void setTransferFrom(String transferFrom) {
    this.transferFrom = transferFrom;
  }

  public String getTransferTo() {
    return transferTo;
  }

  public void setTransferTo(String transferTo) {
    this.transferTo = transferTo;
  }

  public Integer getTransferQuantity() {
    return transferQuantity;
  }

  public void setTransferQuantity(Integer transferQuantity) {
    this.transferQuantity = transferQuantity;
  }

  public String getTransferNote() {
    return transferNote;
  }

  public void setTransferNote(String transferNote) {
    this.transferNote = transferNote;
  }
}
