package org.yikatong.web.console.helpdesk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The asset panel of the ticket page: the registered asset the ticket names (serial number, what it
 * is, its warranty), linked to the asset's page, and a field to name another one or none.
 */
@Named
@ViewScoped
public class TicketAssetPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The asset a ticket names, with its warranty today. */
  public record Shown(
      String serialNo,
      String type,
      String model,
      String location,
      String warrantyEnd,
      String warranty)
      implements Serializable {}

  @Inject Tickets tickets;
  @Inject AssetRegister register;
  @Inject TicketView ticketView;

  private String ticketNo;
  private Shown shown;
  private String serial;

  @PostConstruct
  void load() {
    ticketNo =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("no");
    read();
  }

  private void read() {
    shown = null;
    if (ticketNo == null || ticketNo.isBlank()) {
      return;
    }
    try {
      shown =
          tickets
              .assetOf(ticketNo.strip())
              .map(a -> register.find(a.getSerialNo()))
              .map(
                  r ->
                      new Shown(
                          r.asset().getSerialNo(),
                          r.asset().getType().name(),
                          r.asset().getModel(),
                          r.asset().getLocation(),
                          r.warrantyEnd().toString(),
                          r.warranty().name()))
              .orElse(null);
    } catch (RequestRefusedException notFound) {
      shown = null;
    }
    serial = shown == null ? null : shown.serialNo();
  }

  /**
   * Names the asset of the serial number entered (none when blank), and shows the ticket anew: its
   * history has the step, and its next step starts from this version.
   */
  public void save() {
    String no = ticketNo;
    String s = serial;
    if (ConsoleSteps.step("assets", () -> tickets.concernsAsset(no, s), "ticket.assetSaved")) {
      read();
      ticketView.refresh();
    }
  }

  /** The tag style of a warranty status. */
  public String tagClass(String warranty) {
    return switch (warranty == null ? "" : warranty) {
      case "ENDING" -> "ykt-tag ykt-tag-warn";
      case "EXPIRED" -> "ykt-tag ykt-tag-expired";
      default -> "ykt-tag ykt-tag-ok";
    };
  }

  public Shown getShown() {
    return shown;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }
}
