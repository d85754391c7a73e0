package org.yikatong.web.console.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.NewAsset;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.spareparts.domain.StockMovement;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * One asset of the register ({@code desk/asset.xhtml?serial=}): what it is, where, its supplier and
 * warranty; a form to change it (refused when someone changed it meanwhile); the tickets that named
 * it with who answered for them and what they were charged; and the spare parts used on it.
 */
@Named
@ViewScoped
public class AssetView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The asset as shown. */
  public record Shown(
      String serialNo,
      String type,
      String model,
      String location,
      String supplier,
      String terminalCode,
      String contractCode,
      String acceptedOn,
      String warrantyEnd,
      boolean ownWarrantyEnd,
      boolean inWarranty,
      String warranty,
      String note,
      long version)
      implements Serializable {}

  /** A ticket that named the asset. */
  public record TicketRow(
      String ticketNo,
      String title,
      String status,
      String createdAt,
      String responsibleParty,
      String repairCharge,
      long chargedFen)
      implements Serializable {}

  /** Parts used on the asset. */
  public record PartRow(
      String part, String partName, int quantity, long costFen, String ticketNo, String movedAt)
      implements Serializable {}

  @Inject AssetRegister register;
  @Inject SpareParts parts;

  private String serial;
  private Shown shown;
  private AssetForm form;
  private List<TicketRow> tickets = List.of();
  private List<PartRow> partsUsed = List.of();
  private long partsCostFen;

  /** Reads the asset named by the page's parameter; an unknown one shows as not found. */
  public void load() {
    if (serial == null || serial.isBlank()) {
      shown = null;
      return;
    }
    AssetRegister.Registered r;
    try {
      r = register.find(serial.strip());
    } catch (RequestRefusedException notFound) {
      shown = null;
      return;
    }
    Asset a = r.asset();
    shown =
        new Shown(
            a.getSerialNo(),
            a.getType().name(),
            a.getModel(),
            a.getLocation(),
            a.getSupplier(),
            a.getTerminalCode(),
            r.contractCode(),
            a.getAcceptedOn().toString(),
            r.warrantyEnd().toString(),
            a.getWarrantyEnd() != null,
            r.inWarranty(),
            r.warranty().name(),
            a.getNote(),
            a.getVersion());
    form = AssetForm.of(r);
    tickets =
        register.ticketsOf(a.getSerialNo()).stream()
            .map(
                t ->
                    new TicketRow(
                        t.getTicketNo(),
                        t.getTitle(),
                        t.getStatus().name(),
                        ConsolePage.time(t.getCreatedAt()),
                        t.getResponsibleParty() == null ? null : t.getResponsibleParty().name(),
                        t.getRepairCharge() == null ? null : t.getRepairCharge().name(),
                        t.chargedFen()))
            .toList();
    partsUsed =
        parts.usedOnAsset(a.getId()).stream()
            .map(
                m -> {
                  StockMovement s = m.movement();
                  return new PartRow(
                      s.getPart().getCode(),
                      s.getPart().getName(),
                      s.getQuantity(),
                      s.getCostFen(),
                      m.ticketNo(),
                      ConsolePage.time(s.getMovedAt()));
                })
            .toList();
    partsCostFen = partsUsed.stream().mapToLong(PartRow::costFen).sum();
  }

  /** Stores the changed asset as read; someone else's change meanwhile is refused. */
  public void save() {
    NewAsset request = form.request("edit:warrantyEnd");
    if (request == null) {
      return;
    }
    long version = shown.version();
    if (ConsoleSteps.step(
        "assets", () -> register.change(shown.serialNo(), version, request), "assets.changed")) {
      load();
    }
  }

  /** The tag style of a warranty status. */
  public String tagClass(String warranty) {
    return AssetsView.tag(warranty);
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public Shown getShown() {
    return shown;
  }

  public AssetForm getForm() {
    return form;
  }

  public List<TicketRow> getTickets() {
    return tickets;
  }

  public List<PartRow> getPartsUsed() {
    return partsUsed;
  }

  public long getPartsCostFen() {
    return partsCostFen;
  }

  public List<String> getTypes() {
    return java.util.Arrays.stream(org.yikatong.servicedesk.domain.asset.AssetType.values())
        .map(Enum::name)
        .toList();
  }
}
