package org.yikatong.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.AuditOutcome;

class AuditRenderingTest {

  record NewCard(String holderNo, String cardSerialNo, long depositFen, String pin) {}

  record Secretive(String label, char[] password, byte[] key) {}

  /** An entity-like object with getters and a toString that must never be used. */
  public static class Ticket {
    public Long getId() {
      return 7L;
    }

    public String getTicketNo() {
      return "T-0007";
    }

    public String getApiKey() {
      return "do-not-show";
    }

    @Override
    public String toString() {
      return "SECRET STATE";
    }
  }

  @Test
  @DisplayName("names of secrets by their words: pin, password, secret, key, token; not opinion")
  void secretNames() {
    for (String name :
        List.of(
            "pin",
            "newPin",
            "PIN",
            "password",
            "oldPassword",
            "secret",
            "terminalSecret",
            "key",
            "apiKey",
            "pin_block",
            "token",
            "masterKey")) {
      assertTrue(AuditRendering.isSecretName(name), name);
    }
    for (String name :
        List.of(
            "opinion",
            "shipping",
            "mapping",
            "keyboard",
            "recipientKey",
            "businessKey",
            "serialNo",
            "reason",
            "holderNo")) {
      assertFalse(AuditRendering.isSecretName(name), name);
    }
  }

  @Test
  @DisplayName("a summary masks secret arguments, record components, char[] and byte[]")
  void masking() {
    String summary =
        AuditRendering.summary(
            List.of(),
            new String[] {"serialNo", "pin", "request", "raw", "other"},
            new Object[] {
              "YKT1",
              "123456",
              new NewCard("20260001", "YKT2", 2000, "654321"),
              new Secretive("x", "hunter2".toCharArray(), new byte[] {1, 2}),
              "ok".getBytes()
            });
    assertFalse(summary.contains("123456"), summary);
    assertFalse(summary.contains("654321"), summary);
    assertFalse(summary.contains("hunter2"), summary);
    assertTrue(summary.contains("serialNo=YKT1"), summary);
    assertTrue(summary.contains("pin=***"), summary);
    assertTrue(
        summary.contains("NewCard{holderNo=20260001, cardSerialNo=YKT2, depositFen=2000, pin=***}"),
        summary);
    assertTrue(summary.contains("Secretive{label=x, password=***, key=***}"), summary);
    assertTrue(summary.contains("other=***"), summary);
  }

  @Test
  @DisplayName("objects show their type and identifier, never their toString or secret getters")
  void objects() {
    String summary =
        AuditRendering.summary(null, new String[] {"ticket"}, new Object[] {new Ticket()});
    assertEquals("ticket=Ticket T-0007", summary);
  }

  @Test
  @DisplayName("the before → after descriptions come first; long texts and lists are cut")
  void changesAndCuts() {
    String summary =
        AuditRendering.summary(
            List.of(AuditRendering.change("ACTIVE", "FROZEN")),
            new String[] {"reason", "lines"},
            new Object[] {"x".repeat(500), List.of(1, 2, 3, 4, 5, 6, 7)});
    assertTrue(summary.startsWith("ACTIVE → FROZEN; reason=xxx"), summary);
    assertTrue(summary.contains("x…, lines=[1, 2, 3, 4, 5, … (7)]"), summary);
    assertTrue(summary.length() < 300, summary);
  }

  @Test
  @DisplayName("the target: an identifying argument, else one in a record, else the first value")
  void target() {
    assertEquals(
        "P1001",
        AuditRendering.target(
            new String[] {"reason", "accountNo"}, new Object[] {"because", "P1001"}));
    assertEquals(
        "20260001",
        AuditRendering.target(
            new String[] {"request"}, new Object[] {new NewCard("20260001", "C", 1, "123456")}));
    assertEquals(
        "2026-11-21",
        AuditRendering.target(new String[] {"day"}, new Object[] {LocalDate.of(2026, 11, 21)}));
    assertNull(
        AuditRendering.target(new String[] {"pin"}, new Object[] {"123456"}), "never a secret");
    assertEquals(
        "helpdesk",
        AuditRendering.target(
            new String[] {"recipientKey", "contact"}, new Object[] {"helpdesk", null}));
    assertNull(AuditRendering.target(new String[] {}, new Object[] {}));
  }

  @Test
  @DisplayName("without one among the arguments, the target comes from the result")
  void targetOfResult() {
    assertEquals("T-0007", AuditRendering.targetOf(new Ticket()));
    assertEquals("T-0008", AuditRendering.targetOf("T-0008"));
    assertEquals("C", AuditRendering.targetOf(new NewCard(null, "C", 1, "123456")));
    assertNull(AuditRendering.targetOf(null));
  }

  @Test
  @DisplayName("names that only read are not recorded on an audited bean")
  void readOnlyNames() {
    for (String name :
        List.of(
            "find",
            "findByNo",
            "list",
            "listChangesAfter",
            "search",
            "details",
            "export",
            "exportJournal",
            "page",
            "count",
            "getStatus")) {
      assertTrue(AuditRendering.isReadOnlyName(name), name);
    }
    for (String name : List.of("freeze", "finder", "listen", "register", "publish", "setPin")) {
      assertFalse(AuditRendering.isReadOnlyName(name), name);
    }
  }

  static class Bean {
    @Audited("terminal.disable")
    public void disable() {}

    @NotAudited
    public void mine() {}

    public void freeze() {}

    public void list() {}

    @Audited
    public void findAndLock() {}
  }

  /** What a container subclass of a bean looks like. */
  static class Bean$Proxy$_$$_WeldSubclass extends Bean {}

  @Test
  @DisplayName("the action is the explicit name, or the bean's class and the method")
  void actions() throws Exception {
    Method disable = Bean.class.getMethod("disable");
    Method freeze = Bean.class.getMethod("freeze");
    assertEquals("terminal.disable", AuditRendering.action(Bean.class, disable));
    assertEquals("Bean.freeze", AuditRendering.action(Bean$Proxy$_$$_WeldSubclass.class, freeze));
    assertTrue(AuditRendering.isRecorded(freeze));
    assertFalse(AuditRendering.isRecorded(Bean.class.getMethod("mine")));
    assertFalse(AuditRendering.isRecorded(Bean.class.getMethod("list")));
    assertTrue(AuditRendering.isRecorded(Bean.class.getMethod("findAndLock")));
  }

  @Test
  @DisplayName("refusals the caller can act on are REFUSED, also wrapped; anything else FAILED")
  void outcomes() {
    RequestRefusedException notFound = RequestRefusedException.notFound("No account P9");
    assertEquals(AuditOutcome.REFUSED, AuditRendering.outcomeOf(notFound));
    assertEquals(
        AuditOutcome.REFUSED,
        AuditRendering.outcomeOf(new EJBTransactionRolledbackException("rb", notFound)));
    assertEquals(
        AuditOutcome.REFUSED,
        AuditRendering.outcomeOf(new EJBException(new ConstraintViolationException(Set.of()))));
    assertEquals(AuditOutcome.REFUSED, AuditRendering.outcomeOf(new EJBAccessException("denied")));
    assertEquals(AuditOutcome.FAILED, AuditRendering.outcomeOf(new IllegalStateException("boom")));
    assertEquals(
        AuditOutcome.FAILED,
        AuditRendering.outcomeOf(new RuntimeException(notFound)),
        "only EJB wrappers are looked through");
    assertEquals("not_found: No account P9", AuditRendering.reason(notFound));
    assertEquals(
        "failed: java.lang.IllegalStateException",
        AuditRendering.reason(new EJBException(new IllegalStateException("PIN 123456"))),
        "an unexpected failure's message may carry anything and stays in the server log");
  }
}
