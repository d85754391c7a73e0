package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.HELPDESK;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.ledger.application.PaymentOutcome;
import org.yikatong.ledger.application.PaymentRequest;

/**
 * A card holder reaches only their own: through every endpoint the card-holder role may call (the
 * card-holder column of {@link EndpointRoleMatrixIT}'s table, so a new one must be covered here),
 * demo holder A is pointed at demo holder B's card, purse, top-up order, double tap, ticket,
 * maintenance request, complaint or survey answer. B's resource must answer 404, as if it did not
 * exist, and stay as it was (read again by B, or by the helpdesk, before and after); a list shows A
 * none of B's items; what A creates is A's, whatever holder it names.
 *
 * <p>B's resources are made first, over the API as B, except B's double tap, which only terminal
 * payments make: this test runs inside the server for that, like {@link LedgerApiIT}, and talks
 * HTTP for everything else.
 */
@ExtendWith(ArquillianExtension.class)
class HolderOwnershipIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        HolderOwnershipIT.class,
        EndpointRoleMatrixIT.class,
        AsAdministrator.class,
        LedgerDriver.class,
        Http.class,
        DemoUsers.class);
  }

  /** The holder who tries. */
  private static final String A = DemoUsers.CARD_HOLDER;

  /** The holder whose resources A tries to reach. */
  private static final String B = DemoUsers.CARD_HOLDER_2;

  /**
   * How each endpoint of the card-holder column is checked, by {@code "METHOD /path"} as in the
   * matrix. The kinds:
   *
   * <ul>
   *   <li>{@link #foreign}: A calls it with B's id: 404, and B's resource unchanged;
   *   <li>{@link #ownList}, {@link #own}: A's list or view holds only A's, B's item not among them
   *       (and B's own list holds it, so the check is not empty);
   *   <li>{@link #created}: what A makes (naming B where the body lets it) is A's and hidden from
   *       B; naming B's ticket or payment answers 404 and makes nothing;
   *   <li>{@link #same}: the resource belongs to no holder: A and B read the same;
   *   <li>{@link #noId}: takes no id, and no body or only the fields named (checked in the OpenAPI
   *       document), so it cannot name another's resource.
   * </ul>
   */
  private static final Map<String, Check> OWNERSHIP =
      checks(
          // Cards: CardLifecycle reaches only the caller's own cards.
          Map.entry(
              "POST /cards/{serialNo}/loss",
              foreign(f -> Map.of("serialNo", f.cardOfB), null, Fixture::readCardOfB)),
          Map.entry(
              "PUT /cards/{serialNo}/limits",
              foreign(
                  f -> Map.of("serialNo", f.cardOfB),
                  "{\"noPinLimitFen\":1,\"dailyLimitFen\":1}",
                  Fixture::readCardOfB)),

          // A payment channel's callback is authenticated by its signature: A's login does not
          // make a notice on B's order valid.
          Map.entry("POST /channels/{channel}/callbacks", HolderOwnershipIT::callbackOnOrderOfB),

          // Complaints: filed as the caller, listed and shown to them only.
          Map.entry("POST /complaints", HolderOwnershipIT::fileComplaint),
          Map.entry(
              "GET /complaints",
              ownList(
                  "complaints?max=1000",
                  (f, c) -> A.equals(c.getString("complainantHolderNo", null)),
                  "id",
                  f -> Long.toString(f.complaintOfB))),
          Map.entry(
              "GET /complaints/{id}",
              foreign(
                  f -> Map.of("id", Long.toString(f.complaintOfB)),
                  null,
                  Fixture::readComplaintOfB)),

          // The FAQ is public: published articles, nobody's.
          Map.entry("GET /faq", same(f -> "faq")),
          Map.entry("GET /faq/{id}", same(f -> "faq/" + f.faqEntry)),

          // The emergency notices are public: the campus's, nobody's.
          Map.entry("GET /public/notices", same(f -> "public/notices")),
          Map.entry(
              "GET /public/notices/{id}/qr.png", same(f -> "public/notices/999999999/qr.png")),

          // Maintenance requests: submitted as the caller, seen and confirmed by them only.
          Map.entry("POST /maintenance-requests", HolderOwnershipIT::submitRequest),
          Map.entry(
              "GET /maintenance-requests",
              ownList(
                  "maintenance-requests?max=500",
                  (f, r) -> A.equals(r.getString("requesterHolderNo", null)),
                  "requestNo",
                  f -> f.requestOfB)),
          Map.entry(
              "GET /maintenance-requests/{no}",
              foreign(f -> Map.of("no", f.requestOfB), null, Fixture::readRequestOfB)),
          Map.entry(
              "POST /maintenance-requests/{no}/confirm",
              foreign(
                  f -> Map.of("no", f.requestOfB), "{\"text\":\"满足需要\"}", Fixture::readRequestOfB)),
          Map.entry(
              "GET /maintenance-requests/{no}/form.pdf",
              foreign(f -> Map.of("no", f.requestOfB), null, Fixture::readRequestOfB)),

          // Self-service: the signed-in holder's own purses, cards, history, orders, double taps.
          Map.entry("GET /me", own("me", "holderNo")),
          Map.entry(
              "GET /me/cards",
              ownList(
                  "me/cards",
                  (f, c) -> A.equals(c.getString("holderNo", null)),
                  "serialNo",
                  f -> f.cardOfB)),
          Map.entry(
              "GET /me/history",
              ownList(
                  "me/history?max=200",
                  (f, line) -> Set.of("P" + A, "S" + A).contains(line.getString("accountNo", null)),
                  "entryId",
                  f -> Long.toString(f.paymentOfB))),
          Map.entry(
              "POST /me/loss",
              noId("reports the signed-in holder's own card in use lost; the server picks it")),
          Map.entry("POST /me/top-up-orders", HolderOwnershipIT::topUp),
          Map.entry(
              "GET /me/top-up-orders/{orderNo}",
              foreign(f -> Map.of("orderNo", f.orderOfB), null, Fixture::readOrderOfB)),
          Map.entry(
              "GET /me/double-taps",
              ownList(
                  "me/double-taps",
                  (f, tap) -> f.cardsOfA.contains(tap.getString("cardSerialNo", null)),
                  "id",
                  f -> Long.toString(f.doubleTapOfB))),
          Map.entry(
              "POST /me/double-taps/{id}/confirm",
              foreign(
                  f -> Map.of("id", Long.toString(f.doubleTapOfB)),
                  null,
                  Fixture::readDoubleTapOfB)),
          Map.entry(
              "POST /me/double-taps/{id}/dispute",
              foreign(
                  f -> Map.of("id", Long.toString(f.doubleTapOfB)),
                  null,
                  Fixture::readDoubleTapOfB)),

          // The caller's own account and password: the signed-in user's, named by nobody.
          Map.entry("GET /session/account", noId("answers the signed-in user's own account")),
          Map.entry(
              "PUT /session/password",
              noId("changes the signed-in user's own password", "currentPassword", "newPassword")),

          // The console session's CSRF token: one per session, no holder's resource.
          Map.entry(
              "GET /session/csrf-token",
              noId("answers the caller's own console session's token, or 404 without one")),

          // Surveys are the campus's, answered by each holder as themselves.
          Map.entry("GET /surveys", same(f -> "surveys")),
          Map.entry("GET /surveys/{id}", same(f -> "surveys/" + f.survey)),
          Map.entry("POST /surveys/{id}/responses", HolderOwnershipIT::respond),

          // Tickets: opened as the caller, followed, answered, confirmed, reopened by them only.
          Map.entry("POST /tickets", HolderOwnershipIT::openTicket),
          Map.entry(
              "GET /tickets",
              ownList(
                  "tickets?max=500",
                  (f, t) -> A.equals(t.getString("reporterHolderNo", null)),
                  "ticketNo",
                  f -> f.ticketOfB)),
          Map.entry(
              "GET /tickets/{ticketNo}",
              foreign(f -> Map.of("ticketNo", f.ticketOfB), null, Fixture::readTicketOfB)),
          Map.entry(
              "GET /tickets/{ticketNo}/sla-events",
              foreign(f -> Map.of("ticketNo", f.ticketOfB), null, Fixture::readTicketOfB)),
          Map.entry(
              "POST /tickets/{ticketNo}/answer",
              foreign(
                  f -> Map.of("ticketNo", f.ticketOfB),
                  "{\"text\":\"已重启\"}",
                  Fixture::readTicketOfB)),
          Map.entry(
              "POST /tickets/{ticketNo}/confirm",
              foreign(
                  f -> Map.of("ticketNo", f.ticketOfB), "{\"rating\":1}", Fixture::readTicketOfB)),
          Map.entry(
              "POST /tickets/{ticketNo}/reopen",
              foreign(
                  f -> Map.of("ticketNo", f.ticketOfB),
                  "{\"text\":\"没修好\"}",
                  Fixture::readTicketOfB)),
          Map.entry(
              "POST /tickets/{ticketNo}/comments",
              foreign(
                  f -> Map.of("ticketNo", f.ticketOfB),
                  "{\"text\":\"还在吗\"}",
                  Fixture::readTicketOfB)));

  @Inject LedgerDriver ledger;

  @Test
  @DisplayName("every endpoint of the matrix's card-holder column has an ownership check")
  void everyHolderEndpointIsChecked() {
    Set<String> column = holderColumn();
    Set<String> unchecked = new TreeSet<>(column);
    unchecked.removeAll(OWNERSHIP.keySet());
    Set<String> stale = new TreeSet<>(OWNERSHIP.keySet());
    stale.removeAll(column);
    assertTrue(
        unchecked.isEmpty() && stale.isEmpty(),
        "card-holder endpoints without an ownership check (add one): "
            + unchecked
            + "; checks of endpoints no longer in the card-holder column (remove them): "
            + stale);
  }

  @Test
  @DisplayName(
      "holder A pointed at holder B's resources through every card-holder endpoint: 404, nothing"
          + " changes, lists and views show A only A's")
  void holderReachesOnlyTheirOwn() throws Exception {
    Fixture f = new Fixture();
    List<String> failures = new ArrayList<>();
    try {
      for (String endpoint : holderColumn()) {
        Check check = OWNERSHIP.get(endpoint);
        if (check == null) {
          continue; // reported by everyHolderEndpointIsChecked
        }
        try {
          check.run(endpoint, f, failures);
        } catch (Exception | AssertionError e) {
          failures.add(endpoint + ": the check broke off: " + e);
        }
      }
    } finally {
      f.http.post(HELPDESK, "surveys/" + f.survey + "/close", null);
    }
    System.out.printf(
        "Holder ownership: %d card-holder endpoints checked, %d failures%n",
        OWNERSHIP.size(), failures.size());
    assertTrue(
        failures.isEmpty(),
        failures.size() + " ownership failure(s):\n" + String.join("\n", failures));
  }

  /** The endpoints the card-holder role may call, from the matrix's table. */
  private static Set<String> holderColumn() {
    return EndpointRoleMatrixIT.API.stream()
        .filter(r -> r.allowed().contains(EndpointRoleMatrixIT.CARDHOLDER))
        .map(EndpointRoleMatrixIT.Row::endpoint)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // --- B's resources ---

  /** B's resources, made over the API as B (and the double tap by terminal payments). */
  private final class Fixture {
    final Http http = new Http();
    final String tag = LedgerDriver.unique("OWN");
    final String cardOfB;
    final Set<String> cardsOfA;
    final String ticketOfB;
    final long complaintOfB;
    final String requestOfB;
    final String orderOfB;
    final long paymentOfB;
    final long doubleTapOfB;
    final long survey;
    final long faqEntry;

    Fixture() throws Exception {
      cardOfB = activeCard(B);
      cardsOfA =
          read(HELPDESK, "card-holders/" + A).asJsonObject().getJsonArray("cards").stream()
              .map(c -> c.asJsonObject().getString("serialNo"))
              .collect(Collectors.toUnmodifiableSet());
      ticketOfB =
          created(
                  B,
                  "tickets",
                  "{\"channel\":\"APP\",\"reporterName\":\"钱同学\",\"category\":\"SOFTWARE\","
                      + "\"title\":\""
                      + tag
                      + " B 的工单\",\"description\":\"充值后余额未变\"}")
              .getString("ticketNo");
      complaintOfB =
          created(B, "complaints", "{\"subject\":\"" + tag + " B 的投诉\",\"text\":\"排队太久\"}")
              .getJsonNumber("id")
              .longValue();
      requestOfB =
          created(
                  B,
                  "maintenance-requests",
                  "{\"kind\":\"CORRECTIVE\",\"title\":\""
                      + tag
                      + " B 的维护申请\",\"description\":\"圈存机打印乱码\"}")
              .getString("requestNo");
      orderOfB =
          created(B, "me/top-up-orders", "{\"channel\":\"WECHAT\",\"amountFen\":100}")
              .getString("orderNo");

      // A double tap: the same payment twice within ten seconds at one terminal.
      Holder b = new Holder(B, cardOfB);
      assertTrue(
          ledger
              .send(
                  PaymentRequest.cashTopUp(LedgerDriver.KIOSK, LedgerDriver.rrn(), cardOfB, 1_000))
              .approved(),
          "B's card is topped up");
      long fen = 100 + ThreadLocalRandom.current().nextInt(50);
      assertTrue(ledger.pay(LedgerDriver.CANTEEN2_POS, b, fen).approved(), "B pays");
      PaymentOutcome again = ledger.pay(LedgerDriver.CANTEEN2_POS, b, fen);
      assertTrue(again.approved() && again.doubleTapSuspected(), "B pays the same again");
      paymentOfB = again.entryId();
      doubleTapOfB =
          read(B, "me/double-taps").asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(t -> t.getJsonNumber("entryId").longValue() == paymentOfB)
              .findFirst()
              .orElseThrow(() -> new AssertionError("B's double tap of entry " + paymentOfB))
              .getJsonNumber("id")
              .longValue();

      survey = openSurvey();
      assertEquals(
          201,
          http.post(B, "surveys/" + survey + "/responses", "{\"scores\":[4,4,4]}").statusCode(),
          "B answers the survey");

      JsonArray faq = read(null, "faq").asJsonArray();
      faqEntry =
          faq.isEmpty() ? 999_999_999L : faq.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private String activeCard(String holderNo) throws Exception {
      return read(HELPDESK, "card-holders/" + holderNo)
          .asJsonObject()
          .getJsonArray("cards")
          .stream()
          .map(JsonValue::asJsonObject)
          .filter(c -> c.getString("status").equals("ACTIVE"))
          .map(c -> c.getString("serialNo"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no active card of " + holderNo));
    }

    /** A survey in a quarter nobody used yet. */
    private long openSurvey() throws Exception {
      for (int attempt = 0; attempt < 10; attempt++) {
        String quarter =
            (2100 + ThreadLocalRandom.current().nextInt(800))
                + "-Q"
                + (1 + ThreadLocalRandom.current().nextInt(4));
        HttpResponse<String> opened =
            http.post(
                HELPDESK,
                "surveys",
                "{\"quarter\":\""
                    + quarter
                    + "\",\"title\":\""
                    + tag
                    + "\",\"questions\":[\"响应速度\",\"解决质量\",\"服务态度\"]}");
        if (opened.statusCode() == 201) {
          return Http.object(opened).getJsonNumber("id").longValue();
        }
        assertEquals(409, opened.statusCode(), opened.body());
      }
      throw new AssertionError("no free survey quarter found");
    }

    JsonObject created(String user, String path, String json) throws Exception {
      HttpResponse<String> response = http.post(user, path, json);
      assertEquals(
          201, response.statusCode(), "POST " + path + " as " + user + ": " + response.body());
      return Http.object(response);
    }

    /** A GET that must answer 200, as its JSON. */
    JsonValue read(String user, String path) throws Exception {
      HttpResponse<String> response = http.get(user, path);
      assertEquals(
          200, response.statusCode(), "GET " + path + " as " + user + ": " + response.body());
      return Http.json(response);
    }

    JsonValue readCardOfB() throws Exception {
      return read(HELPDESK, "cards/" + cardOfB);
    }

    JsonValue readComplaintOfB() throws Exception {
      return read(B, "complaints/" + complaintOfB);
    }

    JsonValue readRequestOfB() throws Exception {
      return read(B, "maintenance-requests/" + requestOfB);
    }

    JsonValue readOrderOfB() throws Exception {
      return read(B, "me/top-up-orders/" + orderOfB);
    }

    JsonValue readDoubleTapOfB() throws Exception {
      return read(B, "me/double-taps").asJsonArray().stream()
          .filter(t -> t.asJsonObject().getJsonNumber("id").longValue() == doubleTapOfB)
          .findFirst()
          .orElse(JsonValue.NULL);
    }

    /**
     * B's ticket as the holder's steps change it: status, rating, resolution and its history, less
     * what the SLA watch records on its own (actor {@code system}) while the test runs.
     */
    JsonValue readTicketOfB() throws Exception {
      JsonObject t = read(B, "tickets/" + ticketOfB).asJsonObject();
      jakarta.json.JsonArrayBuilder history = Json.createArrayBuilder();
      t.getJsonArray("history").stream()
          .filter(e -> !"system".equals(e.asJsonObject().getString("actor", null)))
          .forEach(history::add);
      return Json.createObjectBuilder()
          .add("status", t.get("status"))
          .add("rating", t.getOrDefault("rating", JsonValue.NULL))
          .add("resolution", t.getOrDefault("resolution", JsonValue.NULL))
          .add("reporterHolderNo", t.get("reporterHolderNo"))
          .add("history", history)
          .build();
    }
  }

  // --- The kinds of check ---

  @FunctionalInterface
  private interface Check {
    /** Checks one endpoint, adding a line to {@code failures} for each thing found wrong. */
    void run(String endpoint, Fixture f, List<String> failures) throws Exception;
  }

  @FunctionalInterface
  private interface State {
    JsonValue of(Fixture f) throws Exception;
  }

  /** A calls the endpoint with B's ids (and the body, unless null): 404, B's resource unchanged. */
  private static Check foreign(
      Function<Fixture, Map<String, String>> idsOfB, String body, State stateOfB) {
    return (endpoint, f, failures) -> {
      String path = fill(endpoint, idsOfB.apply(f));
      JsonValue before = stateOfB.of(f);
      // A GET asks for any media type, so that a PDF or CSV endpoint answers rather than 406.
      HttpResponse<String> response =
          method(endpoint).equals("GET")
              ? f.http.get(A, path, "application/json, */*;q=0.1")
              : f.http.as(A, method(endpoint), path, body);
      if (response.statusCode() != 404) {
        failures.add(
            endpoint
                + ": holder "
                + A
                + " on "
                + B
                + "'s "
                + path
                + ": expected 404, got "
                + response.statusCode()
                + ": "
                + brief(response.body()));
      }
      JsonValue after = stateOfB.of(f);
      if (!before.equals(after)) {
        failures.add(endpoint + ": " + B + "'s " + path + " changed: " + before + " → " + after);
      }
    };
  }

  /**
   * A's list holds only A's items and not B's; B's own list holds B's item, so that the check looks
   * for something that exists.
   */
  private static Check ownList(
      String path,
      BiPredicate<Fixture, JsonObject> isOfA,
      String idField,
      Function<Fixture, String> idOfB) {
    return (endpoint, f, failures) -> {
      String id = idOfB.apply(f);
      for (JsonValue item : f.read(A, path).asJsonArray()) {
        JsonObject o = item.asJsonObject();
        if (!isOfA.test(f, o)) {
          failures.add(
              endpoint + ": " + A + "'s list shows what is not theirs: " + brief(o.toString()));
        }
        if (id.equals(text(o.get(idField)))) {
          failures.add(endpoint + ": " + A + "'s list shows " + B + "'s " + idField + " " + id);
        }
      }
      boolean inTheirs =
          f.read(B, path).asJsonArray().stream()
              .anyMatch(item -> id.equals(text(item.asJsonObject().get(idField))));
      if (!inTheirs) {
        failures.add(endpoint + ": " + B + "'s own list lacks " + idField + " " + id);
      }
    };
  }

  /** A's own view names A, B's names B. */
  private static Check own(String path, String ownerField) {
    return (endpoint, f, failures) -> {
      for (String holder : List.of(A, B)) {
        String owner = f.read(holder, path).asJsonObject().getString(ownerField, null);
        if (!holder.equals(owner)) {
          failures.add(endpoint + ": " + holder + " sees the view of " + owner);
        }
      }
    };
  }

  /** Belongs to no holder: A and B get the same answer. */
  private static Check same(Function<Fixture, String> path) {
    return (endpoint, f, failures) -> {
      String p = path.apply(f);
      HttpResponse<String> ofA = f.http.get(A, p);
      HttpResponse<String> ofB = f.http.get(B, p);
      if (ofA.statusCode() != ofB.statusCode() || !ofA.body().equals(ofB.body())) {
        failures.add(
            endpoint
                + ": "
                + A
                + " and "
                + B
                + " read "
                + p
                + " differently: "
                + ofA.statusCode()
                + " "
                + brief(ofA.body())
                + " / "
                + ofB.statusCode()
                + " "
                + brief(ofB.body()));
      }
    };
  }

  /**
   * Takes no path parameter and no body field but the given ones (none given: no body at all): it
   * acts on the caller alone, so it cannot name another holder's resource. Checked against the
   * OpenAPI document: an endpoint that does take an id fails here and needs a check of its own.
   */
  private static Check noId(String why, String... bodyFields) {
    return (endpoint, f, failures) -> {
      EndpointRoleMatrixIT.Operation operation =
          EndpointRoleMatrixIT.operations(EndpointRoleMatrixIT.openApi()).get(endpoint);
      if (operation == null) {
        failures.add(endpoint + ": not in the OpenAPI document");
        return;
      }
      Set<String> allowed = Set.of(bodyFields);
      boolean body =
          allowed.isEmpty()
              ? !operation.bodyTypes().isEmpty()
              : !allowed.containsAll(operation.bodyFields());
      if (!operation.pathParameters().isEmpty() || body) {
        failures.add(
            endpoint
                + ": checked as naming nothing ("
                + why
                + "), but it takes "
                + operation.pathParameters().keySet()
                + " and a body "
                + operation.bodyTypes()
                + " of "
                + operation.bodyFields()
                + ": give it a check with "
                + B
                + "'s resource");
      }
    };
  }

  // --- Creation: what A makes is A's ---

  private static void openTicket(String endpoint, Fixture f, List<String> failures)
      throws Exception {
    String named = f.tag + " A 对 B 的付款";
    HttpResponse<String> refused =
        f.http.post(
            A,
            "tickets",
            ticket(named, "\"reporterHolderNo\":\"" + B + "\",\"journalEntryId\":" + f.paymentOfB));
    expect404NothingMade(
        endpoint,
        "naming " + B + "'s payment " + f.paymentOfB,
        refused,
        f,
        "tickets?max=500",
        "title",
        named,
        failures);
    created(
        endpoint,
        f,
        "tickets",
        ticket(f.tag + " A 的工单", "\"reporterHolderNo\":\"" + B + "\""),
        "reporterHolderNo",
        t -> "tickets/" + t.getString("ticketNo"),
        failures);
  }

  private static String ticket(String title, String more) {
    return "{\"channel\":\"PHONE\",\"reporterName\":\"学生\",\"category\":\"SOFTWARE\",\"title\":\""
        + title
        + "\",\"description\":\"消费记录不对\","
        + more
        + "}";
  }

  private static void fileComplaint(String endpoint, Fixture f, List<String> failures)
      throws Exception {
    String named = f.tag + " A 对 B 的工单";
    HttpResponse<String> refused =
        f.http.post(
            A,
            "complaints",
            "{\"subject\":\""
                + named
                + "\",\"text\":\"无人处理\",\"ticketNo\":\""
                + f.ticketOfB
                + "\"}");
    expect404NothingMade(
        endpoint,
        "naming " + B + "'s ticket " + f.ticketOfB,
        refused,
        f,
        "complaints?max=1000",
        "subject",
        named,
        failures);
    created(
        endpoint,
        f,
        "complaints",
        "{\"complainantHolderNo\":\""
            + B
            + "\",\"subject\":\""
            + f.tag
            + " A 的投诉\",\"text\":\"服务态度差\"}",
        "complainantHolderNo",
        c -> "complaints/" + c.getJsonNumber("id"),
        failures);
  }

  private static void submitRequest(String endpoint, Fixture f, List<String> failures)
      throws Exception {
    String named = f.tag + " A 对 B 的工单";
    HttpResponse<String> refused =
        f.http.post(
            A,
            "maintenance-requests",
            "{\"kind\":\"CORRECTIVE\",\"title\":\""
                + named
                + "\",\"description\":\"同一问题\",\"ticketNo\":\""
                + f.ticketOfB
                + "\"}");
    expect404NothingMade(
        endpoint,
        "naming " + B + "'s ticket " + f.ticketOfB,
        refused,
        f,
        "maintenance-requests?max=500",
        "title",
        named,
        failures);
    created(
        endpoint,
        f,
        "maintenance-requests",
        "{\"kind\":\"CORRECTIVE\",\"title\":\"" + f.tag + " A 的维护申请\",\"description\":\"x\"}",
        "requesterHolderNo",
        r -> "maintenance-requests/" + r.getString("requestNo"),
        failures);
  }

  private static void topUp(String endpoint, Fixture f, List<String> failures) throws Exception {
    created(
        endpoint,
        f,
        "me/top-up-orders",
        "{\"channel\":\"WECHAT\",\"amountFen\":100}",
        "holderNo",
        o -> "me/top-up-orders/" + o.getString("orderNo"),
        failures);
  }

  /** A answers as B: recorded as A's answer, B's answer stands beside it. */
  private static void respond(String endpoint, Fixture f, List<String> failures) throws Exception {
    String responses = "surveys/" + f.survey + "/responses";
    HttpResponse<String> answered =
        f.http.post(
            A,
            responses,
            "{\"respondentKind\":\"CARD_HOLDER\",\"respondent\":\"" + B + "\",\"scores\":[1,1,1]}");
    if (answered.statusCode() != 201) {
      failures.add(
          endpoint
              + ": "
              + A
              + "'s answer: expected 201, got "
              + answered.statusCode()
              + ": "
              + brief(answered.body()));
      return;
    }
    JsonObject response = Http.object(answered);
    if (!A.equals(response.getString("respondent", null))
        || !"CARD_HOLDER".equals(response.getString("respondentKind", null))) {
      failures.add(endpoint + ": an answer naming " + B + " was recorded as " + response);
    }
    int count =
        f.read(AUDITOR, "surveys/" + f.survey + "/results").asJsonObject().getInt("responses");
    if (count != 2) {
      failures.add(endpoint + ": expected " + B + "'s answer and " + A + "'s, found " + count);
    }
    int again = f.http.post(B, responses, "{\"scores\":[5,5,5]}").statusCode();
    if (again != 409) {
      failures.add(
          endpoint + ": " + B + " answering again: expected 409 (theirs stands), got " + again);
    }
  }

  /** A unsigned notice from A's login on B's order: refused 400, the order as it was. */
  private static void callbackOnOrderOfB(String endpoint, Fixture f, List<String> failures)
      throws Exception {
    JsonValue before = f.readOrderOfB();
    HttpResponse<String> refused =
        f.http.post(
            A,
            "channels/wechat/callbacks",
            "{\"orderNo\":\""
                + f.orderOfB
                + "\",\"channelTxnNo\":\"WX"
                + f.tag
                + "\",\"amountFen\":100,\"signature\":\"00\"}");
    if (refused.statusCode() != 400) {
      failures.add(
          endpoint
              + ": an unsigned notice on "
              + B
              + "'s order from "
              + A
              + "'s login: expected 400, got "
              + refused.statusCode()
              + ": "
              + brief(refused.body()));
    }
    JsonValue after = f.readOrderOfB();
    if (!before.equals(after)) {
      failures.add(endpoint + ": " + B + "'s order changed: " + before + " → " + after);
    }
  }

  /** A request naming B's resource: 404, and A's list holds nothing of that name. */
  private static void expect404NothingMade(
      String endpoint,
      String what,
      HttpResponse<String> response,
      Fixture f,
      String listOfA,
      String field,
      String value,
      List<String> failures)
      throws Exception {
    if (response.statusCode() != 404) {
      failures.add(
          endpoint
              + ": "
              + A
              + " "
              + what
              + ": expected 404, got "
              + response.statusCode()
              + ": "
              + brief(response.body()));
    }
    boolean made =
        f.read(A, listOfA).asJsonArray().stream()
            .anyMatch(item -> value.equals(item.asJsonObject().getString(field, null)));
    if (made) {
      failures.add(endpoint + ": " + A + " " + what + ": it was stored all the same");
    }
  }

  /** A makes one (the body naming B where it can): 201, it is A's, and B cannot read it. */
  private static void created(
      String endpoint,
      Fixture f,
      String path,
      String body,
      String ownerField,
      Function<JsonObject, String> pathOfMade,
      List<String> failures)
      throws Exception {
    HttpResponse<String> made = f.http.post(A, path, body);
    if (made.statusCode() != 201) {
      failures.add(
          endpoint
              + ": "
              + A
              + " makes one: expected 201, got "
              + made.statusCode()
              + ": "
              + brief(made.body()));
      return;
    }
    JsonObject object = Http.object(made);
    if (!A.equals(object.getString(ownerField, null))) {
      failures.add(
          endpoint
              + ": what "
              + A
              + " made is "
              + object.get(ownerField)
              + "'s: "
              + brief(object.toString()));
    }
    String own = pathOfMade.apply(object);
    int ofA = f.http.get(A, own).statusCode();
    int ofB = f.http.get(B, own).statusCode();
    if (ofA != 200 || ofB != 404) {
      failures.add(
          endpoint
              + ": "
              + own
              + " made by "
              + A
              + ": "
              + A
              + " reads "
              + ofA
              + " (expected 200), "
              + B
              + " reads "
              + ofB
              + " (expected 404)");
    }
  }

  // --- Helpers ---

  @SafeVarargs
  private static Map<String, Check> checks(Map.Entry<String, Check>... entries) {
    Map<String, Check> map = new LinkedHashMap<>();
    for (Map.Entry<String, Check> e : entries) {
      if (map.put(e.getKey(), e.getValue()) != null) {
        throw new IllegalStateException("Two checks of " + e.getKey());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private static String method(String endpoint) {
    return endpoint.substring(0, endpoint.indexOf(' '));
  }

  /** {@code "POST /cards/{serialNo}/loss"} and B's ids → {@code cards/YKT00000002/loss}. */
  private static String fill(String endpoint, Map<String, String> ids) {
    String template = endpoint.substring(endpoint.indexOf(' ') + 2);
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String id = ids.get(m.group(1));
      if (id == null) {
        throw new IllegalStateException(endpoint + ": no id of " + B + " for {" + m.group(1) + "}");
      }
      m.appendReplacement(path, Matcher.quoteReplacement(id));
    }
    m.appendTail(path);
    return path.toString();
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    return String.valueOf(value);
  }

  private static String brief(String body) {
    String b = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return b.length() > 200 ? b.substring(0, 200) + "…" : b;
  }
}
