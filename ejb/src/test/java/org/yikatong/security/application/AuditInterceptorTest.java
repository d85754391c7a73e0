package org.yikatong.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yikatong.kernel.domain.RequestRefusedException;

/** The interceptor's decisions, with the trail and the invocation played by plain objects. */
class AuditInterceptorTest {

  /** The trail, writing down what it is asked to record. */
  static class RecordingTrail extends AuditTrail {
    final List<String> records = new ArrayList<>();

    @Override
    public void record(String action, String target, String summary) {
      records.add("SUCCESS " + action + " " + target + " " + summary);
    }

    @Override
    public void refused(String action, String target, String reason) {
      records.add("REFUSED " + action + " " + target + " " + reason);
    }

    @Override
    public void failed(String action, String target, String summary) {
      records.add("FAILED " + action + " " + target + " " + summary);
    }
  }

  @Audited
  public static class Accounts {
    AuditContext context;
    AuditInterceptor nested;

    public String freeze(String accountNo, String pin) {
      context.describe(AuditRendering.change("ACTIVE", "FROZEN"));
      return accountNo;
    }

    public String refuse(String accountNo) {
      throw RequestRefusedException.notFound("No account " + accountNo);
    }

    public String crash(String accountNo) {
      throw new IllegalStateException("boom " + accountNo);
    }

    public String list(String accountNo) {
      return accountNo;
    }

    public String outer(String accountNo) throws Exception {
      return (String)
          nested.audit(invocation(this, "freeze", new Object[] {accountNo + "-inner", "000000"}));
    }
  }

  private final RecordingTrail trail = new RecordingTrail();
  private final AuditContext context = new AuditContext();
  private final AuditInterceptor interceptor = new AuditInterceptor();
  private final Accounts bean = new Accounts();

  @BeforeEach
  void wire() {
    interceptor.trail = trail;
    interceptor.context = context;
    bean.context = context;
    bean.nested = interceptor;
  }

  @Test
  @DisplayName("a call that returns is recorded once, after it, with its target and change")
  void success() throws Exception {
    assertEquals("P1", interceptor.audit(invocation(bean, "freeze", "P1", "123456")));
    assertEquals(
        List.of("SUCCESS Accounts.freeze P1 ACTIVE → FROZEN; accountNo=P1, pin=***"),
        trail.records);
    assertTrue(!context.active(), "left");
  }

  @Test
  @DisplayName("a refusal is recorded as refused and rethrown unchanged")
  void refusal() {
    Exception thrown =
        assertThrows(
            RequestRefusedException.class,
            () -> interceptor.audit(invocation(bean, "refuse", "P9")));
    assertEquals("No account P9", thrown.getMessage());
    assertEquals(
        List.of("REFUSED Accounts.refuse P9 not_found: No account P9 | accountNo=P9"),
        trail.records);
  }

  @Test
  @DisplayName("an unexpected failure is recorded as failed, by its type only, and rethrown")
  void failure() {
    assertThrows(
        IllegalStateException.class, () -> interceptor.audit(invocation(bean, "crash", "P9")));
    assertEquals(
        List.of("FAILED Accounts.crash P9 failed: java.lang.IllegalStateException | accountNo=P9"),
        trail.records);
  }

  @Test
  @DisplayName("methods that only read are not recorded")
  void reads() throws Exception {
    assertEquals("P1", interceptor.audit(invocation(bean, "list", "P1")));
    assertEquals(List.of(), trail.records);
  }

  @Test
  @DisplayName("only the outermost audited call is recorded, with the changes made inside it")
  void nested() throws Exception {
    assertEquals("P1-inner", interceptor.audit(invocation(bean, "outer", "P1")));
    assertEquals(List.of("SUCCESS Accounts.outer P1 ACTIVE → FROZEN; accountNo=P1"), trail.records);
  }

  @Test
  @DisplayName("a failure to record a refusal never hides the refusal")
  void recordingFails() {
    interceptor.trail =
        new RecordingTrail() {
          @Override
          public void refused(String action, String target, String reason) {
            throw new IllegalStateException("database down");
          }
        };
    RequestRefusedException thrown =
        assertThrows(
            RequestRefusedException.class,
            () -> interceptor.audit(invocation(bean, "refuse", "P9")));
    assertEquals("No account P9", thrown.getMessage());
  }

  static InvocationContext invocation(Object target, String name, Object... args) {
    Method method =
        java.util.Arrays.stream(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name))
            .findFirst()
            .orElseThrow();
    Map<String, Object> data = new HashMap<>();
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return target;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return args;
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return data;
      }

      @Override
      public Object proceed() throws Exception {
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    };
  }

  @Test
  @DisplayName("the invocation helper passes exceptions through unchanged")
  void helper() {
    Exception e = assertThrows(Exception.class, () -> invocation(bean, "crash", "X").proceed());
    assertSame(IllegalStateException.class, e.getClass());
  }
}
