package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.yikatong.monitoring.application.GroupState;
import org.yikatong.monitoring.application.TerminalHealth;
import org.yikatong.monitoring.application.TerminalState;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * {@code /api/v1/monitoring}: the live health of the terminals, their locations and merchants, and
 * the payment channels over a sliding window ({@code window} minutes, default 15), and the trend of
 * the payment traffic. Summed over every node of the cluster.
 */
@Path("/v1/monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  @Inject TerminalHealth health;

  /** Requests in a window and how they ended; rates in basis points, latency in microseconds. */
  public record TrafficView(
      long requests,
      long approvals,
      long declines,
      long failures,
      long approvalBasisPoints,
      long failureBasisPoints,
      long meanLatencyMicros,
      long maxLatencyMicros,
      Map<String, Long> codes,
      Instant lastRequestAt) {
    static TrafficView of(TrafficTally t) {
      return new TrafficView(
          t.requests(),
          t.approvals(),
          t.declines(),
          t.failures(),
          t.approvalBasisPoints(),
          t.failureBasisPoints(),
          t.meanLatencyMicros(),
          t.latencyMaxMicros(),
          t.codes(),
          t.lastAt());
    }
  }

  public record TerminalView(
      String terminalId,
      String type,
      String merchantCode,
      String location,
      String status,
      String linkState,
      boolean online,
      Instant lastSeenAt,
      String deviceStatus,
      Instant deviceStatusAt,
      String mode,
      String pendingMode,
      TrafficView traffic) {
    static TerminalView of(TerminalState t) {
      return new TerminalView(
          t.terminalId(),
          t.type(),
          t.merchantCode(),
          t.location(),
          t.status(),
          t.linkState(),
          t.online(),
          t.lastSeenAt(),
          t.deviceStatus(),
          t.deviceStatusAt(),
          t.mode(),
          t.pendingMode(),
          TrafficView.of(t.traffic()));
    }
  }

  public record GroupView(
      String key,
      int terminals,
      int online,
      int offline,
      int faults,
      long waiting,
      TrafficView traffic) {
    static GroupView of(GroupState g) {
      return new GroupView(
          g.key(),
          g.terminals(),
          g.online(),
          g.offline(),
          g.faults(),
          g.waiting(),
          TrafficView.of(g.traffic()));
    }
  }

  public record TrendView(Instant from, TrafficView traffic) {}

  @GET
  @Path("/terminals")
  public List<TerminalView> terminals(@QueryParam("window") @DefaultValue("15") int window) {
    return health.terminals(window).stream().map(TerminalView::of).toList();
  }

  @GET
  @Path("/locations")
  public List<GroupView> locations(@QueryParam("window") @DefaultValue("15") int window) {
    return health.locations(window).stream().map(GroupView::of).toList();
  }

  @GET
  @Path("/merchants")
  public List<GroupView> merchants(@QueryParam("window") @DefaultValue("15") int window) {
    return health.merchants(window).stream().map(GroupView::of).toList();
  }

  @GET
  @Path("/channels")
  public List<GroupView> channels(@QueryParam("window") @DefaultValue("15") int window) {
    return health.channels(window).stream().map(GroupView::of).toList();
  }

  /**
   * The payment traffic of every terminal, or of a location or a terminal, over the last {@code
   * hours} in buckets of {@code bucket} minutes.
   */
  @GET
  @Path("/trend")
  public List<TrendView> trend(
      @QueryParam("location") String location,
      @QueryParam("terminal") String terminal,
      @QueryParam("hours") @DefaultValue("6") int hours,
      @QueryParam("bucket") @DefaultValue("10") int bucket) {
    return health.trend(blank(location), blank(terminal), hours, bucket).stream()
        .map(p -> new TrendView(p.from(), TrafficView.of(p.traffic())))
        .toList();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
