package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.ADMIN;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.CARD_HOLDER_2;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail as the university's security office uses it, over HTTP with the demo logins:
 * administrative and financial actions are recorded with who, what, target, origin and outcome;
 * refused attempts too, with nothing changed; auditors read and export it, others may not; and
 * auditors read the business records, read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  private final Http http = new Http();

  @Test
  @DisplayName(
      "an administrator's registration and finance's freeze and unfreeze are recorded with actor,"
          + " action, target, address and SUCCESS")
  void actionsAreRecorded() throws Exception {
    String holderNo = registerHolder();
    String accountNo = "P" + holderNo;
    HttpResponse<String> frozen = http.post(FINANCE, freezePath(accountNo), null);
    assertEquals(200, frozen.statusCode(), frozen.body());
    assertEquals("FROZEN", Http.object(frozen).getString("status"));
    HttpResponse<String> unfrozen = http.post(FINANCE, unfreezePath(accountNo), null);
    assertEquals(200, unfrozen.statusCode(), unfrozen.body());

    JsonObject registered =
        only(search("actor=" + ADMIN + "&target=" + holderNo), "CardHolderRegistry.register");
    assertEquals(holderNo, registered.getString("target"));
    assertEquals("SUCCESS", registered.getString("outcome"));
    assertEquals("127.0.0.1", registered.getString("address", null));
    assertTrue(registered.getString("occurredAt").endsWith("+08:00"), registered.toString());

    List<JsonObject> onAccount = search("target=" + accountNo);
    JsonObject freeze = only(onAccount, "Adjustments.freeze");
    assertEquals(FINANCE, freeze.getString("actor"));
    assertEquals(accountNo, freeze.getString("target"));
    assertEquals("SUCCESS", freeze.getString("outcome"));
    assertEquals("127.0.0.1", freeze.getString("address", null));
    assertTrue(
        freeze.getString("userAgent", "").toLowerCase().contains("java"),
        "the client's User-Agent: " + freeze);
    assertTrue(
        freeze.getString("summary", "").contains("OPEN → FROZEN"), "before → after: " + freeze);
    JsonObject unfreeze = only(onAccount, "Adjustments.unfreeze");
    assertEquals("SUCCESS", unfreeze.getString("outcome"));
    assertTrue(unfreeze.getString("summary", "").contains("FROZEN → OPEN"), unfreeze.toString());
  }

  @Test
  @DisplayName(
      "a wrong role (403) and an invalid request (400) are recorded as REFUSED and change nothing")
  void refusalsAreRecorded() throws Exception {
    String holderNo = registerHolder();
    String accountNo = "P" + holderNo;

    HttpResponse<String> forbidden = http.post(HELPDESK, freezePath(accountNo), null);
    assertEquals(403, forbidden.statusCode(), forbidden.body());
    assertEquals("OPEN", accountStatus(accountNo), "nothing changed");
    List<JsonObject> refusedFreezes =
        search(
                "actor="
                    + HELPDESK
                    + "&target="
                    + encode("/yikatong/api/v1/" + freezePath(accountNo)))
            .stream()
            .filter(e -> e.getString("action").startsWith("POST /v1/ledger/accounts/"))
            .filter(e -> e.getString("action").endsWith("/freeze"))
            .toList();
    assertEquals(1, refusedFreezes.size(), "the refused freeze: " + refusedFreezes);
    JsonObject denied = refusedFreezes.get(0);
    assertEquals("POST /v1/ledger/accounts/{accountNo}/freeze", denied.getString("action"));
    assertEquals("REFUSED", denied.getString("outcome"));
    assertEquals("127.0.0.1", denied.getString("address", null));

    HttpResponse<String> invalid =
        http.post(
            FINANCE,
            "ledger/adjustments",
            "{\"accountNo\":\"" + accountNo + "\",\"amountFen\":0,\"reason\":\"审计测试\"}");
    assertEquals(400, invalid.statusCode(), invalid.body());
    HttpResponse<String> proposed = http.get(FINANCE, "ledger/adjustments");
    assertEquals(200, proposed.statusCode(), proposed.body());
    assertFalse(proposed.body().contains(accountNo), "no adjustment was stored");
    JsonObject refused =
        only(search("actor=" + FINANCE + "&target=" + accountNo), "Adjustments.propose");
    assertEquals("REFUSED", refused.getString("outcome"));
    assertTrue(
        refused.getString("summary", "").contains("An adjustment of zero"), refused.toString());
    assertTrue(
        search("target=" + accountNo).stream()
            .noneMatch(
                e ->
                    "SUCCESS".equals(e.getString("outcome"))
                        && !"CardHolderRegistry.register".equals(e.getString("action"))),
        "no success was recorded for what was refused");
  }

  @Test
  @DisplayName(
      "sign-ins, admitted or refused, user management and a refused weak password are recorded")
  void signInsAndAccountsAreRecorded() throws Exception {
    String username = LedgerDriver.unique("a").toLowerCase();
    HttpResponse<String> created =
        http.post(
            ADMIN,
            "users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"审计 测试\",\"roles\":[\"auditor\"]}");
    assertEquals(201, created.statusCode(), created.body());
    String issued = Http.object(created).getString("temporaryPassword");
    JsonObject creation = only(search("target=" + username), "UserAccounts.create");
    assertEquals(ADMIN, creation.getString("actor"));
    assertFalse(creation.toString().contains(issued), "the issued password is never recorded");

    Http browser = new Http();
    browser.get(Http.CONSOLE);
    browser.postForm(
        Http.CONSOLE.resolve("login"), "j_username", username, "j_password", "not the password");
    assertEquals(
        401,
        http.send("GET", Http.api("overview"), username, "nor this one", null, null).statusCode());
    HttpResponse<String> admitted =
        browser.postForm(
            Http.CONSOLE.resolve("login"), "j_username", username, "j_password", issued);
    assertEquals(302, admitted.statusCode());
    List<JsonObject> signIns = search("actor=" + username + "&action=sign-in");
    assertTrue(
        signIns.stream()
            .anyMatch(
                e ->
                    "console".equals(e.getString("target"))
                        && "REFUSED".equals(e.getString("outcome"))),
        "the refused console sign-in: " + signIns);
    assertTrue(
        signIns.stream()
            .anyMatch(
                e ->
                    "api".equals(e.getString("target"))
                        && "REFUSED".equals(e.getString("outcome"))),
        "the refused API credentials: " + signIns);
    JsonObject success =
        signIns.stream()
            .filter(e -> "SUCCESS".equals(e.getString("outcome")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no admitted sign-in: " + signIns));
    assertEquals("127.0.0.1", success.getString("address", null));
    assertTrue(signIns.stream().noneMatch(e -> e.toString().contains("not the password")));

    HttpResponse<String> weak =
        http.send(
            "PUT",
            Http.api("session/password"),
            username,
            issued,
            "application/json",
            "{\"currentPassword\":\"" + issued + "\",\"newPassword\":\"qwerty123456789\"}");
    assertEquals(400, weak.statusCode(), weak.body());
    JsonObject refusedChange = only(search("actor=" + username), "OwnAccount.changePassword");
    assertEquals("REFUSED", refusedChange.getString("outcome"));
    assertFalse(refusedChange.toString().contains("qwerty123456789"), refusedChange.toString());
    assertFalse(refusedChange.toString().contains(issued), refusedChange.toString());
  }

  @Test
  @DisplayName("a console page refused for the role and an oversized body are recorded")
  void edgeRefusalsAreRecorded() throws Exception {
    Http holder = new Http();
    holder.get(Http.CONSOLE);
    holder.postForm(
        Http.CONSOLE.resolve("login"),
        "j_username",
        CARD_HOLDER_2,
        "j_password",
        DemoUsers.password(CARD_HOLDER_2));
    assertEquals(403, holder.get(Http.CONSOLE.resolve("index.xhtml")).statusCode());
    assertTrue(
        search("actor=" + CARD_HOLDER_2 + "&action=" + encode("GET /index.xhtml")).stream()
            .anyMatch(e -> "REFUSED".equals(e.getString("outcome"))),
        "the refused page is in the trail");

    char[] filler = new char[(1 << 20) + 16];
    Arrays.fill(filler, 'x');
    HttpResponse<String> huge =
        http.post(FINANCE, "ledger/adjustments", "{\"reason\":\"" + new String(filler) + "\"}");
    assertEquals(413, huge.statusCode(), huge.body().length() > 300 ? "" : huge.body());
    assertTrue(
        search("actor=" + FINANCE + "&action=" + encode("POST /v1/ledger/adjustments")).stream()
            .anyMatch(
                e ->
                    "REFUSED".equals(e.getString("outcome"))
                        && e.getString("summary", "").contains("at most")),
        "the oversized body is in the trail");
  }

  @Test
  @DisplayName("auditors and administrators read the trail; finance may not, and that is recorded")
  void whoReads() throws Exception {
    assertEquals(200, http.get(AUDITOR, "audit-entries").statusCode());
    assertEquals(200, http.get(ADMIN, "audit-entries?size=5").statusCode());
    HttpResponse<String> finance = http.get(FINANCE, "audit-entries");
    assertEquals(403, finance.statusCode(), finance.body());
    assertTrue(
        search("actor=" + FINANCE + "&action=" + encode("GET /v1/audit-entries")).stream()
            .anyMatch(e -> "REFUSED".equals(e.getString("outcome"))),
        "the refused read is in the trail");
    assertEquals(400, http.get(AUDITOR, "audit-entries?size=1000").statusCode(), "page size");
    assertEquals(400, http.get(AUDITOR, "audit-entries?from=yesterday").statusCode(), "not a date");
    HttpResponse<String> page = http.get(AUDITOR, "audit-entries?from=2020-01-01&size=1");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(Http.object(page).getJsonNumber("total").longValue() >= 1, page.body());
    assertTrue(Http.object(page).getJsonArray("entries").size() <= 1, page.body());
  }

  @Test
  @DisplayName("the CSV export starts with a UTF-8 BOM and the Chinese header and holds the entry")
  void csvExport() throws Exception {
    String holderNo = registerHolder();
    HttpResponse<byte[]> csv =
        http.bytes(AUDITOR, "audit-entries.csv?target=" + holderNo, "text/csv");
    assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    byte[] body = csv.body();
    assertTrue(body.length > 3, "a body");
    assertTrue(
        Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3)),
        "a byte order mark first");
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("时间（北京时间）,操作人,操作,对象,摘要,结果,地址,客户端,终端\r\n"), text);
    assertTrue(text.contains(",admin,CardHolderRegistry.register," + holderNo + ","), text);
    assertEquals(403, http.bytes(FINANCE, "audit-entries.csv", "text/csv").statusCode());
  }

  @Test
  @DisplayName(
      "the auditor reads blacklist changes, double taps and top-up orders, and changes nothing")
  void auditorReadsBusinessRecords() throws Exception {
    HttpResponse<String> changes = http.get(AUDITOR, "cards/blacklist-changes?after=0&max=10");
    assertEquals(200, changes.statusCode(), changes.body());
    HttpResponse<String> taps = http.get(AUDITOR, "ledger/double-taps");
    assertEquals(200, taps.statusCode(), taps.body());
    HttpResponse<String> disputed = http.get(AUDITOR, "ledger/double-taps?status=DISPUTED");
    assertEquals(200, disputed.statusCode(), disputed.body());

    HttpResponse<String> created =
        http.post(CARD_HOLDER_2, "me/top-up-orders", "{\"channel\":\"WECHAT\",\"amountFen\":100}");
    assertEquals(201, created.statusCode(), created.body());
    String orderNo = Http.object(created).getString("orderNo");
    HttpResponse<String> order = http.get(AUDITOR, "ledger/top-up-orders/" + orderNo);
    assertEquals(200, order.statusCode(), order.body());
    assertEquals(orderNo, Http.object(order).getString("orderNo"));
    assertEquals(404, http.get(AUDITOR, "ledger/top-up-orders/TU-NO-SUCH-ORDER").statusCode());

    assertEquals(403, http.post(AUDITOR, "ledger/double-taps/1/uphold", null).statusCode());
    assertEquals(
        403, http.post(AUDITOR, freezePath("P" + CARD_HOLDER_2), null).statusCode(), "read-only");
  }

  /** Registers a new card holder as the administrator; returns the holder number. */
  private String registerHolder() throws Exception {
    String holderNo = LedgerDriver.unique("AU");
    String holder =
        "{\"holderNo\":\""
            + holderNo
            + "\",\"fullName\":\"审计 测试\",\"type\":\"STAFF\",\"department\":\"保卫处\","
            + "\"group\":\"STAFF\"}";
    HttpResponse<String> registered = http.post(ADMIN, "card-holders", holder);
    assertEquals(201, registered.statusCode(), registered.body());
    return holderNo;
  }

  private String accountStatus(String accountNo) throws Exception {
    HttpResponse<String> account = http.get(FINANCE, "ledger/accounts/" + accountNo);
    assertEquals(200, account.statusCode(), account.body());
    return Http.object(account).getString("status");
  }

  /** The entries a search finds, newest first, as the auditor reads them. */
  private List<JsonObject> search(String query) throws Exception {
    HttpResponse<String> found = http.get(AUDITOR, "audit-entries?size=200&" + query);
    assertEquals(200, found.statusCode(), found.body());
    JsonObject page = Http.object(found);
    assertNotNull(page.getJsonNumber("total"), found.body());
    return page.getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  /** The one entry of an action among entries; fails naming them all when there is none. */
  private static JsonObject only(List<JsonObject> entries, String action) {
    Optional<JsonObject> found =
        entries.stream().filter(e -> action.equals(e.getString("action"))).findFirst();
    assertTrue(found.isPresent(), "no " + action + " among " + entries);
    assertEquals(
        1,
        entries.stream().filter(e -> action.equals(e.getString("action"))).count(),
        "once: " + entries);
    return found.get();
  }

  private static String freezePath(String accountNo) {
    return "ledger/accounts/" + accountNo + "/freeze";
  }

  private static String unfreezePath(String accountNo) {
    return "ledger/accounts/" + accountNo + "/unfreeze";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
