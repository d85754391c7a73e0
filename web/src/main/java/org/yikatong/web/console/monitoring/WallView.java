package org.yikatong.web.console.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.application.GroupState;
import org.yikatong.monitoring.application.TerminalHealth;
import org.yikatong.monitoring.application.TerminalState;
import org.yikatong.monitoring.domain.traffic.TrafficTally;
import org.yikatong.web.console.ConsolePage;

/**
 * The terminal status wall: a tile per location with its enabled terminals online and offline,
 * their device faults and their payment traffic over the chosen window (5, 15 or 60 minutes),
 * coloured by state; a tile opens into its terminals. Below, the payment channels and the trend of
 * the last hours' requests and failures. The page reads itself again every 15 seconds (a poll), so
 * which tiles are open is kept here, not in the browser.
 *
 * <p>A tile's state: {@code down} when a terminal that signed on has gone silent or a twentieth or
 * more of the requests failed; {@code warn} with a device fault or any failure; {@code idle} when
 * none of its terminals has signed on; {@code ok} otherwise.
 */
@Named
@ViewScoped
public class WallView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The windows to choose from, in minutes. */
  static final List<Integer> WINDOWS = List.of(5, 15, 60);

  /** A failure rate from which a location counts as down (5 %). */
  static final long DOWN_FAILURE_BASIS_POINTS = 500;

  /** How many hours the trend shows, and the minutes of each of its points. */
  static final int TREND_HOURS = 6;

  static final int TREND_BUCKET_MINUTES = 10;

  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  /** A terminal of an opened tile. */
  public record TerminalRow(
      String code,
      String type,
      String merchant,
      boolean enabled,
      boolean online,
      boolean watched,
      String lastSeen,
      String lastSeenAt,
      String device,
      boolean fault,
      long requests,
      long failures,
      String codes,
      String mode,
      String pendingMode)
      implements Serializable {}

  /** A location's tile. */
  public record Tile(
      String location,
      int terminals,
      int online,
      int offline,
      int faults,
      long requests,
      String approvalRate,
      String failureRate,
      String latency,
      String state,
      List<TerminalRow> members)
      implements Serializable {}

  /** A payment channel. */
  public record ChannelRow(String channel, long callbacks, long failures, long waiting)
      implements Serializable {}

  @Inject TerminalHealth health;
  @Inject Alerts alerts;

  private int window = 15;
  private String location;
  private final Set<String> opened = new HashSet<>();
  private List<String> locations = List.of();
  private List<Tile> tiles = List.of();
  private List<ChannelRow> channels = List.of();
  private String trend;
  private long openAlerts;
  private int online;
  private int enabled;
  private String refreshedAt;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the health of every location, the channels, the trend and the open alerts again. */
  public void refresh() {
    Instant now = ConsolePage.now();
    List<TerminalState> terminals = health.terminals(window);
    Map<String, List<TerminalState>> byLocation = new LinkedHashMap<>();
    Set<String> every = new TreeSet<>();
    for (TerminalState t : terminals) {
      every.add(t.location());
      byLocation.computeIfAbsent(t.location(), l -> new ArrayList<>()).add(t);
    }
    locations = List.copyOf(every);
    if (location != null && !every.contains(location)) {
      location = null;
    }
    List<Tile> shown = new ArrayList<>();
    online = 0;
    enabled = 0;
    for (GroupState group : health.locations(window)) {
      if (location != null && !location.equals(group.key())) {
        continue;
      }
      List<TerminalState> members = byLocation.getOrDefault(group.key(), List.of());
      shown.add(tile(group, members, now));
      online += group.online();
      enabled += group.terminals();
    }
    tiles = shown;
    channels =
        health.channels(window).stream()
            .map(
                c ->
                    new ChannelRow(
                        c.key(), c.traffic().requests(), c.traffic().failures(), c.waiting()))
            .toList();
    trend = trendChart(health.trend(location, null, TREND_HOURS, TREND_BUCKET_MINUTES));
    openAlerts = alerts.open().size();
    refreshedAt = ConsolePage.time(now);
  }

  private Tile tile(GroupState group, List<TerminalState> members, Instant now) {
    TrafficTally traffic = group.traffic();
    boolean silentWatched =
        members.stream().anyMatch(t -> "ENABLED".equals(t.status()) && t.watched() && !t.online());
    boolean anyWatched =
        members.stream().anyMatch(t -> "ENABLED".equals(t.status()) && t.watched());
    String state;
    if (silentWatched || traffic.failureBasisPoints() >= DOWN_FAILURE_BASIS_POINTS) {
      state = "down";
    } else if (group.faults() > 0 || traffic.failures() > 0) {
      state = "warn";
    } else if (!anyWatched) {
      state = "idle";
    } else {
      state = "ok";
    }
    List<TerminalRow> rows =
        members.stream()
            .map(
                t ->
                    new TerminalRow(
                        t.terminalId(),
                        t.type(),
                        t.merchantCode() == null ? "—" : t.merchantCode(),
                        "ENABLED".equals(t.status()),
                        t.online(),
                        t.watched(),
                        MonitoringText.ago(t.lastSeenAt(), now),
                        ConsolePage.time(t.lastSeenAt()),
                        t.deviceStatus() == null ? "—" : t.deviceStatus(),
                        t.deviceFault(),
                        t.traffic().requests(),
                        t.traffic().failures(),
                        MonitoringText.topCodes(t.traffic().codes(), 3),
                        t.mode(),
                        t.pendingMode()))
            .toList();
    return new Tile(
        group.key(),
        group.terminals(),
        group.online(),
        group.offline(),
        group.faults(),
        traffic.requests(),
        traffic.requests() == 0 ? "—" : MonitoringText.percent(traffic.approvalBasisPoints()),
        traffic.requests() == 0 ? "—" : MonitoringText.percent(traffic.failureBasisPoints()),
        MonitoringText.millis(traffic.requests(), traffic.meanLatencyMicros()),
        state,
        rows);
  }

  /** A Chart.js line chart of the requests and failures per point of the trend. */
  private static String trendChart(List<TerminalHealth.TrendPoint> points) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder requests = Json.createArrayBuilder();
    JsonArrayBuilder failures = Json.createArrayBuilder();
    for (TerminalHealth.TrendPoint p : points) {
      labels.add(HOUR_MINUTE.format(p.from().atZone(ConsolePage.CAMPUS)));
      requests.add(p.traffic().requests());
      failures.add(p.traffic().failures());
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder().add("display", true).add("position", "bottom")))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add(
                                "ticks",
                                Json.createObjectBuilder()
                                    .add("autoSkip", true)
                                    .add("maxTicksLimit", 7))));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            line(
                                ConsolePage.bundle().getString("mon.wall.requests"),
                                requests,
                                "#3b82f6"))
                        .add(
                            line(
                                ConsolePage.bundle().getString("mon.wall.failures"),
                                failures,
                                "#dc2626"))))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("pointRadius", 0)
        .add("tension", 0.2);
  }

  /** Opens a tile into its terminals, or closes it. */
  public void toggle(String key) {
    if (!opened.remove(key)) {
      opened.add(key);
    }
  }

  public boolean isOpened(String key) {
    return opened.contains(key);
  }

  public List<Integer> getWindows() {
    return WINDOWS;
  }

  public int getWindow() {
    return window;
  }

  public void setWindow(int window) {
    this.window = WINDOWS.contains(window) ? window : 15;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location == null || location.isBlank() ? null : location;
  }

  public List<String> getLocations() {
    return locations;
  }

  public List<Tile> getTiles() {
    return tiles;
  }

  public List<ChannelRow> getChannels() {
    return channels;
  }

  public String getTrend() {
    return trend;
  }

  public long getOpenAlerts() {
    return openAlerts;
  }

  public int getOnline() {
    return online;
  }

  public int getEnabled() {
    return enabled;
  }

  public String getRefreshedAt() {
    return refreshedAt;
  }

  public int getTrendHours() {
    return TREND_HOURS;
  }
}
