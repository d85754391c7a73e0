package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.yikatong.ledger.domain.ChannelSignature;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * Online top-ups for the reconciliation tests, made as their users make them: a card holder creates
 * the order in self-service, WeChat Pay confirms it through the signed callback. The server's clock
 * is set to a business day of its own for each test (a day of years past, drawn at random), so that
 * no other test's top-ups of the day land in its reconciliation.
 */
final class ChannelTopUps {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The WeChat callback secret of the test server (configure-local.cli). */
  private static final String WECHAT_SECRET = "local-wechat-callback-secret";

  private final Http http;

  ChannelTopUps(Http http) {
    this.http = http;
  }

  /** A business day of its own: one of about 7000 days of 2001 to 2019. */
  static LocalDate dayOfItsOwn() {
    return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
  }

  /** A merchant number (商户号) of its own. */
  static String merchantNo() {
    return "19" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
  }

  /** A WeChat transaction number (微信订单号) of its own. */
  static String transactionId() {
    return "42" + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, Long.MAX_VALUE);
  }

  /** Sets the server's clock to a time of the day, Beijing time. */
  void clockAt(LocalDateTime beijing) throws Exception {
    HttpResponse<String> set =
        http.put(
            DemoUsers.ADMIN,
            "test-clock",
            "{\"at\":\"" + beijing.atZone(SHANGHAI).toInstant() + "\"}");
    assertEquals(204, set.statusCode(), set.body());
  }

  /** Puts the server's clock back. */
  void resetClock() throws Exception {
    http.delete(DemoUsers.ADMIN, "test-clock");
  }

  /** A WeChat top-up order of a card holder (a demo login), not paid yet: its number. */
  String order(String holder, long fen) throws Exception {
    HttpResponse<String> created =
        http.post(holder, "me/top-up-orders", "{\"channel\":\"WECHAT\",\"amountFen\":" + fen + "}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.object(created).getString("orderNo");
  }

  /** WeChat Pay's signed notice that an order was paid: the order as paid. */
  JsonObject pay(String orderNo, String transactionId, long fen) throws Exception {
    String signature =
        ChannelSignature.sign(WECHAT_SECRET, PaymentChannel.WECHAT, orderNo, transactionId, fen);
    HttpResponse<String> paid =
        http.post(
            null,
            "channels/wechat/callbacks",
            "{\"orderNo\":\""
                + orderNo
                + "\",\"channelTxnNo\":\""
                + transactionId
                + "\",\"amountFen\":"
                + fen
                + ",\"signature\":\""
                + signature
                + "\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    JsonObject order = Http.object(paid);
    assertEquals("PAID", order.getString("status"), order.toString());
    return order;
  }

  /** A purse's balance in fen, as finance reads it. */
  long balance(String accountNo) throws Exception {
    HttpResponse<String> account = http.get(DemoUsers.FINANCE, "ledger/accounts/" + accountNo);
    assertEquals(200, account.statusCode(), account.body());
    return Http.object(account).getJsonNumber("balanceFen").longValue();
  }

  /** The item of a run about a top-up order, found by its number. */
  static JsonObject itemOf(JsonObject run, String orderNo) {
    List<JsonObject> found =
        run.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            // A fee item carries the payment lines whose charges it books, and a movement paired
            // into another item stays as PAIRED: neither is the order's own item.
            .filter(i -> !"FEE".equals(i.getString("outcome")))
            .filter(i -> !"PAIRED".equals(i.getString("state", null)))
            .filter(
                i ->
                    orderNo.equals(i.getString("orderNo", null))
                        || i.getJsonArray("lines").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(l -> orderNo.equals(l.getString("merchantRef", null))))
            .toList();
    assertEquals(1, found.size(), "one item about " + orderNo + ": " + run);
    return found.get(0);
  }

  /** The items of a run with an outcome. */
  static List<JsonObject> itemsOf(JsonObject run, String outcome) {
    return run.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> outcome.equals(i.getString("outcome")))
        .toList();
  }
}
