package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.LedgerDriver.CANTEEN_POS;

import jakarta.inject.Inject;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.it.LedgerDriver.Holder;

/**
 * What Prometheus scrapes from {@code :9990/metrics}: the application's meters beside WildFly's
 * own, counted from payments sent over TCP through the card adapter as a gateway sends them. Runs
 * inside the server to make its own card holders.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String REQUESTS = "yikatong_terminal_requests_total";
  private static final String BUCKETS = "yikatong_terminal_request_duration_seconds_bucket";

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        MetricsIT.class,
        AsAdministrator.class,
        LedgerDriver.class,
        TestGateway.class,
        Http.class,
        DemoUsers.class,
        ChannelTopUps.class);
  }

  @Inject LedgerDriver ledger;

  private final Http http = new Http();

  /** One sample of the scrape: its name, labels and value. */
  private record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private List<Sample> scrape() throws Exception {
    HttpResponse<String> response = http.get(Http.MANAGEMENT.resolve("metrics"));
    assertEquals(200, response.statusCode(), response.body());
    List<Sample> samples = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (line.startsWith("#") || !m.find()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(3) != null) {
        Matcher l = LABEL.matcher(m.group(3));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
    }
    return samples;
  }

  private static double requests(List<Sample> samples, String kind, String code) {
    return samples.stream()
        .filter(
            s ->
                s.name().equals(REQUESTS)
                    && kind.equals(s.labels().get("kind"))
                    && code.equals(s.labels().get("code")))
        .mapToDouble(Sample::value)
        .sum();
  }

  private static boolean has(List<Sample> samples, String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  private static String pay(String cardNo, long fen) throws Exception {
    ISOMsg request =
        TestGateway.financialRequest(
            "0200",
            CANTEEN_POS,
            "000000",
            cardNo,
            fen,
            LedgerDriver.rrn(),
            LocalDateTime.now(SHANGHAI),
            null,
            TestGateway.macKey(TestGateway.demoSecret(CANTEEN_POS)));
    try (Socket socket = new Socket("127.0.0.1", TestGateway.ADAPTER_PORT)) {
      return TestGateway.exchange(socket, request).getString(39);
    }
  }

  private String cardOf(Holder holder) {
    long id =
        ((Number)
                ledger
                    .em
                    .createNativeQuery("select id from card where serial_no = ?")
                    .setParameter(1, holder.serial())
                    .getSingleResult())
            .longValue();
    return CardNumber.of(id);
  }

  @Test
  @DisplayName(
      "an approved and a declined payment count once each by kind, code and outcome, with the"
          + " latency histogram's buckets")
  void paymentsAreCounted() throws Exception {
    String cardNo = cardOf(ledger.newHolder(1_000));
    List<Sample> before = scrape();

    assertEquals("00", pay(cardNo, 600));
    assertEquals("51", pay(cardNo, 900));

    List<Sample> after = scrape();
    assertEquals(
        requests(before, "PAYMENT", "00") + 1, requests(after, "PAYMENT", "00"), "approved");
    assertEquals(
        requests(before, "PAYMENT", "51") + 1, requests(after, "PAYMENT", "51"), "declined");
    assertTrue(
        after.stream()
            .anyMatch(
                s ->
                    s.name().equals(REQUESTS)
                        && "51".equals(s.labels().get("code"))
                        && "declined".equals(s.labels().get("outcome"))),
        "a 51 is a decline");
    Set<String> bounds =
        after.stream()
            .filter(s -> s.name().equals(BUCKETS) && "PAYMENT".equals(s.labels().get("kind")))
            .map(s -> s.labels().get("le"))
            .collect(Collectors.toSet());
    for (String le : List.of("0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.0", "+Inf")) {
      assertTrue(bounds.contains(le), "bucket le=" + le + " among " + bounds);
    }
    assertTrue(
        has(after, "yikatong_terminal_request_duration_seconds_count"), "the histogram's count");
  }

  private static double callbacks(List<Sample> samples, String channel, boolean accepted) {
    return samples.stream()
        .filter(
            s ->
                s.name().equals("yikatong_channel_callbacks_total")
                    && channel.equals(s.labels().get("channel"))
                    && Boolean.toString(accepted).equals(s.labels().get("accepted")))
        .mapToDouble(Sample::value)
        .sum();
  }

  @Test
  @DisplayName("channel callbacks count once each, accepted or refused for a bad signature")
  void callbacksAreCounted() throws Exception {
    ChannelTopUps topUps = new ChannelTopUps(http);
    String orderNo = topUps.order(DemoUsers.CARD_HOLDER_2, 100);
    List<Sample> before = scrape();

    topUps.pay(orderNo, ChannelTopUps.transactionId(), 100);
    HttpResponse<String> forged =
        http.post(
            null,
            "channels/wechat/callbacks",
            "{\"orderNo\":\""
                + orderNo
                + "\",\"channelTxnNo\":\"x\",\"amountFen\":100,\"signature\":\"00\"}");
    assertEquals(400, forged.statusCode(), forged.body());

    List<Sample> after = scrape();
    assertEquals(callbacks(before, "WECHAT", true) + 1, callbacks(after, "WECHAT", true));
    assertEquals(callbacks(before, "WECHAT", false) + 1, callbacks(after, "WECHAT", false));
  }

  @Test
  @DisplayName("the live figures' gauges stand beside WildFly's own metrics")
  void gaugesAndServerMetrics() throws Exception {
    // The gauges appear with the first read of the figures, which the node starts as the
    // application deploys; wait for that read, never longer than one refresh period.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<Sample> samples = scrape();
    while (!has(samples, "yikatong_live_figures_read_timestamp_seconds")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      samples = scrape();
    }
    for (String gauge :
        List.of(
            "yikatong_terminals_online",
            "yikatong_terminals_enabled",
            "yikatong_tickets_open",
            "yikatong_sla_breaches_open",
            "yikatong_live_figures_read_timestamp_seconds")) {
      assertTrue(has(samples, gauge), gauge);
    }
    assertTrue(
        samples.stream()
            .anyMatch(s -> s.name().equals("yikatong_terminals_enabled") && s.value() > 0),
        "the demo terminals are enabled");
    Set<String> levels =
        samples.stream()
            .filter(s -> s.name().equals("yikatong_tickets_open"))
            .map(s -> s.labels().get("level"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("LEVEL_1", "LEVEL_2", "LEVEL_3"), levels);
    assertTrue(
        samples.stream().anyMatch(s -> s.labels().containsValue("YikatongDS")),
        "WildFly's datasource pool figures");
  }
}
