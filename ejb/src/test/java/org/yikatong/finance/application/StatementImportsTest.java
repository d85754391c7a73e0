package org.yikatong.finance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.ReconciliationRunRepository;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.security.application.AuditTrail;

class StatementImportsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");
  private static final byte[] BILL = "a WeChat bill".getBytes(StandardCharsets.UTF_8);

  private final List<StatementFile> stored = new ArrayList<>();
  private boolean reconciled;
  private Statement read =
      new Statement(
          StatementFormat.WECHAT_BILL,
          " 1900000109 ",
          DAY,
          List.of(
              new StatementLine(1, LineKind.PAYMENT, "WX1", "TU1", 5000, 30, NOW, null, "充值"),
              new StatementLine(2, LineKind.REFUND, "WXR1", "TU0", 1000, 0, NOW, null, null)),
          new DeclaredTotals(2, 5000, 1000, 30));
  private RuntimeException refusal;

  private StatementImports imports() {
    StatementImports imports = new StatementImports();
    imports.readers =
        new StatementReaders() {
          @Override
          public Statement read(StatementFormat format, byte[] file) {
            if (refusal != null) {
              throw refusal;
            }
            return read;
          }
        };
    imports.files =
        new StatementFileRepository() {
          @Override
          public void add(StatementFile file) {
            stored.add(file);
          }

          @Override
          public Optional<StatementFile> find(long id) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<StatementFile> findBySha256(String sha256) {
            return stored.stream().filter(f -> f.getSha256().equals(sha256)).findFirst();
          }

          @Override
          public List<StatementFile> latest(PaymentChannel channel, LocalDate day, int max) {
            throw new UnsupportedOperationException();
          }
        };
    imports.runs =
        new ReconciliationRunRepository() {
          @Override
          public void add(ReconciliationRun run) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<ReconciliationRun> find(long id) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<ReconciliationRun> lock(long id) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<ReconciliationRun> latest(RunStatus status, PaymentChannel c, int max) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<ReconciliationRun> runOf(StatementFile file) {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean reconciled(PaymentChannel channel, String account, LocalDate day) {
            return reconciled && account.equals("1900000109") && day.equals(DAY);
          }
        };
    imports.caller =
        new Caller() {
          @Override
          public String name() {
            return "finance";
          }
        };
    imports.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    imports.audit =
        new AuditTrail() {
          @Override
          public void describe(String change) {}
        };
    return imports;
  }

  @Test
  @DisplayName("a file is stored with every line, its account, day, hash, importer and totals")
  void stored() {
    StatementFile file = imports().importStatement(StatementFormat.WECHAT_BILL, BILL, "bill.csv");

    assertEquals(List.of(file), stored);
    assertEquals(PaymentChannel.WECHAT, file.getChannel());
    assertEquals("1900000109", file.getAccount());
    assertEquals(DAY, file.getDay());
    assertEquals(StatementImports.sha256(BILL), file.getSha256());
    assertEquals(64, file.getSha256().length());
    assertEquals("finance", file.getImportedBy());
    assertEquals(NOW, file.getImportedAt());
    assertEquals(2, file.getLineCount());
    assertEquals(5000, file.getPaymentsFen());
    assertEquals(1000, file.getRefundsFen());
    assertEquals(30, file.getFeesFen());
    assertEquals(new DeclaredTotals(2, 5000, 1000, 30), file.getDeclared());
    assertEquals("TU1", file.getLines().get(0).getMerchantRef());
  }

  @Test
  @DisplayName("the same bytes again are refused (409), naming the file they were imported as")
  void onceOnly() {
    StatementImports imports = imports();
    imports.importStatement(StatementFormat.WECHAT_BILL, BILL, null);

    RequestRefusedException again =
        assertThrows(
            RequestRefusedException.class,
            () -> imports.importStatement(StatementFormat.WECHAT_BILL, BILL, null));

    assertEquals(RequestRefusedException.Kind.CONFLICT, again.kind());
    assertTrue(again.getMessage().contains("imported already"), again.getMessage());
    assertEquals(1, stored.size());
  }

  @Test
  @DisplayName("a file the reader cannot read whole is refused with its line and reason")
  void rejected() {
    refusal = new StatementRejected(7, "the amount '12,5' is no amount");

    RequestRefusedException refused =
        assertThrows(
            RequestRefusedException.class,
            () -> imports().importStatement(StatementFormat.WECHAT_BILL, BILL, null));

    assertEquals(RequestRefusedException.Kind.INVALID, refused.kind());
    assertEquals(List.of("Line 7: the amount '12,5' is no amount"), refused.details());
    assertTrue(refused.getMessage().contains("nothing was imported"));
    assertTrue(stored.isEmpty());

    refusal = new StatementRejected(0, "the totals do not add up");
    RequestRefusedException whole =
        assertThrows(
            RequestRefusedException.class,
            () -> imports().importStatement(StatementFormat.WECHAT_BILL, BILL, null));
    assertEquals(List.of("File: the totals do not add up"), whole.details());
  }

  @Test
  @DisplayName("a statement of an account and day a closed run reconciled is refused (409)")
  void dateAlreadyReconciled() {
    reconciled = true;

    RequestRefusedException refused =
        assertThrows(
            RequestRefusedException.class,
            () -> imports().importStatement(StatementFormat.WECHAT_BILL, BILL, null));

    assertEquals(RequestRefusedException.Kind.CONFLICT, refused.kind());
    assertTrue(refused.getMessage().contains("reconciled already"), refused.getMessage());
    assertTrue(stored.isEmpty());
  }

  @Test
  @DisplayName("an empty file, or a statement without an account, is refused")
  void emptyOrWithoutAccount() {
    assertThrows(
        RequestRefusedException.class,
        () -> imports().importStatement(StatementFormat.WECHAT_BILL, new byte[0], null));
    read = new Statement(StatementFormat.WECHAT_BILL, " ", DAY, List.of(), null);
    RequestRefusedException refused =
        assertThrows(
            RequestRefusedException.class,
            () -> imports().importStatement(StatementFormat.WECHAT_BILL, BILL, null));
    assertEquals(
        List.of("File: The statement names no merchant number or account"), refused.details());
  }
}
