package org.yikatong.security.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.security.domain.AuditOutcome;

/**
 * Records the calls of {@link Audited} business methods in the {@link AuditTrail}.
 *
 * <p>It runs inside the bean's container-managed transaction (the container starts it before any
 * interceptor of the application) and outside its parameter validation. A call that returns is
 * recorded as a success in that transaction after it, so it commits or rolls back with it; a call
 * that throws is recorded as refused or failed ({@link AuditRendering#outcomeOf}) in a transaction
 * of its own, and the exception goes on unchanged. Only the outermost audited call of a request is
 * recorded, with the before → after descriptions of every call inside it ({@link
 * AuditTrail#describe}). Roles are checked by the container before any interceptor: a call the
 * caller's role does not allow never gets here, and the web tier records it.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

  @Inject AuditTrail trail;
  @Inject AuditContext context;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    if (method == null || !AuditRendering.isRecorded(method)) {
      return invocation.proceed();
    }
    boolean outermost = context.enter();
    try {
      if (!outermost) {
        return invocation.proceed();
      }
      Object target = invocation.getTarget();
      String action = AuditRendering.action(target == null ? null : target.getClass(), method);
      String[] names = names(method);
      Object[] args = invocation.getParameters();
      Object result;
      try {
        result = invocation.proceed();
      } catch (Exception e) {
        recordFailure(action, names, args, e);
        throw e;
      }
      String subject = AuditRendering.target(names, args);
      trail.record(
          action,
          subject != null ? subject : AuditRendering.targetOf(result),
          AuditRendering.summary(context.changes(), names, args));
      return result;
    } finally {
      context.leave();
    }
  }

  /** Records a refusal or failure; a failure to record it is logged and never hides the first. */
  private void recordFailure(String action, String[] names, Object[] args, Exception failure) {
    try {
      String target = AuditRendering.target(names, args);
      // What the beans described did not happen: the action rolls back. Only the arguments.
      String arguments = AuditRendering.summary(null, names, args);
      String summary =
          AuditRendering.reason(failure) + (arguments == null ? "" : " | " + arguments);
      if (AuditRendering.outcomeOf(failure) == AuditOutcome.REFUSED) {
        trail.refused(action, target, summary);
      } else {
        trail.failed(action, target, summary);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the failed action " + action, e);
    }
  }

  private static String[] names(Method method) {
    Parameter[] parameters = method.getParameters();
    String[] names = new String[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      names[i] = parameters[i].getName();
    }
    return names;
  }
}
