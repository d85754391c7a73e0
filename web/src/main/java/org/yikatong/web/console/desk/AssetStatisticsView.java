package org.yikatong.web.console.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.servicedesk.application.AssetRegister;
import org.yikatong.servicedesk.domain.asset.AssetFaults;
import org.yikatong.servicedesk.domain.asset.AssetGrouping;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * The statistics of the asset register: faults (tickets naming an asset) and their repair cost per
 * supplier, model and location over a period (this year by default), with a bar chart of the faults
 * per supplier; the assets whose warranty ends within the days given (60); and the assets with
 * repeated faults (at least 3 tickets in 90 days, both settable).
 */
@Named
@ViewScoped
public class AssetStatisticsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An asset of the expiring or the repeated faults list. */
  public record AssetLine(
      String serialNo,
      String type,
      String model,
      String location,
      String supplier,
      String warrantyEnd,
      String warranty,
      long faults)
      implements Serializable {

    static AssetLine of(AssetRegister.Registered r, long faults) {
      return new AssetLine(
          r.asset().getSerialNo(),
          r.asset().getType().name(),
          r.asset().getModel(),
          r.asset().getLocation(),
          r.asset().getSupplier(),
          r.warrantyEnd().toString(),
          r.warranty().name(),
          faults);
    }
  }

  @Inject AssetRegister register;

  private LocalDate from;
  private LocalDate to;
  private int days = AssetRegister.SOON_DAYS;
  private int faults = AssetRegister.REPEATED_FAULTS;
  private int faultDays = AssetRegister.REPEATED_DAYS;

  private List<AssetFaults> bySupplier = List.of();
  private List<AssetFaults> byModel = List.of();
  private List<AssetFaults> byLocation = List.of();
  private String chart;
  private List<AssetLine> expiring = List.of();
  private List<AssetLine> repeated = List.of();

  @PostConstruct
  void load() {
    StatisticsPeriod period = register.period(null, null);
    from = period.from();
    to = period.to();
    refresh();
  }

  /** Reads every figure again for the period and settings given. */
  public void refresh() {
    ConsoleSteps.step(
        "assets",
        () -> {
          bySupplier = register.faults(AssetGrouping.SUPPLIER, from, to);
          byModel = register.faults(AssetGrouping.MODEL, from, to);
          byLocation = register.faults(AssetGrouping.LOCATION, from, to);
          expiring = register.expiring(days).stream().map(r -> AssetLine.of(r, 0)).toList();
          repeated =
              register.repeatedFaults(faults, faultDays).stream()
                  .map(r -> AssetLine.of(r.registered(), r.faults()))
                  .toList();
        },
        null);
    chart = chart(bySupplier);
  }

  /** A Chart.js bar chart of the faults per supplier. */
  private static String chart(List<AssetFaults> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(
        r -> {
          labels.add(r.key());
          data.add(r.faults());
        });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", ConsolePage.bundle().getString("assets.faults"))
                                .add("data", data)
                                .add("backgroundColor", "#2563eb")
                                .add("maxBarThickness", 56))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public int getFaults() {
    return faults;
  }

  public void setFaults(int faults) {
    this.faults = faults;
  }

  public int getFaultDays() {
    return faultDays;
  }

  public void setFaultDays(int faultDays) {
    this.faultDays = faultDays;
  }

  public List<AssetFaults> getBySupplier() {
    return bySupplier;
  }

  public List<AssetFaults> getByModel() {
    return byModel;
  }

  public List<AssetFaults> getByLocation() {
    return byLocation;
  }

  public String getChart() {
    return chart;
  }

  public List<AssetLine> getExpiring() {
    return expiring;
  }

  public List<AssetLine> getRepeated() {
    return repeated;
  }
}
