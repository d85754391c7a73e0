package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yikatong.it.DemoUsers.AUDITOR;
import static org.yikatong.it.DemoUsers.FINANCE;
import static org.yikatong.it.LedgerDriver.CANTEEN2_POS;
import static org.yikatong.it.LedgerDriver.CANTEEN_POS;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.kernel.application.AdjustableClock;

/**
 * The journal's backups as finance and the auditors use them, over HTTP with the demo logins:
 * finance exports a past business day of the test's own through the API, the auditor's restore
 * check passes, then the files in the directory the API names (the server runs on this machine) are
 * tampered with, cut short, and each time the check reports it with the first differing entry. Runs
 * inside the server only to post terminal payments on that day, for which there is no HTTP API;
 * each test exports a day of its own.
 */
@ExtendWith(ArquillianExtension.class)
class JournalExportIT {

  private static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        JournalExportIT.class,
        AsAdministrator.class,
        LedgerDriver.class,
        Http.class,
        DemoUsers.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AdjustableClock clock;
  private final Http http = new Http();

  /** A past business day with three payments of the test's own posted on it, exported. */
  private record ExportedDay(LocalDate day, List<Long> payments, JsonObject export) {

    Path directory() {
      return Path.of(export.getString("directory"));
    }

    Path lines() {
      return directory().resolve("journal-" + day + ".jsonl");
    }

    Path journal() {
      return directory().resolve("journal-" + day + ".journal");
    }

    Path checksums() {
      return directory().resolve("journal-" + day + ".sha256");
    }
  }

  private ExportedDay exportedDay() throws Exception {
    Holder h = ledger.newHolder(100_000);
    long daysBack = 1_000 + ThreadLocalRandom.current().nextInt(30_000);
    LocalDate day = LocalDate.now(CAMPUS).minusDays(daysBack);
    List<Long> payments = new ArrayList<>();
    clock.shift(Duration.ofDays(-daysBack));
    try {
      payments.add(ledger.pay(CANTEEN_POS, h, 1_000).entryId());
      payments.add(ledger.pay(CANTEEN_POS, h, 2_345).entryId());
      payments.add(ledger.pay(CANTEEN2_POS, h, 500).entryId());
    } finally {
      clock.shift(Duration.ZERO);
    }
    HttpResponse<String> exported =
        http.post(FINANCE, "backups/journal-exports", "{\"day\":\"" + day + "\"}");
    assertEquals(200, exported.statusCode(), exported.body());
    return new ExportedDay(day, payments, Http.object(exported));
  }

  private JsonObject check(LocalDate day) throws Exception {
    HttpResponse<String> checked = http.post(AUDITOR, checkPath(day), null);
    assertEquals(200, checked.statusCode(), checked.body());
    return Http.object(checked);
  }

  private static String checkPath(LocalDate day) {
    return "backups/journal-exports/" + day + "/check";
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** Writes the checksum file afresh for the files as they are now, as a forger would. */
  private static void recomputeChecksums(ExportedDay d) throws Exception {
    Files.writeString(
        d.checksums(),
        sha256(d.journal())
            + "  "
            + d.journal().getFileName()
            + "\n"
            + sha256(d.lines())
            + "  "
            + d.lines().getFileName()
            + "\n");
  }

  /** Changes the amount of a payment's entry in the JSON Lines file, and nothing else. */
  private static void changeAmount(ExportedDay d, long entryId, long from, long to)
      throws Exception {
    List<String> lines = Files.readAllLines(d.lines(), StandardCharsets.UTF_8);
    int index = lineOf(lines, entryId);
    String changed =
        lines.get(index).replaceFirst("\"amountFen\":" + from + ",", "\"amountFen\":" + to + ",");
    assertNotEquals(lines.get(index), changed, "the entry's amount is in its line");
    lines.set(index, changed);
    Files.writeString(d.lines(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static int lineOf(List<String> lines, long entryId) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"id\":" + entryId + ",")) {
        return i;
      }
    }
    throw new AssertionError("entry " + entryId + " is in no line of " + lines);
  }

  private static JsonObject first(JsonObject check) {
    assertFalse(absent(check, "firstDifference"), check.toString());
    return check.getJsonObject("firstDifference");
  }

  /** Whether a field is absent or null (null fields are left out of the answers). */
  private static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  @Test
  @DisplayName(
      "finance exports a day: both files and the checksum file where the API says, listed; the"
          + " auditor's check passes and is in the audit trail")
  void exportAndCheck() throws Exception {
    ExportedDay d = exportedDay();
    JsonObject export = d.export();

    assertEquals(d.day().toString(), export.getString("day"));
    assertEquals("WRITTEN", export.getString("status"));
    assertTrue(
        d.directory().endsWith(Path.of(String.valueOf(d.day().getYear()), d.day().toString())),
        export.toString());
    long entries = export.getJsonNumber("entries").longValue();
    assertTrue(entries >= 3, export.toString());
    List<JsonObject> files =
        export.getJsonArray("files").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(2, files.size(), export.toString());
    for (JsonObject f : files) {
      Path file = d.directory().resolve(f.getString("name"));
      assertEquals(Files.size(file), f.getJsonNumber("bytes").longValue(), f.toString());
      assertEquals(sha256(file), f.getString("sha256"), f.toString());
    }
    assertEquals(
        sha256(d.journal())
            + "  "
            + d.journal().getFileName()
            + "\n"
            + sha256(d.lines())
            + "  "
            + d.lines().getFileName()
            + "\n",
        Files.readString(d.checksums()),
        "sha256sum -c reads the checksum file");
    List<String> lines = Files.readAllLines(d.lines(), StandardCharsets.UTF_8);
    assertEquals(entries, lines.size());
    for (long payment : d.payments()) {
      String line = lines.get(lineOf(lines, payment));
      assertTrue(line.contains("\"kind\":\"PAYMENT\""), line);
      assertTrue(line.contains("\"businessDate\":\"" + d.day() + "\""), line);
      assertTrue(line.contains("\"balanceAfterFen\":"), line);
    }
    assertTrue(
        Files.readString(d.journal()).contains("(" + d.payments().get(1) + ") "),
        "the hledger journal has the entry as a transaction");

    HttpResponse<String> listed =
        http.get(AUDITOR, "backups/journal-exports?from=" + d.day() + "&to=" + d.day());
    assertEquals(200, listed.statusCode(), listed.body());
    JsonObject row = Http.array(listed).getJsonObject(0);
    assertEquals(export.getJsonArray("files"), row.getJsonArray("files"));
    assertEquals("WRITTEN", row.getString("status"));

    JsonObject check = check(d.day());
    assertEquals("SOUND", check.getString("outcome"), check.toString());
    assertTrue(check.getBoolean("sound"));
    assertEquals(entries, check.getJsonNumber("exportEntries").longValue());
    assertEquals(entries, check.getJsonNumber("ledgerEntries").longValue());
    assertTrue(absent(check, "firstDifference"), check.toString());
    for (JsonValue f : check.getJsonArray("files")) {
      assertTrue(f.asJsonObject().getBoolean("matchesChecksumFile"), f.toString());
      assertTrue(f.asJsonObject().getBoolean("matchesRecord"), f.toString());
    }

    HttpResponse<String> text = checkAsText(d.day());
    assertEquals(200, text.statusCode(), text.body());
    assertTrue(text.body().startsWith("SOUND journal export of " + d.day() + "\n"), text.body());

    HttpResponse<String> trail =
        http.get(AUDITOR, "audit-entries?size=200&action=JournalExports.check&target=" + d.day());
    assertEquals(200, trail.statusCode(), trail.body());
    List<JsonObject> checks =
        Http.object(trail).getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
    assertTrue(
        checks.stream()
            .anyMatch(
                e ->
                    e.getString("actor").equals(AUDITOR)
                        && e.getString("outcome").equals("SUCCESS")
                        && e.getString("summary", "").contains(d.day() + ": SOUND")),
        checks.toString());
    assertEquals(
        403,
        http.post(AUDITOR, "backups/journal-exports", "{\"day\":\"" + d.day() + "\"}").statusCode(),
        "the auditor reads and checks, never exports");
  }

  @Test
  @DisplayName("an amount changed in the JSON Lines file: checksum mismatch, and the entry named")
  void tamperedWithoutChecksum() throws Exception {
    ExportedDay d = exportedDay();
    long tampered = d.payments().get(1);

    changeAmount(d, tampered, 2_345, 2_354);
    JsonObject check = check(d.day());

    assertEquals("CHECKSUM_MISMATCH", check.getString("outcome"), check.toString());
    assertFalse(check.getBoolean("sound"));
    JsonObject lines = check.getJsonArray("files").getJsonObject(1);
    assertEquals(d.lines().getFileName().toString(), lines.getString("name"));
    assertFalse(lines.getBoolean("matchesChecksumFile"), lines.toString());
    JsonObject first = first(check);
    assertEquals(tampered, first.getJsonNumber("entryId").longValue(), first.toString());
    assertEquals("amountFen", first.getString("field"));
    assertEquals("2354", first.getString("exportSays"));
    assertEquals("2345", first.getString("ledgerSays"));
  }

  @Test
  @DisplayName(
      "an amount changed and the checksum file recomputed: the checksums pass, the first differing"
          + " entry is reported with what the export and the ledger say")
  void tamperedWithRecomputedChecksum() throws Exception {
    ExportedDay d = exportedDay();
    long tampered = d.payments().get(0);

    changeAmount(d, tampered, 1_000, 100);
    recomputeChecksums(d);
    JsonObject check = check(d.day());

    assertEquals("ENTRY_DIFFERS", check.getString("outcome"), check.toString());
    JsonObject lines = check.getJsonArray("files").getJsonObject(1);
    assertTrue(lines.getBoolean("matchesChecksumFile"), lines.toString());
    assertFalse(lines.getBoolean("matchesRecord"), "not the file written at the export");
    JsonObject first = first(check);
    assertEquals("DIFFERS", first.getString("kind"));
    assertEquals(tampered, first.getJsonNumber("entryId").longValue(), first.toString());
    assertTrue(first.getString("businessKey").startsWith("TERM:"), first.toString());
    assertEquals("amountFen", first.getString("field"));
    assertEquals("100", first.getString("exportSays"));
    assertEquals("1000", first.getString("ledgerSays"));
    assertEquals(
        lineOf(Files.readAllLines(d.lines()), tampered) + 1,
        first.getJsonNumber("line").longValue());

    // The hledger journal is compared too: an amount changed there, checksum recomputed.
    Files.writeString(
        d.journal(), Files.readString(d.journal()).replaceFirst(" 23\\.45 CNY", " 32.45 CNY"));
    recomputeChecksums(d);
    JsonObject both = check(d.day());
    List<JsonObject> differences =
        both.getJsonArray("differences").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(2, differences.size(), both.toString());
    assertEquals(d.journal().getFileName().toString(), differences.get(1).getString("file"));
    assertEquals(
        d.payments().get(1).longValue(), differences.get(1).getJsonNumber("entryId").longValue());
  }

  @Test
  @DisplayName("the JSON Lines file cut in the middle of a line: truncated at that entry")
  void truncated() throws Exception {
    ExportedDay d = exportedDay();
    List<String> lines = Files.readAllLines(d.lines(), StandardCharsets.UTF_8);
    int cutAt = lineOf(lines, d.payments().get(1));
    String kept =
        String.join("\n", lines.subList(0, cutAt))
            + (cutAt == 0 ? "" : "\n")
            + lines.get(cutAt).substring(0, lines.get(cutAt).length() / 2);
    Files.writeString(d.lines(), kept, StandardCharsets.UTF_8);

    JsonObject cut = check(d.day());
    recomputeChecksums(d);
    JsonObject cutAndRecomputed = check(d.day());

    assertEquals("CHECKSUM_MISMATCH", cut.getString("outcome"), cut.toString());
    assertEquals("TRUNCATED", first(cut).getString("kind"));
    assertEquals("TRUNCATED", cutAndRecomputed.getString("outcome"), cutAndRecomputed.toString());
    JsonObject first = first(cutAndRecomputed);
    assertEquals(
        d.payments().get(1).longValue(),
        first.getJsonNumber("entryId").longValue(),
        first.toString());
    assertEquals(cutAt + 1, first.getJsonNumber("line").longValue());
    assertTrue(
        cutAndRecomputed.getJsonNumber("exportEntries").longValue()
            < cutAndRecomputed.getJsonNumber("ledgerEntries").longValue());
  }

  @Test
  @DisplayName("a whole entry deleted from the JSON Lines file: the missing entry is named")
  void missingEntry() throws Exception {
    ExportedDay d = exportedDay();
    List<String> lines = new ArrayList<>(Files.readAllLines(d.lines(), StandardCharsets.UTF_8));
    long removed = d.payments().get(1);
    lines.remove(lineOf(lines, removed));
    Files.writeString(d.lines(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    recomputeChecksums(d);

    JsonObject check = check(d.day());

    assertEquals("ENTRY_MISSING_FROM_EXPORT", check.getString("outcome"), check.toString());
    JsonObject first = first(check);
    assertEquals(removed, first.getJsonNumber("entryId").longValue(), check.toString());
    assertTrue(absent(first, "exportSays"), "the export holds nothing there: " + first);
  }

  private HttpResponse<String> checkAsText(LocalDate day) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(Http.api(checkPath(day)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", Http.basic(AUDITOR, DemoUsers.AUDITOR_PASSWORD))
            .header("Accept", "text/plain")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
