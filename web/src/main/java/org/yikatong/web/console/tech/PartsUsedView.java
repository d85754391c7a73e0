package org.yikatong.web.console.tech;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.spareparts.application.SpareParts;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleTransactions;

/**
 * The spare parts of a repair: what was taken for the ticket so far, and taking more from a depot
 * that holds them (the ticket's work log says what, from where and at what cost).
 */
@Named
@ViewScoped
public class PartsUsedView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A part in stock at a depot, as offered: its key is "part@depot". */
  public record InStock(String key, String label, int quantity) implements Serializable {}

  /** A part taken for the ticket. */
  public record Used(String at, String part, String depot, int quantity, String by)
      implements Serializable {}

  @Inject SpareParts parts;
  @Inject ConsoleTransactions transactions;

  private String ticketNo;
  private List<InStock> inStock = List.of();
  private List<Used> used = List.of();
  private String stock;
  private Integer quantity = 1;
  private String note;

  /** Reads the stock and the ticket's parts (the page calls it with its ticket number). */
  public void load(String no) {
    ticketNo = no;
    transactions.run(
        () -> {
          inStock =
              parts.stock(null, null).stream()
                  .filter(s -> s.getQuantity() > 0)
                  .map(
                      s ->
                          new InStock(
                              s.getPart().getCode() + "@" + s.getDepot().getCode(),
                              s.getPart().getName()
                                  + " · "
                                  + s.getDepot().getName()
                                  + " ("
                                  + s.getQuantity()
                                  + " "
                                  + s.getPart().getUnit()
                                  + ")",
                              s.getQuantity()))
                  .toList();
          used =
              parts.usage(no).stream()
                  .map(
                      m ->
                          new Used(
                              ConsolePage.time(m.movement().getMovedAt()),
                              m.movement().getPart().getName(),
                              m.movement().getFrom() == null
                                  ? "—"
                                  : m.movement().getFrom().getName(),
                              Math.abs(m.movement().getQuantity()),
                              m.movement().getMovedBy()))
                  .toList();
        });
  }

  /** Takes the chosen part from its depot for the ticket. */
  public void withdraw() {
    if (stock == null || !stock.contains("@")) {
      ConsolePage.error("parts:stock", ConsolePage.bundle().getString("parts.pick"));
      return;
    }
    String[] partAndDepot = stock.split("@", 2);
    try {
      parts.withdraw(partAndDepot[0], partAndDepot[1], quantity, ticketNo, note);
      ConsolePage.info("parts.withdrawn");
      stock = null;
      quantity = 1;
      note = null;
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    }
    load(ticketNo);
  }

  public List<InStock> getInStock() {
    return inStock;
  }

  public List<Used> getUsed() {
    return used;
  }

  public String getStock() {
    return stock;
  }

  public void setStock(String stock) {
    this.stock = stock;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
