package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.security.domain.Role;

/**
 * Who may call what, generated from the deployed application: every JAX-RS method the server's
 * OpenAPI document lists and every console page ({@code *.xhtml}) of the built web module is called
 * as the demo user of each role and anonymously, and each answer is compared with the table below,
 * the record of who may do what. An endpoint or page the application has and the table lacks, or a
 * row the application no longer has, fails the test; so does every cell whose answer differs, all
 * of them listed at once.
 *
 * <p>The expected answer of a cell:
 *
 * <ul>
 *   <li>an identity the row admits: the resource answers, anything but 401, 403 or a server error
 *       (the probe sends ids that do not exist and empty bodies, so 400, 404 and 409 are usual);
 *   <li>anonymous, not admitted: 401 from the API; the console's login form for a page (200 with
 *       the login form Undertow forwards to, or a redirect to the login page);
 *   <li>a role not admitted: 403.
 * </ul>
 *
 * <p>Who is admitted is decided by {@code @RolesAllowed} on the EJB methods a resource calls (and
 * by {@code web.xml} for pages); a resource calls its services only once its own checks of the
 * request have passed, so each row gives the probe a request those checks accept (a query, a body)
 * where an empty one would be refused before any role is checked.
 *
 * <p>The probes change nothing: path parameters name nothing that exists, bodies are {@code {}} or
 * lack what the service requires. A row whose allowed call would change data whatever the input (a
 * check that runs a job, a step on the caller's own card) is marked state-changing, and only its
 * denied cells are called. Every API call sends its own HTTP Basic credentials, and the client
 * keeps no cookies, so a session the server may open is never relied upon; pages are called in a
 * console session of each demo login, signed in through the login form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointRoleMatrixIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  /** The identity without credentials. */
  static final String ANONYMOUS = "anonymous";

  private static final String ADMINISTRATOR = Role.ADMINISTRATOR;
  private static final String FINANCE = Role.FINANCE;
  private static final String FINANCE_APPROVER = Role.FINANCE_APPROVER;
  private static final String HELPDESK = Role.HELPDESK;
  private static final String TECHNICIAN = Role.TECHNICIAN;
  private static final String AUDITOR = Role.AUDITOR;
  static final String CARDHOLDER = Role.CARDHOLDER;
  private static final String GATEWAY = Role.GATEWAY;

  /** Every role and anonymous. */
  static final Set<String> EVERYONE = plus(Set.copyOf(Role.ALL), ANONYMOUS);

  /** The staff roles: the console's users. */
  static final Set<String> STAFF =
      roles(ADMINISTRATOR, FINANCE, FINANCE_APPROVER, HELPDESK, TECHNICIAN, AUDITOR);

  static final Set<String> ADMIN_ONLY = roles(ADMINISTRATOR);
  static final Set<String> HOLDER_ONLY = roles(CARDHOLDER);

  /** The service desk's keepers: helpdesk and administrators. */
  static final Set<String> DESK = roles(HELPDESK, ADMINISTRATOR);

  /** The service desk's keepers and the technicians who work its tickets. */
  static final Set<String> DESK_TECH = plus(DESK, TECHNICIAN);

  /** Everyone of the service desk who reads: keepers, technicians, auditors. */
  static final Set<String> DESK_READ = plus(DESK_TECH, AUDITOR);

  /** Keepers and auditors (statistics, results, changes). */
  static final Set<String> DESK_AUDIT = plus(DESK, AUDITOR);

  /** The monthly warranty statements: the service desk, finance and audit. */
  static final Set<String> STATEMENT_READ =
      roles(HELPDESK, ADMINISTRATOR, FINANCE, FINANCE_APPROVER, AUDITOR);

  /** The ledger's readers: finance, the approver, auditors, administrators. */
  static final Set<String> LEDGER_READ = roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR);

  /** Who makes ledger changes that need a second person (maker-checker). */
  static final Set<String> LEDGER_MAKERS = roles(FINANCE, FINANCE_APPROVER);

  /** Finance, helpdesk and administrators: refunds and disputed double taps. */
  static final Set<String> REFUNDERS = roles(FINANCE, HELPDESK, ADMINISTRATOR);

  /** Who reads terminals and their link: administrators, technicians, auditors. */
  static final Set<String> TERMINAL_READ = roles(ADMINISTRATOR, TECHNICIAN, AUDITOR);

  /** Any day that has not ended: a day close of it is refused, a read of it finds nothing. */
  private static final String DAY_NOT_OVER = "2999-12-31";

  private static final String JSON = "application/json";

  /** Where nothing is known of a parameter: an id or a code that exists nowhere. */
  private static final String UNKNOWN_NUMBER = "999999999";

  private static final String UNKNOWN_CODE = "NOPE-0000";

  /** A statement file sent as a form whose file no reader reads: refused whole (400). */
  private static final String STATEMENT_FORM_PROBE =
      "--YKTPROBE\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nWECHAT_BILL\r\n"
          + "--YKTPROBE\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
          + "Content-Type: text/csv\r\n\r\nnot a statement\r\n--YKTPROBE--\r\n";

  /**
   * The JAX-RS methods, by HTTP method and path template under {@code /yikatong/api/v1}, and the
   * identities each admits. Comments name the service methods whose roles decide.
   */
  static final List<Row> API =
      List.of(
          // AccessResource → AccessControl
          row("GET /access-rules", DESK_READ),
          // "NOPE-0000" is no reader type or reader id (its pattern refuses '-'): 400 when allowed.
          row("PUT /access-rules/{scope}/{group}", ADMIN_ONLY).body("{\"allowed\":false}"),
          row("GET /access-decisions", DESK_READ),

          // BackupResource → JournalExports
          // The day is not over: its export is refused (400) when allowed.
          row("POST /backups/journal-exports", roles(FINANCE, ADMINISTRATOR))
              .body("{\"day\":\"" + DAY_NOT_OVER + "\"}"),
          row("GET /backups/journal-exports", roles(FINANCE, AUDITOR, ADMINISTRATOR)),
          // {day} was never exported: the check finds nothing to verify (404) when allowed.
          row("POST /backups/journal-exports/{day}/check", roles(AUDITOR, ADMINISTRATOR)),

          // CardHolderResource → CardHolderRegistry
          row("POST /card-holders", DESK),
          row("GET /card-holders/{holderNo}", plus(DESK, FINANCE, AUDITOR)),
          // → UserAccounts.issueCardHolderPassword; "NOPE-0000" is no holder: 404 when allowed.
          row("POST /card-holders/{holderNo}/login/password-reset", DESK),

          // CardResource → CardCounter (money steps), CardLifecycle (the others)
          row("POST /cards", DESK),
          row("GET /cards/{serialNo}", plus(DESK, FINANCE, AUDITOR)),
          row("POST /cards/{serialNo}/loss", plus(DESK, CARDHOLDER)),
          row("POST /cards/{serialNo}/found", DESK),
          row("POST /cards/{serialNo}/freeze", DESK),
          row("POST /cards/{serialNo}/unfreeze", DESK),
          row("POST /cards/{serialNo}/replacement", DESK),
          row("POST /cards/{serialNo}/cancellation", DESK),
          row("PUT /cards/{serialNo}/pin", DESK),
          row("PUT /cards/{serialNo}/limits", plus(DESK, CARDHOLDER)),
          row("GET /cards/blacklist-changes", plus(DESK, TECHNICIAN, AUDITOR, GATEWAY)),

          // ChannelCallbackResource → TopUpOrders.callback: authenticated by the channel's
          // HMAC signature, not by a role. Anyone reaches it, with or without a login; an unsigned
          // notice is refused 400 ("Bad signature", or "not configured" for a channel without a
          // secret) and changes nothing, whoever sends it.
          row("POST /channels/{channel}/callbacks", EVERYONE)
              .body(
                  "{\"orderNo\":\"NOPE-0000\",\"channelTxnNo\":\"NOPE-0000\",\"amountFen\":1,"
                      + "\"signature\":\"00\"}")
              .everyone(400),

          // ComplaintResource → Complaints
          row("POST /complaints", plus(DESK, CARDHOLDER)),
          row("GET /complaints", plus(DESK_AUDIT, CARDHOLDER)),
          row("GET /complaints/per-month", DESK_AUDIT).query("from=2000-01-01&to=2000-01-31"),
          row("GET /complaints/{id}", plus(DESK_AUDIT, CARDHOLDER)),
          row("POST /complaints/{id}/investigate", DESK),
          row("POST /complaints/{id}/resolve", DESK).body("{\"reply\":\"x\"}"),
          row("POST /complaints/{id}/reject", DESK).body("{\"reply\":\"x\"}"),

          // DutyRosterResource → DutyRoster
          row("GET /duty-posts", DESK_READ),
          row("PUT /duty-posts/{code}", DESK),
          row("GET /duty-roster", DESK_READ),
          row("PUT /duty-roster/{post}", DESK),
          row("PUT /duty-roster/{post}/{day}", DESK),
          row("GET /duty-absences", DESK_READ),
          // Without a reason the absence is refused (400) when allowed.
          row("POST /duty-absences", DESK)
              .body(
                  "{\"username\":\"nobody\",\"from\":\"2999-01-01T00:00:00Z\","
                      + "\"to\":\"2999-01-02T00:00:00Z\"}"),

          // EmergencyResource → EmergencyMode, EmergencyReviews
          row("GET /emergencies", DESK_AUDIT),
          row("POST /emergencies", DESK),
          row("GET /emergencies/scope-preview", DESK).query("scope=ALL_KIOSKS"),
          row("GET /emergencies/reviews", DESK_AUDIT),
          row("GET /emergencies/{id}", DESK_AUDIT),
          row("POST /emergencies/{id}/updates", DESK)
              .body("{\"stage\":\"INVESTIGATING\",\"text\":\"x\"}"),
          row("POST /emergencies/{id}/end", DESK),
          row("GET /emergencies/{id}/poster.pdf", DESK_AUDIT),
          row("GET /emergencies/{id}/review", DESK_AUDIT),
          row("PUT /emergencies/{id}/review/cause", DESK).body("{\"cause\":\"x\"}"),
          row("POST /emergencies/{id}/review/actions", DESK)
              .body("{\"description\":\"x\",\"owner\":\"y\",\"dueOn\":\"2030-01-01\"}"),
          row("POST /emergencies/{id}/review/actions/{no}/done", DESK),
          // PublicNoticeResource → EmergencyMode.publicNotices, qrCode: public
          row("GET /public/notices", EVERYONE),
          row("GET /public/notices/{id}/qr.png", EVERYONE),
          // FaqResource → KnowledgeBase.faq, faqEntry: public
          row("GET /faq", EVERYONE),
          row("GET /faq/{id}", EVERYONE),

          // ClusterResource → ClusterNodes.list
          row("GET /cluster/nodes", TERMINAL_READ),

          // GatewayConnectionResource → GatewayConnectionLog.recent
          row("GET /gateway-connections", TERMINAL_READ),

          // InspectionRoundResource → InspectionRounds, InspectionPlanner
          row("GET /inspection-rounds", DESK_READ),
          row("GET /inspection-rounds/overdue", DESK_READ),
          row("GET /inspection-rounds/{id}", DESK_READ),
          row("POST /inspection-rounds/{id}/start", DESK_TECH),
          row("POST /inspection-rounds/{id}/results", DESK_TECH).body("{\"results\":[]}"),
          row("POST /inspection-rounds/check", DESK)
              .stateChanging("plans the rounds due now and marks missed ones"),

          // InspectionScheduleResource, InspectionTemplateResource → InspectionPlans
          // Monitoring: everyone on the operations side reads; the helpdesk and administrators
          // change rules and windows, silence alerts and evaluate (one rule that does not exist
          // here, so that the matrix raises no alert).
          row("GET /alert-rules", DESK_READ),
          row("GET /alert-rules/{id}", DESK_READ),
          row("POST /alert-rules", DESK)
              .body(
                  "{\"name\":\"matrix\",\"kind\":\"DEVICE_FAULT\",\"scope\":\"TERMINAL\","
                      + "\"subjectFilter\":\"MATRIX\",\"windowMinutes\":1,\"enabled\":false}"),
          row("PUT /alert-rules/{id}", DESK)
              .body(
                  "{\"version\":0,\"name\":\"matrix\",\"kind\":\"DEVICE_FAULT\","
                      + "\"scope\":\"TERMINAL\",\"windowMinutes\":1,\"enabled\":false}"),
          row("GET /alerts", DESK_READ),
          row("GET /alerts/history", DESK_READ),
          row("GET /alerts/{id}", DESK_READ),
          row("POST /alerts/evaluate", DESK).query("rule=987654321"),
          row("POST /alerts/{id}/silence", DESK)
              .body("{\"until\":\"2030-01-01T00:00:00Z\",\"reason\":\"matrix\"}"),
          row("GET /maintenance-windows", DESK_READ),
          row("POST /maintenance-windows", DESK)
              .body(
                  "{\"subject\":\"MATRIX\",\"from\":\"2030-01-01T00:00:00Z\","
                      + "\"until\":\"2030-01-01T01:00:00Z\",\"reason\":\"matrix\"}"),
          row("POST /maintenance-windows/{id}/end", DESK),
          row("GET /monitoring/terminals", DESK_READ),
          row("GET /monitoring/locations", DESK_READ),
          row("GET /monitoring/merchants", DESK_READ),
          row("GET /monitoring/channels", DESK_READ),
          row("GET /monitoring/trend", DESK_READ),
          row("GET /inspection-schedules", DESK_READ),
          row("GET /inspection-schedules/{id}", DESK_READ),
          row("POST /inspection-schedules", DESK),
          row("PUT /inspection-schedules/{id}/active", DESK).body("{\"active\":true}"),
          row("GET /inspection-templates", DESK_READ),
          row("GET /inspection-templates/{id}", DESK_READ),
          row("POST /inspection-templates", DESK),
          row("PUT /inspection-templates/{id}", DESK),

          // KnowledgeArticleResource → KnowledgeBase
          row("POST /knowledge-articles", DESK),
          row("GET /knowledge-articles", DESK_READ),
          row("GET /knowledge-articles/{id}", DESK_READ),
          row("PUT /knowledge-articles/{id}", DESK),
          row("POST /knowledge-articles/{id}/publish", DESK),
          row("POST /knowledge-articles/{id}/retire", DESK),

          // LedgerResource → LedgerReports, Adjustments, Refunds, Subsidies, DayCloses, DoubleTaps
          row("GET /ledger/self-check", LEDGER_READ),
          row("GET /ledger/trial-balance", LEDGER_READ),
          row("GET /ledger/accounts/{accountNo}", LEDGER_READ),
          // → TopUpOrders.details: the staff's view of any order.
          row(
              "GET /ledger/top-up-orders/{orderNo}",
              roles(HELPDESK, FINANCE, ADMINISTRATOR, AUDITOR)),
          row("GET /ledger/accounts/{accountNo}/postings", LEDGER_READ),
          row("POST /ledger/accounts/{accountNo}/freeze", LEDGER_MAKERS),
          row("POST /ledger/accounts/{accountNo}/unfreeze", LEDGER_MAKERS),
          row("GET /ledger/entries/{id}", LEDGER_READ),
          row("GET /ledger/follow-ups", LEDGER_READ),
          row("GET /ledger/journal", LEDGER_READ)
              .query("from=" + DAY_NOT_OVER + "&to=" + DAY_NOT_OVER),
          row("POST /ledger/refunds", REFUNDERS),
          row("GET /ledger/adjustments", plus(LEDGER_MAKERS, AUDITOR)),
          row("POST /ledger/adjustments", LEDGER_MAKERS),
          row("POST /ledger/adjustments/{id}/approve", roles(FINANCE_APPROVER)),
          row("POST /ledger/adjustments/{id}/reject", roles(FINANCE_APPROVER)),
          // An empty file would post an empty batch: a line of four fields is refused whole (400).
          row("POST /ledger/subsidy-batches/{batchNo}", roles(FINANCE, ADMINISTRATOR))
              .body("text/csv", "not,a,subsidy,line"),
          row("GET /ledger/subsidy-batches/{batchNo}", roles(FINANCE, AUDITOR, ADMINISTRATOR)),
          // {date} is a day not over: its close is refused (400) when allowed.
          row("POST /ledger/day-closes/{date}", roles(FINANCE, ADMINISTRATOR)),
          row("GET /ledger/day-closes/{date}", LEDGER_READ),
          row("GET /ledger/double-taps", plus(REFUNDERS, AUDITOR)),
          row("POST /ledger/double-taps/{id}/uphold", REFUNDERS),
          row("POST /ledger/double-taps/{id}/reject", REFUNDERS),

          // FinanceResource → Settlements, FinanceReports: read-only, for the ledger's readers.
          // {date} is a day not over: its settlement is refused (400) when allowed; "NOPE-0000" is
          // no merchant and no holder (404). Periods long past keep the exports empty.
          row("GET /finance/day-closes", LEDGER_READ).query("from=2000-01-01&to=2000-01-31"),
          row("GET /finance/settlements/{date}", LEDGER_READ),
          row("GET /finance/settlements/{date}.csv", LEDGER_READ),
          row("GET /finance/settlements/{date}.pdf", LEDGER_READ),
          row("GET /finance/settlements/{date}/{merchantCode}", LEDGER_READ),
          row("GET /finance/settlements/{date}/{merchantCode}.csv", LEDGER_READ),
          row("GET /finance/settlements/{date}/{merchantCode}.pdf", LEDGER_READ),
          row("GET /finance/trial-balance", LEDGER_READ),
          row("GET /finance/trial-balance.csv", LEDGER_READ),
          row("GET /finance/trial-balance.pdf", LEDGER_READ),
          row("GET /finance/journal-entries", LEDGER_READ).query("from=2000-01-01&to=2000-01-01"),
          row("GET /finance/journal-entries.csv", LEDGER_READ)
              .query("from=2000-01-01&to=2000-01-01"),
          row("GET /finance/journal-entries.pdf", LEDGER_READ)
              .query("from=2000-01-01&to=2000-01-01"),
          row("GET /finance/holder-statements/{holderNo}", LEDGER_READ),
          row("GET /finance/holder-statements/{holderNo}.csv", LEDGER_READ),
          row("GET /finance/holder-statements/{holderNo}.pdf", LEDGER_READ),
          row("GET /finance/subsidy-usage", LEDGER_READ).query("from=2000-01-01&to=2000-01-31"),
          row("GET /finance/subsidy-usage.csv", LEDGER_READ).query("from=2000-01-01&to=2000-01-31"),
          row("GET /finance/subsidy-usage.pdf", LEDGER_READ).query("from=2000-01-01&to=2000-01-31"),
          row("GET /finance/suspense-items", LEDGER_READ),
          row("GET /finance/suspense-items.csv", LEDGER_READ),
          row("GET /finance/suspense-items.pdf", LEDGER_READ),

          // MaintenanceRequestResource → MaintenanceRequests, MaintenanceWatch
          row("POST /maintenance-requests", plus(DESK_TECH, CARDHOLDER)),
          row("GET /maintenance-requests", plus(DESK_READ, CARDHOLDER)),
          row("POST /maintenance-requests/deadline-check", DESK)
              .stateChanging("records the warnings and breaches due now"),
          row("GET /maintenance-requests/{no}", plus(DESK_READ, CARDHOLDER)),
          row("POST /maintenance-requests/{no}/review", DESK_TECH),
          row("POST /maintenance-requests/{no}/reject", DESK_TECH),
          row("POST /maintenance-requests/{no}/plan", DESK_TECH),
          row("POST /maintenance-requests/{no}/start", DESK_TECH),
          row("POST /maintenance-requests/{no}/implement", DESK_TECH),
          row("POST /maintenance-requests/{no}/verify", DESK_TECH),
          row("POST /maintenance-requests/{no}/confirm", plus(DESK, CARDHOLDER)),
          row("POST /maintenance-requests/{no}/archive", DESK),
          row("GET /maintenance-requests/{no}/form.pdf", plus(DESK_READ, CARDHOLDER)),

          // NotificationContactResource → NotificationContacts; NotificationResource →
          // Notifications, NotificationSender
          row("GET /notification-contacts", DESK_AUDIT),
          row("GET /notification-contacts/{recipientKey}", DESK_AUDIT),
          // Without a channel the contact is refused (400) before anything is stored.
          row("PUT /notification-contacts/{recipientKey}", DESK),
          row("DELETE /notification-contacts/{recipientKey}", DESK),
          row("GET /notifications", DESK_AUDIT),
          row("POST /notifications/deliver", DESK)
              .stateChanging("sends every message of the outbox that is due"),

          // OverviewResource → PlatformOverviewService
          row("GET /overview", STAFF),

          // PenaltyResource → PenaltyRegister
          row("GET /penalties", roles(ADMINISTRATOR, FINANCE, FINANCE_APPROVER, AUDITOR, HELPDESK)),
          row(
              "GET /warranty-deposit",
              roles(ADMINISTRATOR, FINANCE, FINANCE_APPROVER, AUDITOR, HELPDESK)),
          // {} is a deposit of 0: refused (400), or 409 once one is registered.
          row("POST /warranty-deposit", roles(ADMINISTRATOR, FINANCE)),
          row(
              "GET /penalty-rules",
              roles(ADMINISTRATOR, FINANCE, FINANCE_APPROVER, AUDITOR, HELPDESK)),
          // A penalty of 0 is refused (400) before the rule is looked at.
          row("PUT /penalty-rules/custom-requests/{deadline}", ADMIN_ONLY)
              .body("{\"amountFen\":0,\"description\":\"x\"}"),
          row("PUT /penalty-rules/{level}/{target}", ADMIN_ONLY)
              .body("{\"amountFen\":0,\"description\":\"x\"}"),

          // ReconciliationResource → StatementImports (files), Reconciliations (runs, items).
          // "not a statement" is refused whole by the reader (400) when allowed; nothing imported.
          row("POST /reconciliation/statements", roles(FINANCE, ADMINISTRATOR))
              .query("format=WECHAT_BILL")
              .body("text/csv", "not a statement"),
          row("POST /reconciliation/statements/form", roles(FINANCE, ADMINISTRATOR))
              .body("multipart/form-data; boundary=YKTPROBE", STATEMENT_FORM_PROBE),
          row("GET /reconciliation/statements", LEDGER_READ),
          row("GET /reconciliation/statements/{id}", LEDGER_READ),
          // "{}" names no statement file: 400 when allowed; a dry run records nothing anyway.
          row("POST /reconciliation/dry-runs", LEDGER_READ),
          row("POST /reconciliation/runs", roles(FINANCE, ADMINISTRATOR)),
          row("GET /reconciliation/runs", LEDGER_READ),
          row("GET /reconciliation/runs/{id}", LEDGER_READ),
          row("GET /reconciliation/runs/{id}/items.csv", LEDGER_READ),
          // The finance user decides on items (maker); the approver approves or rejects the
          // adjustment proposed (checker). No run 999999999: 404 (or 400 for "{}") when allowed.
          row("POST /reconciliation/runs/{id}/items/{itemNo}/corrections", roles(FINANCE)),
          row("POST /reconciliation/runs/{id}/items/{itemNo}/confirm", roles(FINANCE)),
          row("POST /reconciliation/runs/{id}/items/{itemNo}/dismiss", roles(FINANCE)),
          row("POST /reconciliation/runs/{id}/items/{itemNo}/explain", roles(FINANCE)),
          row("POST /reconciliation/runs/{id}/items/{itemNo}/approve", roles(FINANCE_APPROVER)),
          row("POST /reconciliation/runs/{id}/items/{itemNo}/reject", roles(FINANCE_APPROVER)),
          row("POST /reconciliation/runs/{id}/close", roles(FINANCE)),

          // SelfServiceResource → SelfService, DoubleTaps: the signed-in card holder's own
          row("GET /me", HOLDER_ONLY),
          row("GET /me/cards", HOLDER_ONLY),
          row("GET /me/history", HOLDER_ONLY),
          row("POST /me/loss", HOLDER_ONLY)
              .stateChanging("reports the calling holder's own card in use lost; it takes no id"),
          // A top-up of 0 is refused (400) before an order is made.
          row("POST /me/top-up-orders", HOLDER_ONLY)
              .body("{\"channel\":\"WECHAT\",\"amountFen\":0}"),
          row("GET /me/top-up-orders/{orderNo}", HOLDER_ONLY),
          row("GET /me/double-taps", HOLDER_ONLY),
          row("POST /me/double-taps/{id}/confirm", HOLDER_ONLY),
          row("POST /me/double-taps/{id}/dispute", HOLDER_ONLY),

          // ServiceStatisticsResource → ServiceStatistics
          row("GET /service-statistics", roles(ADMINISTRATOR, HELPDESK, AUDITOR, FINANCE))
              .query("from=2000-01-01&to=2000-01-31"),
          row("GET /service-statistics.csv", roles(ADMINISTRATOR, HELPDESK, AUDITOR, FINANCE))
              .query("from=2000-01-01&to=2000-01-31"),

          // SessionResource: the CSRF token has no service (without a console session 404 for
          // everyone); the own account and password → OwnAccount.
          row("GET /session/csrf-token", EVERYONE),
          row("GET /session/account", plus(STAFF, CARDHOLDER)),
          // "{}" names no passwords: 400 when allowed, nothing changed.
          row("PUT /session/password", plus(STAFF, CARDHOLDER)),

          // UserResource → UserAccounts: administrators manage, auditors read. "NOPE-0000" is no
          // user: 404 when allowed.
          row("GET /users", roles(ADMINISTRATOR, AUDITOR)),
          row("GET /users/{username}", roles(ADMINISTRATOR, AUDITOR)),
          row("POST /users", ADMIN_ONLY),
          row("PUT /users/{username}/roles", ADMIN_ONLY).body("{\"roles\":[\"finance\"]}"),
          row("POST /users/{username}/disable", ADMIN_ONLY),
          row("POST /users/{username}/enable", ADMIN_ONLY),
          row("POST /users/{username}/unlock", ADMIN_ONLY),
          row("POST /users/{username}/password-reset", ADMIN_ONLY),

          // AuditResource → AuditTrail: auditors and administrators read the audit trail.
          row("GET /audit-entries", roles(AUDITOR, ADMINISTRATOR)).query("to=2000-01-01"),
          row("GET /audit-entries.csv", roles(AUDITOR, ADMINISTRATOR)).query("to=2000-01-01"),

          // SlaContractResource → SlaContracts
          row("GET /sla-contracts", DESK_READ),
          row("GET /sla-contracts/{code}", DESK_READ),
          row("POST /sla-contracts", ADMIN_ONLY),
          row("POST /sla-contracts/{code}/default", ADMIN_ONLY),
          row("PUT /sla-contracts/{code}/targets/{level}/{target}", ADMIN_ONLY)
              .body("{\"amount\":1,\"unit\":\"HOURS\"}"),
          row("DELETE /sla-contracts/{code}/targets/{level}/{target}", ADMIN_ONLY),
          // WarrantyAgreementResource → WarrantyAgreements: both sides read the agreement.
          row(
              "GET /sla-contracts/{code}/warranty-agreement",
              plus(DESK_READ, FINANCE, FINANCE_APPROVER)),
          row(
              "GET /sla-contracts/{code}/warranty-agreement.pdf",
              plus(DESK_READ, FINANCE, FINANCE_APPROVER)),
          row("PUT /sla-contracts/{code}/warranty", ADMIN_ONLY)
              .body("{\"warrantyMonths\":12,\"partsPricePercent\":85,\"labourFenPerHour\":12000}"),
          row("PUT /sla-contracts/{code}/parties/{party}", ADMIN_ONLY)
              .body("{\"organisation\":\"x\"}"),
          row("PUT /sla-contracts/{code}/responsibilities", ADMIN_ONLY)
              .body("{\"category\":\"HARDWARE\",\"party\":\"HARDWARE_SUPPLIER\"}"),
          row("DELETE /sla-contracts/{code}/responsibilities", ADMIN_ONLY)
              .query("category=HARDWARE"),

          // WarrantyStatementResource → WarrantyStatements: both sides read the statements.
          row("GET /warranty-statements", STATEMENT_READ)
              .query("month=1999-01&party=HARDWARE_SUPPLIER"),
          row("GET /warranty-statements/statement.csv", STATEMENT_READ)
              .query("month=1999-01&party=HARDWARE_SUPPLIER"),
          row("GET /warranty-statements/statement.pdf", STATEMENT_READ)
              .query("month=1999-01&party=HARDWARE_SUPPLIER"),
          row("GET /duty-calendars", DESK_READ),
          row("GET /duty-calendars/{code}", DESK_READ),
          row("POST /duty-calendars", ADMIN_ONLY),
          row("PUT /duty-calendars/{code}/days/{day}", ADMIN_ONLY).body("{\"kind\":\"HOLIDAY\"}"),
          row("DELETE /duty-calendars/{code}/days/{day}", ADMIN_ONLY),
          row("GET /sla-config-changes", DESK_AUDIT),

          // SparePartResource → SpareParts
          // AssetResource → AssetRegister (reads: the desk, auditors and finance),
          // SpareParts.usedOnAsset
          row("GET /assets", plus(DESK_READ, FINANCE)),
          row("GET /assets/{serial}", plus(DESK_READ, FINANCE)),
          row("POST /assets", DESK),
          row("PUT /assets/{serial}", DESK).body("{\"version\":0}"),
          // A file of no asset line: refused whole (400) when allowed.
          row("POST /assets/import", DESK).body("text/csv", "not,an,asset,file"),
          row("GET /assets/statistics", plus(DESK_READ, FINANCE)),
          row("GET /assets/statistics/expiring", plus(DESK_READ, FINANCE)),
          row("GET /assets/statistics/repeated-faults", plus(DESK_READ, FINANCE)),
          row("GET /spare-parts/parts", DESK_READ),
          row("GET /spare-parts/parts/{code}", DESK_READ),
          row("POST /spare-parts/parts", DESK),
          row("PUT /spare-parts/parts/{code}", DESK),
          row("GET /spare-parts/depots", DESK_READ),
          row("POST /spare-parts/depots", DESK),
          row("GET /spare-parts/stock", DESK_READ),
          row("GET /spare-parts/movements", DESK_READ),
          // Without a part the movement is refused (400) when allowed.
          row("POST /spare-parts/receipts", DESK).body("{\"quantity\":1}"),
          row("POST /spare-parts/withdrawals", DESK_TECH).body("{\"quantity\":1}"),
          row("POST /spare-parts/transfers", DESK).body("{\"quantity\":1}"),
          row("GET /spare-parts/usage", DESK_READ).query("ticket=NOPE-0000"),
          row("GET /spare-parts/alerts", DESK_READ),
          row("GET /spare-parts/cost/{year}", DESK_READ),

          // SurveyResource → SatisfactionSurveys
          row("POST /surveys", DESK),
          row("GET /surveys", plus(DESK_AUDIT, CARDHOLDER)),
          row("GET /surveys/{id}", plus(DESK_AUDIT, CARDHOLDER)),
          row("POST /surveys/{id}/close", DESK),
          row("POST /surveys/{id}/responses", plus(DESK, CARDHOLDER)),
          row("GET /surveys/{id}/results", DESK_AUDIT),

          // TerminalRejectionResource, TerminalResource → TerminalDirectory,
          // TerminalAdministration, TerminalCommands
          row("GET /terminal-rejections", TERMINAL_READ),
          row("POST /terminals", ADMIN_ONLY),
          row("POST /terminals/{terminalId}/secret", ADMIN_ONLY),
          row("POST /terminals/{terminalId}/key-rotation", ADMIN_ONLY),
          row("POST /terminals/{terminalId}/disable", ADMIN_ONLY),
          row("POST /terminals/{terminalId}/enable", ADMIN_ONLY),
          row("GET /terminals", plus(TERMINAL_READ, HELPDESK)),
          row("POST /terminals/{terminalId}/commands", DESK_TECH)
              .body("{\"command\":\"NOTICE\",\"payload\":\"x\"}"),
          row("GET /terminals/{terminalId}/commands", DESK_READ),
          row("GET /terminals/rrn-gaps", plus(TERMINAL_READ, FINANCE)),
          row("GET /terminals/{terminalId}", DESK_READ),

          // TicketArticleResource → KnowledgeBase.linked, link, unlink
          row("GET /tickets/{ticketNo}/articles", DESK_READ),
          row("POST /tickets/{ticketNo}/articles", DESK_TECH).body("{\"articleId\":999999999}"),
          row("DELETE /tickets/{ticketNo}/articles/{articleId}", DESK_TECH),

          // TicketResource → Tickets, SlaWatch
          row("POST /tickets/sla-check", DESK).stateChanging("records the SLA events due now"),
          // Tickets.find first, then SlaWatch.of (no card holder): the probe's unknown ticket
          // answers 404 from find to a card holder too, who gets 403 only for a ticket of their
          // own (and 404 for another's, HolderOwnershipIT).
          row("GET /tickets/{ticketNo}/sla-events", plus(DESK_READ, CARDHOLDER)),
          row("POST /tickets", plus(DESK_TECH, CARDHOLDER)),
          row("GET /tickets", plus(DESK_READ, CARDHOLDER)),
          row("GET /tickets/{ticketNo}", plus(DESK_READ, CARDHOLDER)),
          row("POST /tickets/{ticketNo}/assign", DESK),
          row("POST /tickets/{ticketNo}/dispatch", DESK),
          row("POST /tickets/{ticketNo}/on-site", DESK_TECH),
          row("POST /tickets/{ticketNo}/plan", DESK_TECH),
          row("POST /tickets/{ticketNo}/start", DESK_TECH),
          row("POST /tickets/{ticketNo}/wait", DESK_TECH),
          row("POST /tickets/{ticketNo}/answer", plus(DESK_TECH, CARDHOLDER)),
          row("POST /tickets/{ticketNo}/resolve", DESK_TECH),
          row("POST /tickets/{ticketNo}/confirm", plus(DESK, CARDHOLDER)).body("{\"rating\":5}"),
          row("POST /tickets/{ticketNo}/reopen", plus(DESK, CARDHOLDER)),
          row("POST /tickets/{ticketNo}/comments", plus(DESK_TECH, CARDHOLDER)),
          row("PUT /tickets/{ticketNo}/journal-entry", DESK).body("{\"journalEntryId\":1}"),
          row("PUT /tickets/{ticketNo}/level", DESK).body("{\"level\":\"LEVEL_1\"}"),
          row("GET /tickets/{ticketNo}/asset", DESK_READ),
          row("PUT /tickets/{ticketNo}/asset", DESK_TECH),
          row("GET /tickets/{ticketNo}/charge-proposal", DESK_READ),
          row("PUT /tickets/{ticketNo}/charge", DESK)
              .body("{\"charge\":\"WARRANTY\",\"reason\":\"x\"}"),
          row("PUT /tickets/{ticketNo}/responsibility", DESK)
              .body("{\"party\":\"UNIVERSITY_IT\",\"reason\":\"x\"}"),

          // TrainingSessionResource → TrainingSessions
          row("POST /training-sessions", DESK),
          row("GET /training-sessions", DESK_READ),
          // list (technicians too), then costFen (not technicians): 403 to a technician.
          row("GET /training-sessions/cost", DESK_AUDIT).query("year=2000"),
          row("GET /training-sessions/{id}", DESK_READ),
          row("PUT /training-sessions/{id}/cost", DESK).body("{\"costFen\":0}"),
          row("POST /training-sessions/{id}/attendees", DESK),
          row("PUT /training-sessions/{id}/attendees/{attendeeId}", DESK)
              .body("{\"attended\":true}"),
          row("POST /training-sessions/{id}/materials", DESK));

  /**
   * The console pages and the identities each admits ({@code web.xml}): the console is for staff;
   * the error pages are public, so that a refusal can be shown to anyone.
   */
  static final Map<String, Set<String>> PAGES =
      table(
          Map.entry("/index.xhtml", STAFF),
          Map.entry("/password.xhtml", STAFF),
          Map.entry("/users.xhtml", ADMIN_ONLY),
          Map.entry("/audit.xhtml", roles(AUDITOR, ADMINISTRATOR)),
          Map.entry("/helpdesk/tickets.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/helpdesk/ticket.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/helpdesk/roster.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/tech/tickets.xhtml", roles(TECHNICIAN, ADMINISTRATOR)),
          Map.entry("/counter/holders.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/tech/ticket.xhtml", roles(TECHNICIAN, ADMINISTRATOR)),
          Map.entry("/desk/index.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/requests.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/request.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/contracts.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/penalties.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/inspections.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/parts.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/assets.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/asset.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/asset-statistics.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/tech/rounds.xhtml", roles(TECHNICIAN, ADMINISTRATOR)),
          Map.entry("/desk/knowledge.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/surveys.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/complaints.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/training.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/desk/statements.xhtml", STATEMENT_READ),
          Map.entry("/emergency/index.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/emergency/reviews.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry("/emergency/review.xhtml", roles(HELPDESK, ADMINISTRATOR)),
          Map.entry(
              "/finance/index.xhtml", roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/adjustments.xhtml",
              roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/subsidies.xhtml", roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/accounts.xhtml", roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/settlement.xhtml",
              roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/journal.xhtml", roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry(
              "/finance/reports.xhtml", roles(FINANCE, FINANCE_APPROVER, AUDITOR, ADMINISTRATOR)),
          Map.entry("/finance/reconciliation.xhtml", LEDGER_READ),
          // Monitoring: technicians and auditors read; the services refuse them changes.
          Map.entry("/monitoring/wall.xhtml", DESK_READ),
          Map.entry("/monitoring/alerts.xhtml", DESK_READ),
          Map.entry("/monitoring/rules.xhtml", DESK_READ),
          Map.entry("/monitoring/maintenance.xhtml", DESK_READ),
          Map.entry("/finance/run.xhtml", LEDGER_READ),
          // The form login page lies under the console's constraint too: anonymous callers get it
          // as the login form, a signed-in card holder gets 403.
          Map.entry("/login.xhtml", STAFF),
          Map.entry("/error/error.xhtml", EVERYONE),
          Map.entry("/error/forbidden.xhtml", EVERYONE),
          Map.entry("/error/not-found.xhtml", EVERYONE));

  /** The demo login of each role (docs/demo-data.md). No person holds the gateway role. */
  private static final Map<String, String> DEMO_LOGINS =
      Map.of(
          ADMINISTRATOR, DemoUsers.ADMIN,
          FINANCE, DemoUsers.FINANCE,
          FINANCE_APPROVER, DemoUsers.APPROVER,
          HELPDESK, DemoUsers.HELPDESK,
          TECHNICIAN, DemoUsers.TECH,
          AUDITOR, DemoUsers.AUDITOR,
          CARDHOLDER, DemoUsers.CARD_HOLDER);

  /**
   * Values of path parameters that name nothing that exists yet still reach the role check. An enum
   * or a day must be valid, or the resource answers 404 or 400 before calling any service.
   */
  private static final Map<String, String> PATH_VALUES =
      Map.ofEntries(
          // A channel with a secret, so that the callback's signature is what refuses it.
          Map.entry("channel", "wechat"),
          Map.entry("date", DAY_NOT_OVER),
          Map.entry("day", DAY_NOT_OVER),
          // The template takes four digits.
          Map.entry("year", "1999"),
          Map.entry("level", "LEVEL_1"),
          Map.entry("party", "CARD_HOLDER"),
          Map.entry("target", "RESPONSE"),
          Map.entry("deadline", "UNDERSTAND"),
          Map.entry("id", UNKNOWN_NUMBER),
          Map.entry("articleId", UNKNOWN_NUMBER),
          Map.entry("attendeeId", UNKNOWN_NUMBER));

  /** Calls in flight at once: each Basic call costs the server a bcrypt check of about 60 ms. */
  private static final int PARALLEL_CALLS = 4;

  private static final URI OPENAPI = URI.create("http://127.0.0.1:8080/openapi?format=JSON");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  @DisplayName(
      "every API method and console page answers every role and anonymous as the table says")
  void matrix() throws Exception {
    long started = System.nanoTime();
    List<String> failures = new ArrayList<>(tableErrors());

    Map<String, Operation> deployed = operations(openApi());
    Map<String, Row> rows = new LinkedHashMap<>();
    API.forEach(r -> rows.put(r.endpoint(), r));
    failures.addAll(compare("API method", deployed.keySet(), rows.keySet()));
    SortedSet<String> pages = deployedPages();
    failures.addAll(compare("console page", pages, PAGES.keySet()));

    List<String> identities = identities();
    List<Callable<String>> cells = new ArrayList<>();
    int skipped = 0;
    for (Row row : API) {
      Operation operation = deployed.get(row.endpoint());
      if (operation == null) {
        continue;
      }
      Probe probe;
      try {
        probe = probe(row, operation);
      } catch (IllegalStateException e) {
        failures.add(e.getMessage());
        continue;
      }
      for (String identity : identities) {
        String expected = expected(row, identity);
        if (row.stateChanging() != null && expected.equals(ALLOWED)) {
          skipped++;
          continue;
        }
        cells.add(() -> callApi(probe, identity, expected));
      }
    }
    signInToTheConsole(identities);
    for (String page : pages) {
      Set<String> allowed = PAGES.get(page);
      if (allowed == null) {
        continue;
      }
      for (String identity : identities) {
        String expected =
            allowed.contains(identity) ? "200" : identity.equals(ANONYMOUS) ? LOGIN_FORM : "403";
        cells.add(() -> callPage(page, identity, expected));
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CALLS);
    try {
      for (Future<String> cell : pool.invokeAll(cells)) {
        String failure = cell.get();
        if (failure != null) {
          failures.add(failure);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    List<String> notProbed =
        Role.ALL.stream().filter(r -> !DEMO_LOGINS.containsKey(r)).sorted().toList();
    System.out.printf(
        "Endpoint × role matrix: %d API methods deployed (%d table rows), %d console pages"
            + " (%d table rows), %d identities (%s; not probed for want of a demo login: %s),"
            + " %d cells probed, %d allowed cells of state-changing methods not called,"
            + " %d mismatches, %d s%n",
        deployed.size(),
        rows.size(),
        pages.size(),
        PAGES.size(),
        identities.size(),
        String.join(", ", identities),
        notProbed.isEmpty() ? "none" : String.join(", ", notProbed),
        cells.size(),
        skipped,
        failures.size(),
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    Collections.sort(failures);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " cell(s) or row(s) differ from the table:\n"
            + String.join("\n", failures));
  }

  // --- The table's rows ---

  /**
   * A row of the table: an API method ({@code "METHOD /path/template"} under {@code api/v1}), the
   * roles (and {@link #ANONYMOUS}) it admits, and how the probe calls it.
   *
   * @param query the query string the resource needs before it calls any service, or null
   * @param contentType the media type of {@code body}
   * @param body the probe's body where {@code {}} would be refused before the role check, or null
   * @param stateChanging why an allowed call would change data whatever the probe sends: then only
   *     the denied cells are called; null for the others
   * @param status the one status every identity gets, for a method that authenticates otherwise
   *     than by role; null for the others
   */
  record Row(
      String endpoint,
      Set<String> allowed,
      String query,
      String contentType,
      String body,
      String stateChanging,
      Integer status) {

    String method() {
      return endpoint.substring(0, endpoint.indexOf(' '));
    }

    String template() {
      return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    Row query(String query) {
      return new Row(endpoint, allowed, query, contentType, body, stateChanging, status);
    }

    Row body(String json) {
      return body(JSON, json);
    }

    Row body(String contentType, String body) {
      return new Row(endpoint, allowed, query, contentType, body, stateChanging, status);
    }

    Row stateChanging(String why) {
      return new Row(endpoint, allowed, query, contentType, body, why, status);
    }

    Row everyone(int status) {
      return new Row(endpoint, allowed, query, contentType, body, stateChanging, status);
    }
  }

  static Row row(String endpoint, Set<String> allowed) {
    return new Row(endpoint, allowed, null, null, null, null, null);
  }

  private static Set<String> roles(String... roles) {
    return Set.of(roles);
  }

  private static Set<String> plus(Set<String> set, String... more) {
    return Stream.concat(set.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
  }

  @SafeVarargs
  private static Map<String, Set<String>> table(Map.Entry<String, Set<String>>... rows) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> row : rows) {
      map.put(row.getKey(), row.getValue());
    }
    return Collections.unmodifiableMap(map);
  }

  /** Rows twice, or naming a role that does not exist, or malformed. */
  private static List<String> tableErrors() {
    List<String> errors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Row row : API) {
      if (!seen.add(row.endpoint())) {
        errors.add("table: " + row.endpoint() + " is in the table twice");
      }
      if (!row.endpoint().matches("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /\\S*")) {
        errors.add("table: '" + row.endpoint() + "' is not 'METHOD /path'");
      }
      for (String role : row.allowed()) {
        if (!EVERYONE.contains(role)) {
          errors.add("table: " + row.endpoint() + " names no role '" + role + "'");
        }
      }
    }
    return errors;
  }

  /** Both ways: deployed without a row, and a row of nothing deployed. */
  private static List<String> compare(String what, Set<String> deployed, Set<String> table) {
    List<String> errors = new ArrayList<>();
    for (String d : deployed) {
      if (!table.contains(d)) {
        errors.add(what + " " + d + ": deployed, but not in the table (add a row)");
      }
    }
    for (String t : table) {
      if (!deployed.contains(t)) {
        errors.add(what + " " + t + ": in the table, but not deployed (remove the row)");
      }
    }
    return errors;
  }

  // --- What the server has ---

  /** The demo identities probed: anonymous, then one login per role that has a demo login. */
  static List<String> identities() {
    List<String> identities = new ArrayList<>();
    identities.add(ANONYMOUS);
    Role.ALL.stream().filter(DEMO_LOGINS::containsKey).forEach(identities::add);
    return identities;
  }

  /**
   * A JAX-RS method as the OpenAPI document lists it.
   *
   * @param pathParameters the schema of each path parameter, by name (null where none is given)
   * @param bodyTypes the media types its request body may have; empty without a body
   * @param bodyFields the properties of its JSON body's schema; empty without one
   */
  record Operation(
      String endpoint,
      Map<String, JsonObject> pathParameters,
      List<String> bodyTypes,
      Set<String> bodyFields) {}

  /**
   * Every operation of an OpenAPI document, by {@code "METHOD /path"} relative to the API's {@code
   * /v1}. Paths may carry the context root and the application path or not, and path templates may
   * keep their regular expressions ({@code {id: \d+}}) or not; both are read alike.
   */
  static Map<String, Operation> operations(JsonObject document) {
    Map<String, Operation> operations = new TreeMap<>();
    JsonObject paths = document.getJsonObject("paths");
    if (paths == null) {
      throw new AssertionError("The OpenAPI document lists no paths: " + document);
    }
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      JsonObject item = resolve(document, path.getValue());
      String relative = relative(path.getKey());
      for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
        if (!item.containsKey(method)) {
          continue;
        }
        JsonObject operation = resolve(document, item.get(method));
        Map<String, JsonObject> parameters = new LinkedHashMap<>();
        for (String level : List.of("item", "operation")) {
          JsonArray list = (level.equals("item") ? item : operation).getJsonArray("parameters");
          if (list == null) {
            continue;
          }
          for (JsonValue p : list) {
            JsonObject parameter = resolve(document, p);
            if ("path".equals(parameter.getString("in", ""))) {
              JsonValue schema = parameter.get("schema");
              parameters.put(
                  parameter.getString("name"), schema == null ? null : resolve(document, schema));
            }
          }
        }
        List<String> bodyTypes = new ArrayList<>();
        Set<String> bodyFields = new TreeSet<>();
        if (operation.containsKey("requestBody")) {
          JsonObject content =
              resolve(document, operation.get("requestBody")).getJsonObject("content");
          if (content != null) {
            bodyTypes.addAll(content.keySet());
            JsonObject json = content.getJsonObject(JSON);
            if (json != null && json.containsKey("schema")) {
              JsonObject properties =
                  resolve(document, json.get("schema")).getJsonObject("properties");
              if (properties != null) {
                bodyFields.addAll(properties.keySet());
              }
            }
          }
        }
        String endpoint = method.toUpperCase() + " " + relative;
        operations.put(endpoint, new Operation(endpoint, parameters, bodyTypes, bodyFields));
      }
    }
    return operations;
  }

  /** A path relative to {@code /yikatong/api/v1}, its template's regular expressions dropped. */
  static String relative(String path) {
    String p = withoutRegex(path);
    for (String prefix : List.of("/yikatong", "/api")) {
      if (p.startsWith(prefix + "/")) {
        p = p.substring(prefix.length());
      }
    }
    if (p.equals("/v1")) {
      return "/";
    }
    return p.startsWith("/v1/") ? p.substring(3) : p;
  }

  /** {@code /cost/{year: \d{4}}} → {@code /cost/{year}}. */
  static String withoutRegex(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 1;
      int j = i + 1;
      int colon = -1;
      while (j < template.length() && depth > 0) {
        char d = template.charAt(j);
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        } else if (d == ':' && depth == 1 && colon < 0) {
          colon = j;
        }
        j++;
      }
      out.append('{')
          .append(template.substring(i + 1, colon > 0 ? colon : j - 1).strip())
          .append('}');
      i = j;
    }
    return out.toString();
  }

  /** Follows {@code $ref}s within the document. */
  private static JsonObject resolve(JsonObject document, JsonValue value) {
    JsonObject object = value.asJsonObject();
    for (int hops = 0; object.containsKey("$ref") && hops < 10; hops++) {
      String ref = object.getString("$ref");
      if (!ref.startsWith("#/")) {
        return object;
      }
      JsonValue target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
        if (target == null) {
          return object;
        }
      }
      object = target.asJsonObject();
    }
    return object;
  }

  /** The {@code *.xhtml} pages of the web module in the built EAR, from its root. */
  static SortedSet<String> deployedPages() throws IOException {
    File ear = new File(System.getProperty("yikatong.ear", "target/yikatong.ear"));
    SortedSet<String> pages = new TreeSet<>();
    try (ZipFile zip = new ZipFile(ear)) {
      ZipEntry war = zip.getEntry(Deployments.WAR);
      if (war == null) {
        throw new AssertionError(ear + " has no " + Deployments.WAR);
      }
      try (ZipInputStream in = new ZipInputStream(zip.getInputStream(war))) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          String name = entry.getName();
          // WEB-INF and META-INF are never served; resources/ holds Faces resources, no pages.
          if (name.endsWith(".xhtml")
              && !name.startsWith("WEB-INF/")
              && !name.startsWith("META-INF/")
              && !name.startsWith("resources/")) {
            pages.add("/" + name);
          }
        }
      }
    }
    return pages;
  }

  // --- The probes ---

  private static final String ALLOWED = "ALLOWED";
  private static final String LOGIN_FORM = "LOGIN_FORM";

  private static String expected(Row row, String identity) {
    if (row.status() != null) {
      return Integer.toString(row.status());
    }
    if (row.allowed().contains(identity)) {
      return ALLOWED;
    }
    return identity.equals(ANONYMOUS) ? "401" : "403";
  }

  /** A row made concrete: the URI to call and the body to send. */
  private record Probe(Row row, URI uri, String contentType, String body) {}

  private static Probe probe(Row row, Operation operation) {
    StringBuilder path = new StringBuilder();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(row.template());
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(
          path,
          java.util.regex.Matcher.quoteReplacement(
              URLEncoder.encode(value(name, operation.pathParameters().get(name)), UTF_8)
                  .replace("+", "%20")));
    }
    m.appendTail(path);
    URI uri =
        Http.CONSOLE.resolve("api/v1" + path + (row.query() == null ? "" : "?" + row.query()));
    if (row.body() != null) {
      return new Probe(row, uri, row.contentType(), row.body());
    }
    boolean sendsBody = Set.of("POST", "PUT", "PATCH").contains(row.method());
    if (!sendsBody) {
      return new Probe(row, uri, null, null);
    }
    if (!operation.bodyTypes().isEmpty()
        && operation.bodyTypes().stream().noneMatch(t -> t.contains("json"))) {
      throw new IllegalStateException(
          "table: "
              + row.endpoint()
              + " takes "
              + operation.bodyTypes()
              + ", not JSON: give its row a probe body");
    }
    return new Probe(row, uri, JSON, "{}");
  }

  private static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;

  private static String value(String name, JsonObject schema) {
    String known = PATH_VALUES.get(name);
    if (known != null) {
      return known;
    }
    if (schema != null) {
      JsonArray values = schema.getJsonArray("enum");
      if (values != null
          && !values.isEmpty()
          && values.get(0) instanceof jakarta.json.JsonString s) {
        return s.getString();
      }
      if (hasType(schema, "integer") || hasType(schema, "number")) {
        return UNKNOWN_NUMBER;
      }
    }
    return UNKNOWN_CODE;
  }

  private static boolean hasType(JsonObject schema, String type) {
    JsonValue t = schema.get("type");
    if (t instanceof jakarta.json.JsonString s) {
      return s.getString().equals(type);
    }
    return t instanceof JsonArray a
        && a.stream()
            .anyMatch(v -> v instanceof jakarta.json.JsonString s && s.getString().equals(type));
  }

  private String callApi(Probe probe, String identity, String expected) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(probe.uri())
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "application/json, */*;q=0.1");
      authorize(request, identity);
      if (probe.body() == null) {
        request.method(probe.row().method(), HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", probe.contentType())
            .method(probe.row().method(), HttpRequest.BodyPublishers.ofString(probe.body(), UTF_8));
      }
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
      int status = response.statusCode();
      boolean ok =
          switch (expected) {
            case ALLOWED -> status != 401 && status != 403 && status < 500;
            default -> status == Integer.parseInt(expected);
          };
      return ok ? null : mismatch(probe.row().endpoint(), identity, expected, response);
    } catch (IOException | InterruptedException | RuntimeException e) {
      return probe.row().endpoint() + " as " + who(identity) + ": no answer: " + e;
    }
  }

  private String callPage(String page, String identity, String expected) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(Http.CONSOLE.resolve(page.substring(1)))
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "text/html")
              .GET();
      HttpResponse<String> response =
          consoleSessions
              .getOrDefault(identity, CLIENT)
              .send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
      int status = response.statusCode();
      boolean ok =
          switch (expected) {
            case LOGIN_FORM ->
                (status == 200 && response.body().contains("j_password"))
                    || ((status == 302 || status == 303)
                        && response.headers().firstValue("Location").orElse("").contains("login"));
            default -> status == Integer.parseInt(expected);
          };
      return ok ? null : mismatch("page " + page, identity, expected, response);
    } catch (IOException | InterruptedException | RuntimeException e) {
      return "page " + page + " as " + who(identity) + ": no answer: " + e;
    }
  }

  /** The console sessions of the identities with a demo login, signed in through the login form. */
  private final Map<String, HttpClient> consoleSessions = new java.util.HashMap<>();

  private void signInToTheConsole(List<String> identities) throws Exception {
    for (String identity : identities) {
      String login = DEMO_LOGINS.get(identity);
      if (login == null) {
        continue;
      }
      HttpClient session =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new java.net.CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      session.send(
          HttpRequest.newBuilder(Http.CONSOLE).GET().build(), HttpResponse.BodyHandlers.ofString());
      String form =
          "j_username="
              + java.net.URLEncoder.encode(login, UTF_8)
              + "&j_password="
              + java.net.URLEncoder.encode(DemoUsers.password(login), UTF_8);
      HttpResponse<String> signedIn =
          session.send(
              HttpRequest.newBuilder(Http.CONSOLE.resolve("login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String location = signedIn.headers().firstValue("Location").orElse("");
      if (signedIn.statusCode() != 302 || location.contains("error")) {
        throw new AssertionError("console sign-in of " + login + " failed: " + location);
      }
      consoleSessions.put(identity, session);
    }
  }

  private static void authorize(HttpRequest.Builder request, String identity) {
    String login = DEMO_LOGINS.get(identity);
    if (login != null) {
      request.header("Authorization", Http.basic(login, DemoUsers.password(login)));
    }
  }

  private static String who(String identity) {
    String login = DEMO_LOGINS.get(identity);
    return login == null ? identity : identity + " (" + login + ")";
  }

  private static String mismatch(
      String what, String identity, String expected, HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ").strip();
    if (response.body() != null && response.body().contains("j_password")) {
      body = "(the login form) " + body;
    }
    String location = response.headers().firstValue("Location").map(l -> " → " + l).orElse("");
    return what
        + " as "
        + who(identity)
        + ": expected "
        + expected
        + ", got "
        + response.statusCode()
        + location
        + ": "
        + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
  }

  /** The deployed application's OpenAPI document. */
  static JsonObject openApi() throws IOException, InterruptedException {
    return fetch(OPENAPI);
  }

  /** GETs a JSON document. */
  static JsonObject fetch(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", JSON)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    if (response.statusCode() != 200) {
      throw new AssertionError(uri + " answered " + response.statusCode() + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
